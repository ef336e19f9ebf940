import { randomUUID } from 'node:crypto';
import { allocate, type CurrencyCode, type RefundStatus } from '@rebound/domain';
import type { DataSource } from 'typeorm';
import type { RefundMethod } from '../../refunds/refund.entity';

/** Three suppliers, each with one SKU; index 0, 1, 2 in fixture lines. */
export interface ReportSupplier {
  id: string;
  code: string;
  name: string;
  skuId: string;
}

export interface ReportWorld {
  suppliers: ReportSupplier[];
  customerId: string;
  userId: string;
}

/** One line of a fixture refund: its supplier (index) and its breakdown amounts. */
export interface LineSpec {
  supplier: number;
  item: number;
  tax?: number;
  shipping?: number;
  restockingFee?: number;
}

export interface RefundSpec {
  currency: CurrencyCode;
  status: RefundStatus;
  method?: RefundMethod;
  createdAt: string;
  submittedAt?: string | null;
  issuedAt?: string | null;
  receivedAt?: string | null;
  returnless?: boolean;
  externalReference?: string | null;
  channel?: string;
  lines: LineSpec[];
  labelDeduction?: number;
  shippingReimbursement?: number;
}

/** A line as stored: its order line, supplier and the amounts the breakdown and refund_lines hold. */
export interface StoredLine {
  orderLineId: string;
  supplierId: string;
  item: number;
  tax: number;
  shipping: number;
  restockingFee: number;
  lineTotal: number;
  refund: number;
}

export interface FixtureRefund {
  spec: RefundSpec;
  id: string;
  returnId: string;
  rmaNumber: string;
  orderExternalId: string;
  method: RefundMethod;
  total: number;
  items: number;
  tax: number;
  shipping: number;
  restockingFees: number;
  labelDeduction: number;
  shippingReimbursement: number;
  lines: StoredLine[];
}

let sequence = 0;
const next = (): number => (sequence += 1);

export async function createReportWorld(
  dataSource: DataSource,
  userId: string,
): Promise<ReportWorld> {
  const suppliers: ReportSupplier[] = [];
  for (const [code, name] of [
    ['SUPA', 'Acme Audio'],
    ['SUPB', 'Bolt & Nut, "Ltd"'],
    ['SUPC', 'Cobalt Home'],
  ] as const) {
    const supplier = { id: randomUUID(), code, name, skuId: randomUUID() };
    await dataSource.query(
      `INSERT INTO suppliers (id, code, name, contact_email) VALUES ($1, $2, $3, $4)`,
      [supplier.id, code, name, `${code.toLowerCase()}@suppliers.test`],
    );
    await dataSource.query(
      `INSERT INTO skus (id, code, name, category, supplier_id, currency, unit_cost_minor, price_minor)
       VALUES ($1, $2, $3, 'Test', $4, 'USD', 1000, 2000)`,
      [supplier.skuId, `SKU-${code}`, `${name} thing`, supplier.id],
    );
    suppliers.push(supplier);
  }
  const customerId = randomUUID();
  await dataSource.query(`INSERT INTO customers (id, email, name) VALUES ($1, $2, 'Dana Buyer')`, [
    customerId,
    `dana-${customerId}@example.test`,
  ]);
  return { suppliers, customerId, userId };
}

/** The line refunds: each line's total, minus its share of the label deduction, plus the reimbursement on the first. */
function settle(spec: RefundSpec, world: ReportWorld): StoredLine[] {
  const totals = spec.lines.map(
    (line) => line.item + (line.tax ?? 0) + (line.shipping ?? 0) - (line.restockingFee ?? 0),
  );
  const deduction = allocate(spec.labelDeduction ?? 0, totals);
  if (!deduction.ok) throw new Error(deduction.error.message);
  return spec.lines.map((line, index) => {
    const supplier = world.suppliers[line.supplier];
    if (supplier === undefined) throw new Error(`no supplier ${line.supplier}`);
    const lineTotal = totals[index] ?? 0;
    const reimbursement = index === 0 ? (spec.shippingReimbursement ?? 0) : 0;
    return {
      orderLineId: randomUUID(),
      supplierId: supplier.id,
      item: line.item,
      tax: line.tax ?? 0,
      shipping: line.shipping ?? 0,
      restockingFee: line.restockingFee ?? 0,
      lineTotal,
      refund: lineTotal - (deduction.value[index] ?? 0) + reimbursement,
    };
  });
}

const sum = (lines: readonly StoredLine[], pick: (line: StoredLine) => number): number =>
  lines.reduce((total, line) => total + pick(line), 0);

