import { returnShippingPayer } from '../reasons/return-shipping-payer';
import { ok, type Result } from '../result/result';
import { priceReturnedLine, type PricedLine } from './price-returned-line';
import { DEFAULT_REFUND_POLICY, validateRefundPolicy, type RefundPolicy } from './refund-policy';
import type { RefundBreakdown, RefundCalculationInput, ReturnLabelCharge } from './refund-types';
import { settleRefund } from './settle-refund';
import { validateRefundInput } from './validate-refund-input';

const total = (
  lines: readonly PricedLine[],
  field: 'item' | 'tax' | 'shipping' | 'restockingFee',
) => lines.reduce((sum, line) => sum + line[field], 0);

/**
 * Step 5: the prepaid label is deducted once when the customer should have paid for the
 * return (every line CUSTOMER fault); the customer's own shipping receipt is added when the
 * seller should have paid (some line not CUSTOMER fault).
 */
function labelAdjustments(
  label: ReturnLabelCharge,
  customerShouldPay: boolean,
): { labelDeduction: number; shippingReimbursement: number } {
  return {
    labelDeduction: label.kind === 'SELLER_PREPAID' && customerShouldPay ? label.cost.amount : 0,
    shippingReimbursement:
      label.kind === 'CUSTOMER_PAID' && !customerShouldPay ? label.receipt.amount : 0,
  };
}

/**
 * Computes the refund of one return from its inspected lines, following DESIGN §2's six
 * steps: held lines contribute nothing; item + tax share; shipping share unless CUSTOMER
 * fault; restocking fee for CUSTOMER fault only (grade fee, at least the late-override
 * minimum); label deduction or shipping reimbursement once per return; total floored at
 * zero and capped at what remains refundable for the lines.
 * @example
 * // 2 × 49.99 USD with 5.98 shipping; 1 returned, NO_LONGER_NEEDED, NEW; prepaid label 6.50
 * calculateRefund({
 *   order: { currency: 'USD', lines: [{ orderLineId: 'l1', unitPrice: 4999, quantity: 2, tax: 0, shipping: 598 }] },
 *   lines: [{ orderLineId: 'l1', units: 1, reasonCode: 'NO_LONGER_NEEDED', grade: 'NEW', faultOverride: null }],
 *   acceptedByOverride: false,
 *   label: { kind: 'SELLER_PREPAID', cost: { amount: 650, currency: 'USD' } },
 *   alreadyRefunded: [],
 * }) // ok({ total: 4349, … })
 */
export function calculateRefund(
  input: RefundCalculationInput,
  policy: RefundPolicy = DEFAULT_REFUND_POLICY,
): Result<RefundBreakdown> {
  const validPolicy = validateRefundPolicy(policy);
  if (!validPolicy.ok) return validPolicy;
  const checked = validateRefundInput(input);
  if (!checked.ok) return checked;
  const priced = checked.value.map(({ orderLine, returned, remaining }) =>
    priceReturnedLine(orderLine, returned, remaining, input.acceptedByOverride, policy),
  );
  const payer = returnShippingPayer(priced.map((line) => line.fault));
  const adjustments = labelAdjustments(input.label, payer === 'CUSTOMER');
  const settlement = settleRefund(
    priced,
    adjustments.labelDeduction,
    adjustments.shippingReimbursement,
  );
  return ok({
    currency: input.order.currency,
    lines: settlement.lines,
    items: total(priced, 'item'),
    tax: total(priced, 'tax'),
    shipping: total(priced, 'shipping'),
    restockingFees: total(priced, 'restockingFee'),
    ...adjustments,
    remainingRefundable: settlement.remainingRefundable,
    total: settlement.total,
    returnShippingPayer: payer,
  });
}
