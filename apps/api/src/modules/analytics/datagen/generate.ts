import { REASON_CATALOGUE, REASON_CODES, type Fault, type ReasonCode } from '@rebound/domain';
import { Prng, rowId } from './prng';

/** How much to generate. Scale 1 is PERFORMANCE.md's L; S is 0.1. */
export interface DatasetOptions {
  scale: number;
  seed: number;
  /** Months of history, ending at `end`. */
  months: number;
  /** The dataset's "now": nothing happens after it. */
  end: Date;
}

export const DEFAULT_OPTIONS: Omit<DatasetOptions, 'scale'> = {
  seed: 20261126,
  months: 24,
  end: new Date('2026-10-01T00:00:00Z'),
};

/** Row counts of scale L (1.0); other scales multiply them (at least a handful of each). */
export const L_SIZES = { orders: 200_000, skus: 50_000, suppliers: 500 } as const;

/** One table's rows, in insertion (time) order, with the columns they fill. */
export interface TableRows {
  table: string;
  columns: readonly string[];
  rows: unknown[][];
}

const T = {
  supplier: 1,
  location: 2,
  sku: 3,
  customer: 4,
  order: 5,
  orderLine: 6,
  ret: 7,
  returnLine: 8,
  inspection: 9,
  label: 10,
  refund: 11,
  claim: 12,
  user: 13,
} as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CATEGORIES = [
  'Electronics',
  'Home',
  'Kitchen',
  'Toys',
  'Sports',
  'Apparel',
  'Beauty',
  'Garden',
  'Auto',
  'Office',
];
const CHANNELS: readonly (readonly [
  { channel: string; currency: string; rate: number },
  number,
])[] = [
  [{ channel: 'AMAZON_US', currency: 'USD', rate: 1 }, 70],
  [{ channel: 'AMAZON_CA', currency: 'CAD', rate: 1.35 }, 15],
  [{ channel: 'WEBSHOP', currency: 'USD', rate: 1 }, 15],
];
/** Customer-fault reasons are the most common, as on Amazon. */
const REASON_WEIGHTS: readonly (readonly [ReasonCode, number])[] = REASON_CODES.map((code) => [
  code,
  REASON_CATALOGUE[code].fault === 'CUSTOMER'
    ? 8
    : REASON_CATALOGUE[code].fault === 'SUPPLIER'
      ? 3
      : 2,
]);
const LARGE_REFUND_MINOR = 50_000;

type Grade = 'NEW' | 'LIKE_NEW' | 'OPENED' | 'DAMAGED_BY_CUSTOMER' | 'DEFECTIVE';

