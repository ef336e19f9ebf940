import {
  isCurrencyCode,
  type CurrencyCode,
  type Fault,
  type InspectionGrade,
  type PriorRefund,
  type ReasonCode,
  type RefundCalculationInput,
  type ReturnLabelCharge,
} from '@rebound/domain';
import { AppError, notFound } from '../../common/errors/app-error';
import type { TransactionContext } from '../../context';
import { ReturnLabelEntity } from '../labels/return-label.entity';
import { OrderLineEntity } from '../orders/order-line.entity';
import { OrderEntity } from '../orders/order.entity';
import type { ReturnEntity } from '../returns/return.entity';

/** One return line with its order line and, once inspected, the inspection's verdict (in order-line order). */
export interface ReturnedLineRow {
  return_line_id: string;
  order_line_id: string;
  quantity: number;
  reason_code: ReasonCode;
  grade: InspectionGrade | null;
  fault: Fault | null;
  fault_overridden: boolean | null;
}

/** Everything a refund of one return is computed from, read in the caller's transaction. */
export interface RefundSource {
  order: OrderEntity;
  currency: CurrencyCode;
  orderLines: OrderLineEntity[];
  returnedLines: ReturnedLineRow[];
  calculation: RefundCalculationInput;
}

const RETURNED_LINES = `
  SELECT rl.id AS return_line_id, rl.order_line_id, rl.quantity, rl.reason_code,
         i.grade, i.fault, i.fault_overridden
  FROM return_lines rl
  JOIN order_lines ol ON ol.id = rl.order_line_id
  LEFT JOIN inspections i ON i.return_line_id = rl.id
  WHERE rl.return_id = $1
  ORDER BY ol.line_no`;

// Refunds not REJECTED hold their amounts (the same rule as the refund_lines_within_paid trigger).
const ALREADY_REFUNDED = `
  SELECT rl.order_line_id, SUM(rl.amount_minor)::bigint AS amount
  FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
  WHERE r.order_id = $1 AND r.status <> 'REJECTED' AND ($2::uuid IS NULL OR r.id <> $2::uuid)
  GROUP BY rl.order_line_id`;

/**
 * Who paid for the trip back. A receipt recorded with the request means the customer shipped
 * it themselves (a label issued anyway went unused): CUSTOMER_PAID. Otherwise every label in
 * return_labels was bought by the seller (its `payer` column is only the guess made from the
 * claimed reasons when it was issued): SELLER_PREPAID, and the domain decides from the
 * inspected faults whether it is deducted. A returnless refund shipped nothing: NONE.
 */
async function labelCharge(
  tx: TransactionContext,
  rma: ReturnEntity,
  currency: CurrencyCode,
  returnless: boolean,
): Promise<ReturnLabelCharge> {
  if (returnless) return { kind: 'NONE' };
  if (rma.customerShippingPaidMinor !== null) {
    return { kind: 'CUSTOMER_PAID', receipt: { amount: rma.customerShippingPaidMinor, currency } };
  }
  const label = await tx.manager.findOne(ReturnLabelEntity, {
    where: { returnId: rma.id },
    order: { issuedAt: 'DESC', id: 'DESC' },
  });
  return label === null
    ? { kind: 'NONE' }
    : { kind: 'SELLER_PREPAID', cost: { amount: label.costMinor, currency } };
}

/**
 * Reads the order as paid, the return's lines with their inspection (grade, and the fault only
 * when the inspector set it explicitly), the label charge and what other live refunds of the
 * order already hold per line (`excludeRefundId`: the refund being recalculated).
 */
export async function loadRefundSource(
  tx: TransactionContext,
  rma: ReturnEntity,
  options: { returnless: boolean; excludeRefundId: string | null },
): Promise<RefundSource> {
  const order = await tx.manager.findOneBy(OrderEntity, { id: rma.orderId });
  if (order === null) throw notFound('Order', rma.orderId);
  const currency = order.currency.trim();
  if (!isCurrencyCode(currency)) {
    throw new AppError('UNKNOWN_CURRENCY', `${currency} is not a supported currency`, {
      currency,
    });
  }
  const orderLines = await tx.manager.find(OrderLineEntity, {
    where: { orderId: order.id },
    order: { lineNo: 'ASC' },
  });
  const returnedLines = await tx.manager.query<ReturnedLineRow[]>(RETURNED_LINES, [rma.id]);
  const label = await labelCharge(tx, rma, currency, options.returnless);
  const refunded = await tx.manager.query<{ order_line_id: string; amount: number }[]>(
    ALREADY_REFUNDED,
    [order.id, options.excludeRefundId],
  );
  const alreadyRefunded: PriorRefund[] = refunded.map((row) => ({
    orderLineId: row.order_line_id,
    amount: row.amount,
  }));
  return {
    order,
    currency,
    orderLines,
    returnedLines,
    calculation: {
      order: {
        currency,
        lines: orderLines.map((line) => ({
          orderLineId: line.id,
          unitPrice: line.unitPriceMinor,
          quantity: line.quantity,
          tax: line.taxMinor,
          shipping: line.shippingMinor,
        })),
      },
      lines: returnedLines.map((line) => ({
        orderLineId: line.order_line_id,
        units: line.quantity,
        reasonCode: line.reason_code,
        grade: options.returnless ? null : line.grade,
        faultOverride: !options.returnless && line.fault_overridden === true ? line.fault : null,
      })),
      // A request outside the window exists only because it was accepted by override.
      acceptedByOverride: rma.policyVerdict.acceptedByOverride || !rma.policyVerdict.withinWindow,
      label,
      alreadyRefunded,
    },
  };
}