/** Inserts an order, its lines, a return and the refund with its breakdown and refund lines. */
export async function createRefund(
  dataSource: DataSource,
  world: ReportWorld,
  spec: RefundSpec,
): Promise<FixtureRefund> {
  const n = next();
  const lines = settle(spec, world);
  const orderId = randomUUID();
  const returnId = randomUUID();
  const id = randomUUID();
  const orderExternalId = `114-${String(process.pid).padStart(7, '0')}-${String(n).padStart(7, '0')}`;
  const rmaNumber = `RMA-T${process.pid}-${n}`;
  const method = spec.method ?? 'MARKETPLACE';
  await dataSource.query(
    `INSERT INTO orders (id, channel, external_id, customer_id, currency, ordered_at, delivered_at)
     VALUES ($1, $2, $3, $4, $5, '2025-01-10T10:00:00Z', '2025-01-12T10:00:00Z')`,
    [orderId, spec.channel ?? 'AMAZON_US', orderExternalId, world.customerId, spec.currency],
  );
  for (const [index, line] of lines.entries()) {
    const sku = world.suppliers.find((supplier) => supplier.id === line.supplierId);
    // Paid with room to spare, so that the within-paid trigger never refuses a fixture.
    await dataSource.query(
      `INSERT INTO order_lines (id, order_id, line_no, sku_id, quantity, unit_price_minor, tax_minor, shipping_minor)
       VALUES ($1, $2, $3, $4, 1, $5, $6, $7)`,
      [
        line.orderLineId,
        orderId,
        index + 1,
        sku?.skuId,
        line.item,
        line.tax,
        line.shipping + 100000,
      ],
    );
  }
  await dataSource.query(
    `INSERT INTO returns (id, rma_number, order_id, status, requested_at, policy_verdict,
       first_response_due_at, received_at, returnless, version)
     VALUES ($1, $2, $3, $4, '2025-01-20T10:00:00Z', '{}', '2025-01-21T10:00:00Z', $5, $6, 1)`,
    [
      returnId,
      rmaNumber,
      orderId,
      spec.receivedAt ? 'INSPECTED' : 'AUTHORIZED',
      spec.receivedAt ?? null,
      spec.returnless ?? false,
    ],
  );
  const refund: FixtureRefund = {
    spec,
    id,
    returnId,
    rmaNumber,
    orderExternalId,
    method,
    total: sum(lines, (line) => line.refund),
    items: sum(lines, (line) => line.item),
    tax: sum(lines, (line) => line.tax),
    shipping: sum(lines, (line) => line.shipping),
    restockingFees: sum(lines, (line) => line.restockingFee),
    labelDeduction: spec.labelDeduction ?? 0,
    shippingReimbursement: spec.shippingReimbursement ?? 0,
    lines,
  };
  const breakdown = {
    currency: spec.currency,
    lines: lines.map((line) => ({
      orderLineId: line.orderLineId,
      units: 1,
      quantityOrdered: 1,
      fault: 'SUPPLIER',
      grade: 'DEFECTIVE',
      item: line.item,
      tax: line.tax,
      shipping: line.shipping,
      restockingFeePercent: 0,
      restockingFee: line.restockingFee,
      lineTotal: line.lineTotal,
      remaining: line.item + line.tax + line.shipping + 100000,
      refund: line.refund,
      note: null,
    })),
    items: refund.items,
    tax: refund.tax,
    shipping: refund.shipping,
    restockingFees: refund.restockingFees,
    labelDeduction: refund.labelDeduction,
    shippingReimbursement: refund.shippingReimbursement,
    remainingRefundable: refund.total,
    total: refund.total,
    returnShippingPayer: 'SELLER',
  };
  await dataSource.query(
    `INSERT INTO refunds (id, return_id, order_id, status, method, currency, total_minor, breakdown,
       returnless, created_by_id, submitted_by_id, submitted_at, issued_at, external_reference, version, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 1, $15)`,
    [
      id,
      returnId,
      orderId,
      spec.status,
      method,
      spec.currency,
      refund.total,
      JSON.stringify(breakdown),
      spec.returnless ?? false,
      world.userId,
      spec.submittedAt ? world.userId : null,
      spec.submittedAt ?? null,
      spec.issuedAt ?? null,
      spec.externalReference ?? null,
      spec.createdAt,
    ],
  );
  for (const line of lines) {
    if (line.refund === 0) continue;
    await dataSource.query(
      'INSERT INTO refund_lines (refund_id, order_line_id, amount_minor) VALUES ($1, $2, $3)',
      [id, line.orderLineId, line.refund],
    );
  }
  return refund;
}

export async function createRefunds(
  dataSource: DataSource,
  world: ReportWorld,
  specs: readonly RefundSpec[],
): Promise<FixtureRefund[]> {
  const created: FixtureRefund[] = [];
  for (const spec of specs) created.push(await createRefund(dataSource, world, spec));
  return created;
}