interface OrderLineInfo {
  id: string;
  skuIndex: number;
  quantity: number;
  unitPrice: number;
  tax: number;
  shipping: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();
const halfUp = (numerator: number, denominator: number): number =>
  Math.floor((2 * numerator + denominator) / (2 * denominator));

/** The instant two business days (Mon–Fri, UTC) after `ms`. */
function addBusinessDays(ms: number, days: number): number {
  let at = ms;
  let left = days;
  while (left > 0) {
    at += DAY;
    const weekday = new Date(at).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return at;
}

function gradeFor(random: Prng, fault: Fault): Grade {
  if (fault === 'CUSTOMER')
    return random.weighted<Grade>([
      ['NEW', 40],
      ['LIKE_NEW', 25],
      ['OPENED', 25],
      ['DAMAGED_BY_CUSTOMER', 10],
    ]);
  if (fault === 'SUPPLIER')
    return random.weighted<Grade>([
      ['DEFECTIVE', 70],
      ['NEW', 30],
    ]);
  return random.weighted<Grade>([
    ['DEFECTIVE', 50],
    ['LIKE_NEW', 50],
  ]);
}

function dispositionFor(grade: Grade, fault: Fault): string {
  if (grade === 'NEW' || grade === 'LIKE_NEW') return 'RESTOCK';
  if (grade === 'OPENED') return 'REFURBISH';
  if (grade === 'DEFECTIVE' && fault === 'SUPPLIER') return 'RETURN_TO_SUPPLIER';
  return 'DISPOSE';
}

const FEE_PERCENT: Record<Grade, number> = {
  NEW: 0,
  LIKE_NEW: 0,
  OPENED: 20,
  DAMAGED_BY_CUSTOMER: 50,
  DEFECTIVE: 0,
};

/**
 * Generates a consistent dataset in time order: every order delivered before its returns are
 * requested, statuses reached by the return and refund machines' transitions (a return stops at
 * the last step that happened before `end`), refund lines within what was paid (each order line
 * is returned at most once, in full or in part), claims for refunded supplier-fault lines.
 */
export function generateDataset(options: DatasetOptions): TableRows[] {
  const random = new Prng(options.seed);
  const count = (size: number, minimum: number): number =>
    Math.max(minimum, Math.round(size * options.scale));
  const supplierCount = count(L_SIZES.suppliers, 3);
  const skuCount = count(L_SIZES.skus, 20);
  const orderCount = count(L_SIZES.orders, 20);
  const endMs = options.end.getTime();
  const startMs = Date.UTC(
    options.end.getUTCFullYear(),
    options.end.getUTCMonth() - options.months,
    1,
  );
  const created = iso(startMs - 30 * DAY);

  const userId = rowId(T.user, 1);
  const users: TableRows = {
    table: 'users',
    columns: ['id', 'email', 'display_name', 'password_hash', 'roles'],
    rows: [[userId, 'datagen@rebound.test', 'Data generator', 'not-a-password-hash', '{ADMIN}']],
  };
  const centreId = rowId(T.location, 1);
  const locations: TableRows = {
    table: 'locations',
    columns: [
      'id',
      'code',
      'name',
      'kind',
      'supplier_id',
      'address_line1',
      'address_line2',
      'city',
      'region',
      'postal_code',
      'country_code',
    ],
    rows: [
      [
        centreId,
        'GEN-RC',
        'Generated returns centre',
        'RETURNS_CENTRE',
        null,
        '1 Dock Road',
        null,
        'Reno',
        'NV',
        '89501',
        'US',
      ],
    ],
  };
  const suppliers: TableRows = {
    table: 'suppliers',
    columns: [
      'id',
      'code',
      'name',
      'contact_email',
      'return_window_days',
      'claim_terms_days',
      'created_at',
    ],
    rows: [],
  };
  for (let s = 0; s < supplierCount; s += 1) {
    suppliers.rows.push([
      rowId(T.supplier, s),
      `GEN${s}`,
      `Supplier ${s}`,
      `supplier${s}@suppliers.test`,
      null,
      30,
      created,
    ]);
  }
  const skuPrices: number[] = [];
  const skuCosts: number[] = [];
  const skuSuppliers: number[] = [];
  const skus: TableRows = {
    table: 'skus',
    columns: [
      'id',
      'code',
      'asin',
      'name',
      'category',
      'supplier_id',
      'currency',
      'unit_cost_minor',
      'price_minor',
      'created_at',
    ],
    rows: [],
  };
  for (let k = 0; k < skuCount; k += 1) {
    const supplier = random.skewed(supplierCount);
    const price = random.int(5, 200) * 100 - 1;
    const cost = Math.round(price * (0.4 + random.next() * 0.2));
    skuPrices.push(price);
    skuCosts.push(cost);
    skuSuppliers.push(supplier);
    skus.rows.push([
      rowId(T.sku, k),
      `GEN-${String(k).padStart(6, '0')}`,
      `B0${String(k).padStart(8, '0')}`,
      `Generated product ${k}`,
      CATEGORIES[k % CATEGORIES.length],
      rowId(T.supplier, supplier),
      'USD',
      cost,
      price,
      created,
    ]);
  }
  const customerCount = Math.max(10, Math.round(orderCount / 2));
  const customers: TableRows = {
    table: 'customers',
    columns: ['id', 'email', 'name', 'created_at'],
    rows: [],
  };
  for (let c = 0; c < customerCount; c += 1) {
    customers.rows.push([
      rowId(T.customer, c),
      `customer${c}@customers.test`,
      `Customer ${c}`,
      created,
    ]);
  }

  const orderTimes = Array.from(
    { length: orderCount },
    () => startMs + random.next() * (endMs - startMs),
  ).sort((a, b) => a - b);
  const orders: TableRows = {
    table: 'orders',
    columns: [
      'id',
      'channel',
      'external_id',
      'customer_id',
      'currency',
      'ordered_at',
      'delivered_at',
      'created_at',
    ],
    rows: [],
  };
  const orderLines: TableRows = {
    table: 'order_lines',
    columns: [
      'id',
      'order_id',
      'line_no',
      'sku_id',
      'quantity',
      'unit_price_minor',
      'tax_minor',
      'shipping_minor',
    ],
    rows: [],
  };
  /** Returns to create, as (request instant, order index, returned lines). */
  const plannedReturns: {
    at: number;
    order: number;
    lines: { line: OrderLineInfo; units: number }[];
  }[] = [];
  const orderInfo: { id: string; currency: string }[] = [];
  let lineIndex = 0;
  orderTimes.forEach((orderedAt, o) => {
    const { channel, currency, rate } = random.weighted(CHANNELS);
    const orderId = rowId(T.order, o);
    const deliveredAt = orderedAt + random.int(2, 7) * DAY + random.int(0, 12) * HOUR;
    const delivered = deliveredAt <= endMs;
    orders.rows.push([
      orderId,
      channel,
      `${100 + (o % 900)}-${String(o).padStart(7, '0')}-${String((o * 7919) % 10_000_000).padStart(7, '0')}`,
      rowId(T.customer, random.int(0, customerCount - 1)),
      currency,
      iso(orderedAt),
      delivered ? iso(deliveredAt) : null,
      iso(orderedAt),
    ]);
    orderInfo.push({ id: orderId, currency });
    const lineCount = random.int(1, 9);
    let current: (typeof plannedReturns)[number] | null = null;
    for (let n = 1; n <= lineCount; n += 1) {
      const skuIndex = random.skewed(skuCount);
      const quantity = random.weighted([
        [1, 70],
        [2, 20],
        [3, 10],
      ] as const);
      const unitPrice = Math.round((skuPrices[skuIndex] ?? 0) * rate);
      const line: OrderLineInfo = {
        id: rowId(T.orderLine, lineIndex),
        skuIndex,
        quantity,
        unitPrice,
        tax: Math.round(unitPrice * quantity * 0.08),
        shipping: random.chance(0.5) ? 299 * quantity : 0,
      };
      lineIndex += 1;
      orderLines.rows.push([
        line.id,
        orderId,
        n,
        rowId(T.sku, skuIndex),
        quantity,
        unitPrice,
        line.tax,
        line.shipping,
      ]);
      if (!delivered || !random.chance(0.4)) continue;
      const units = quantity === 1 || random.chance(0.6) ? quantity : random.int(1, quantity - 1);
      if (current !== null && random.chance(0.33)) {
        current.lines.push({ line, units });
      } else {
        const at = deliveredAt + HOUR / 2 + random.next() * 29 * DAY;
        if (at >= endMs) continue;
        current = { at, order: o, lines: [{ line, units }] };
        plannedReturns.push(current);
      }
    }
  });
  plannedReturns.sort((a, b) => a.at - b.at);

  const returns: TableRows = {
    table: 'returns',
    columns: [
      'id',
      'rma_number',
      'order_id',
      'status',
      'requested_at',
      'policy_verdict',
      'authorized_at',
      'received_at',
      'completed_at',
      'first_response_due_at',
      'refund_due_at',
      'version',
      'created_at',
      'updated_at',
      'resolution',
      'returnless',
      'first_response_at',
    ],
    rows: [],
  };
  const returnLines: TableRows = {
    table: 'return_lines',
    columns: [
      'id',
      'return_id',
      'order_line_id',
      'quantity',
      'reason_code',
      'disposition',
      'disposition_overridden',
    ],
    rows: [],
  };
  const inspections: TableRows = {
    table: 'inspections',
    columns: [
      'id',
      'return_line_id',
      'grade',
      'fault',
      'fault_overridden',
      'inspected_by_id',
      'inspected_at',
    ],
    rows: [],
  };
  const labels: TableRows = {
    table: 'return_labels',
    columns: [
      'id',
      'return_id',
      'carrier',
      'tracking_number',
      'cost_minor',
      'currency',
      'payer',
      'ship_to_location_id',
      'ship_to',
      'issued_by_id',
      'issued_at',
      'expires_at',
    ],
    rows: [],
  };
  const refunds: TableRows = {
    table: 'refunds',
    columns: [
      'id',
      'return_id',
      'order_id',
      'status',
      'method',
      'currency',
      'total_minor',
      'breakdown',
      'returnless',
      'created_by_id',
      'submitted_by_id',
      'submitted_at',
      'issued_at',
      'external_reference',
      'version',
      'created_at',
      'updated_at',
    ],
    rows: [],
  };
  const refundLines: TableRows = {
    table: 'refund_lines',
    columns: ['refund_id', 'order_line_id', 'amount_minor'],
    rows: [],
  };
  const claims: TableRows = {
    table: 'supplier_claims',
    columns: [
      'id',
      'supplier_id',
      'refund_id',
      'return_id',
      'status',
      'currency',
      'amount_minor',
      'label_cost_minor',
      'lines',
      'credited_minor',
      'supplier_reference',
      'opened_at',
      'submitted_at',
      'resolved_at',
      'version',
    ],
    rows: [],
  };
  const shipTo = JSON.stringify({
    name: 'Generated returns centre',
    line1: '1 Dock Road',
    city: 'Reno',
    postalCode: '89501',
    countryCode: 'US',
  });
  let returnLineIndex = 0;
  let claimIndex = 0;

  plannedReturns.forEach((planned, r) => {
    const returnId = rowId(T.ret, r);
    const order = orderInfo[planned.order];
    if (order === undefined) throw new Error('return of an unknown order');
    const requestedAt = planned.at;
    const happened = (at: number): boolean => at <= endMs;
    const lines = planned.lines.map(({ line, units }) => {
      const reason = random.weighted(REASON_WEIGHTS);
      return {
        line,
        units,
        reason,
        fault: REASON_CATALOGUE[reason].fault,
        id: rowId(T.returnLine, returnLineIndex++),
      };
    });
    const allCustomer = lines.every((line) => line.fault === 'CUSTOMER');
    const outcome = random.weighted([
      ['REJECTED', 4],
      ['CANCELLED', 4],
      ['PROCEED', 92],
    ] as const);
    const respondedAt = requestedAt + HOUR / 2 + random.next() * 47 * HOUR;
    const returnlessEligible =
      !allCustomer &&
      lines.every((l) => l.fault !== 'CUSTOMER' && l.line.unitPrice * l.units <= 1000);
    const returnless = outcome === 'PROCEED' && returnlessEligible && random.chance(0.5);
    const labelAt = respondedAt + 5 * 60_000;
    const receivedAt = respondedAt + random.int(2, 10) * DAY + random.int(0, 23) * HOUR;
    const inspectedAt = receivedAt + HOUR + random.next() * 47 * HOUR;
    const issuedAt = returnless
      ? labelAt
      : Math.max(inspectedAt + HOUR, receivedAt + 2 * HOUR + random.next() * 5 * DAY);

    let status: string;
    let version = 1;
    let authorizedAt: number | null = null;
    let firstResponseAt: number | null = null;
    let received: number | null = null;
    let inspected = false;
    let refundStage: 'NONE' | 'CREATED' | 'ISSUED' = 'NONE';
    if (outcome === 'REJECTED') {
      status = happened(respondedAt) ? 'REJECTED' : 'REQUESTED';
      if (status === 'REJECTED') firstResponseAt = respondedAt;
    } else if (!happened(respondedAt)) {
      status = 'REQUESTED';
    } else {
      authorizedAt = respondedAt;
      firstResponseAt = respondedAt;
      status = 'AUTHORIZED';
      version = 2;
      if (outcome === 'CANCELLED') {
        status = 'CANCELLED';
        version = 3;
      } else if (returnless) {
        status = 'COMPLETED';
        refundStage = 'ISSUED';
        version = 3;
      } else {
        if (happened(labelAt)) [status, version] = ['LABEL_ISSUED', 3];
        if (happened(receivedAt)) [status, version, received] = ['RECEIVED', 4, receivedAt];
        if (happened(inspectedAt)) {
          [status, version, inspected] = ['INSPECTED', 5, true];
          refundStage = 'CREATED';
        }
        if (happened(issuedAt)) [status, version, refundStage] = ['COMPLETED', 6, 'ISSUED'];
      }
    }
    const labelIssued =
      !returnless && authorizedAt !== null && status !== 'CANCELLED' && happened(labelAt);
    const labelCost = random.int(450, 1200);
    const payer = allCustomer ? 'CUSTOMER' : 'SELLER';
    const refundDueAt = received === null ? null : addBusinessDays(received, 2);
    const completedAt = status === 'COMPLETED' ? issuedAt : null;

    returns.rows.push([
      returnId,
      `RMA-${String(100001 + r)}`,
      order.id,
      status,
      iso(requestedAt),
      JSON.stringify({
        checkedAt: iso(requestedAt),
        withinWindow: true,
        acceptedByOverride: false,
        lines: [],
      }),
      authorizedAt === null ? null : iso(authorizedAt),
      received === null ? null : iso(received),
      completedAt === null ? null : iso(completedAt),
      iso(requestedAt + 24 * HOUR),
      refundDueAt === null ? null : iso(refundDueAt),
      version,
      iso(requestedAt),
      iso(completedAt ?? received ?? authorizedAt ?? requestedAt),
      refundStage === 'NONE' ? null : 'REFUND',
      returnless,
      firstResponseAt === null ? null : iso(firstResponseAt),
    ]);
    if (labelIssued) {
      labels.rows.push([
        rowId(T.label, r),
        returnId,
        'UPS',
        `1ZGEN${String(r).padStart(12, '0')}`,
        labelCost,
        'USD',
        payer,
        centreId,
        shipTo,
        userId,
        iso(labelAt),
        iso(labelAt + 30 * DAY),
      ]);
    }
    const graded = lines.map((l) => {
      const grade = inspected ? gradeFor(random, l.fault) : null;
      const fault: Fault = grade === 'DAMAGED_BY_CUSTOMER' ? 'CUSTOMER' : l.fault;
      return { ...l, grade, inspectedFault: fault };
    });
    for (const l of graded) {
      returnLines.rows.push([
        l.id,
        returnId,
        l.line.id,
        l.units,
        l.reason,
        l.grade === null ? null : dispositionFor(l.grade, l.inspectedFault),
        false,
      ]);
      if (l.grade !== null) {
        inspections.rows.push([
          rowId(T.inspection, returnLines.rows.length),
          l.id,
          l.grade,
          l.inspectedFault,
          l.inspectedFault !== l.fault,
          userId,
          iso(inspectedAt),
        ]);
      }
    }
    if (refundStage === 'NONE') return;

    // The refund: per line item + tax share + shipping share (not CUSTOMER fault) − restocking fee.
    const refundLinesOfReturn = graded.map((l) => {
      const item = l.line.unitPrice * l.units;
      const tax = halfUp(l.line.tax * l.units, l.line.quantity);
      const shipping =
        l.inspectedFault === 'CUSTOMER' ? 0 : halfUp(l.line.shipping * l.units, l.line.quantity);
      const percent =
        l.inspectedFault === 'CUSTOMER' && l.grade !== null ? FEE_PERCENT[l.grade] : 0;
      const fee = halfUp(item * percent, 100);
      const lineTotal = item + tax + shipping - fee;
      const remaining = l.line.unitPrice * l.line.quantity + l.line.tax + l.line.shipping;
      return {
        orderLineId: l.line.id,
        units: l.units,
        quantityOrdered: l.line.quantity,
        fault: l.inspectedFault,
        grade: l.grade,
        item,
        tax,
        shipping,
        restockingFeePercent: percent,
        restockingFee: fee,
        lineTotal,
        remaining,
        refund: Math.min(lineTotal, remaining),
        note: null,
      };
    });
    const labelDeduction = labelIssued && payer === 'CUSTOMER' ? labelCost : 0;
    // The deduction comes off the first lines, so that every line's refund stays within what was paid.
    let toDeduct = labelDeduction;
    for (const line of refundLinesOfReturn) {
      const part = Math.min(toDeduct, line.refund);
      line.refund -= part;
      toDeduct -= part;
    }
    const sum = (pick: (line: (typeof refundLinesOfReturn)[number]) => number): number =>
      refundLinesOfReturn.reduce((total, line) => total + pick(line), 0);
    const total = sum((line) => line.refund);
    const refundId = rowId(T.refund, r);
    const createdAt = returnless ? labelAt : inspectedAt;
    const refundStatus =
      refundStage === 'ISSUED'
        ? 'ISSUED'
        : total >= LARGE_REFUND_MINOR
          ? 'PENDING_APPROVAL'
          : 'APPROVED';
    const breakdown = {
      currency: order.currency,
      lines: refundLinesOfReturn,
      items: sum((l) => l.item),
      tax: sum((l) => l.tax),
      shipping: sum((l) => l.shipping),
      restockingFees: sum((l) => l.restockingFee),
      labelDeduction,
      shippingReimbursement: 0,
      remainingRefundable: sum((l) => l.remaining),
      total,
      returnShippingPayer: payer,
    };
    refunds.rows.push([
      refundId,
      returnId,
      order.id,
      refundStatus,
      'MARKETPLACE',
      order.currency,
      total,
      JSON.stringify(breakdown),
      returnless,
      userId,
      userId,
      iso(createdAt),
      refundStatus === 'ISSUED' ? iso(issuedAt) : null,
      refundStatus === 'ISSUED' ? `SC-${String(r).padStart(9, '0')}` : null,
      refundStatus === 'ISSUED' ? 3 : 2,
      iso(createdAt),
      iso(refundStatus === 'ISSUED' ? issuedAt : createdAt),
    ]);
    for (const line of refundLinesOfReturn)
      refundLines.rows.push([refundId, line.orderLineId, line.refund]);
    if (refundStatus !== 'ISSUED') return;

    // Claims: one per supplier of the supplier-fault lines; the seller-paid label goes on the first.
    const bySupplier = new Map<number, { units: number; amount: number; orderLineId: string }[]>();
    for (const l of graded) {
      if (l.inspectedFault !== 'SUPPLIER') continue;
      const supplier = skuSuppliers[l.line.skuIndex] ?? 0;
      const list = bySupplier.get(supplier) ?? [];
      list.push({
        orderLineId: l.line.id,
        units: l.units,
        amount: (skuCosts[l.line.skuIndex] ?? 0) * l.units,
      });
      bySupplier.set(supplier, list);
    }
    let first = true;
    for (const [supplier, claimLines] of bySupplier) {
      const amount = claimLines.reduce((total, line) => total + line.amount, 0);
      const labelPart = first && labelIssued && payer === 'SELLER' ? labelCost : 0;
      first = false;
      const age = endMs - issuedAt;
      const claimStatus =
        age < 7 * DAY
          ? 'OPEN'
          : age < 30 * DAY
            ? 'SUBMITTED'
            : random.weighted([
                ['ACCEPTED', 80],
                ['REJECTED', 20],
              ] as const);
      const submittedAt = claimStatus === 'OPEN' ? null : issuedAt + 3 * DAY;
      const resolvedAt =
        claimStatus === 'ACCEPTED' || claimStatus === 'REJECTED' ? issuedAt + 20 * DAY : null;
      claims.rows.push([
        rowId(T.claim, claimIndex++),
        rowId(T.supplier, supplier),
        refundId,
        returnId,
        claimStatus,
        'USD',
        amount,
        labelPart,
        JSON.stringify(claimLines),
        claimStatus === 'ACCEPTED' ? amount + labelPart : null,
        claimStatus === 'ACCEPTED' ? `CR-${claimIndex}` : null,
        iso(issuedAt),
        submittedAt === null ? null : iso(submittedAt),
        resolvedAt === null ? null : iso(resolvedAt),
        claimStatus === 'OPEN' ? 1 : claimStatus === 'SUBMITTED' ? 2 : 3,
      ]);
    }
  });

  return [
    users,
    locations,
    suppliers,
    skus,
    customers,
    orders,
    orderLines,
    returns,
    returnLines,
    inspections,
    labels,
    refunds,
    refundLines,
    claims,
  ];
}
