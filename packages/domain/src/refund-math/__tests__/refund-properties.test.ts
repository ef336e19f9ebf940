import fc from 'fast-check';
import { INSPECTION_GRADES, isHeldGrade } from '../../disposition/inspection-grade';
import { FAULTS } from '../../reasons/fault';
import { REASON_CODES } from '../../reasons/reason-catalogue';
import { amountPaidForLine, type OrderLine } from '../../order/order-line';
import { calculateRefund } from '../calculate-refund';
import type { RefundCalculationInput, ReturnLabelCharge } from '../refund-types';
import { unwrap } from '../../__tests__/support/results';

const orderLine = (index: number): fc.Arbitrary<OrderLine> =>
  fc.record({
    orderLineId: fc.constant(`line-${index}`),
    unitPrice: fc.integer({ min: 0, max: 500_000 }),
    quantity: fc.integer({ min: 1, max: 6 }),
    tax: fc.integer({ min: 0, max: 50_000 }),
    shipping: fc.integer({ min: 0, max: 5_000 }),
  });

const label: fc.Arbitrary<ReturnLabelCharge> = fc.oneof(
  fc.constant({ kind: 'NONE' as const }),
  fc.integer({ min: 0, max: 5_000 }).map((amount) => ({
    kind: 'SELLER_PREPAID' as const,
    cost: { amount, currency: 'USD' as const },
  })),
  fc.integer({ min: 0, max: 5_000 }).map((amount) => ({
    kind: 'CUSTOMER_PAID' as const,
    receipt: { amount, currency: 'USD' as const },
  })),
);

/** Any valid refund: 1–4 order lines, a non-empty subset returned, prior refunds up to a bit over paid. */
const refundInputs: fc.Arbitrary<RefundCalculationInput> = fc
  .integer({ min: 1, max: 4 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => orderLine(index))))
  .chain((lines) =>
    fc.record({
      order: fc.constant({ currency: 'USD' as const, lines }),
      lines: fc.subarray(lines, { minLength: 1 }).chain((picked) =>
        fc.tuple(
          ...picked.map((line) =>
            fc.record({
              orderLineId: fc.constant(line.orderLineId),
              units: fc.integer({ min: 1, max: line.quantity }),
              reasonCode: fc.constantFrom(...REASON_CODES),
              grade: fc.option(fc.constantFrom(...INSPECTION_GRADES), { nil: null }),
              faultOverride: fc.option(fc.constantFrom(...FAULTS), { nil: null, freq: 4 }),
            }),
          ),
        ),
      ),
      acceptedByOverride: fc.boolean(),
      label,
      alreadyRefunded: fc.tuple(
        ...lines.map((line) =>
          fc.record({
            orderLineId: fc.constant(line.orderLineId),
            amount: fc.integer({ min: 0, max: amountPaidForLine(line) + 1_000 }),
          }),
        ),
      ),
    }),
  );

describe('refund invariants (property tests)', () => {
  test('a refund is never negative and never more than what remains paid for its lines', () => {
    fc.assert(
      fc.property(refundInputs, (input) => {
        const breakdown = unwrap(calculateRefund(input));
        const remainingPaid = input.lines
          .filter((line) => !isHeldGrade(line.grade))
          .reduce((sum, line) => {
            const paid = input.order.lines.find((o) => o.orderLineId === line.orderLineId);
            const prior =
              input.alreadyRefunded.find((p) => p.orderLineId === line.orderLineId)?.amount ?? 0;
            return sum + Math.max(0, (paid ? amountPaidForLine(paid) : 0) - prior);
          }, 0);
        expect(breakdown.total).toBeGreaterThanOrEqual(0);
        expect(breakdown.total).toBeLessThanOrEqual(remainingPaid);
        expect(breakdown.remainingRefundable).toBe(remainingPaid);
      }),
    );
  });

  test('line refunds sum exactly to the total, each within what remains for that line', () => {
    fc.assert(
      fc.property(refundInputs, (input) => {
        const breakdown = unwrap(calculateRefund(input));
        expect(breakdown.lines.reduce((sum, line) => sum + line.refund, 0)).toBe(breakdown.total);
        for (const line of breakdown.lines) {
          expect(line.refund).toBeGreaterThanOrEqual(0);
          expect(line.refund).toBeLessThanOrEqual(line.remaining);
        }
      }),
    );
  });

  test('restocking fees appear only on customer-fault lines', () => {
    fc.assert(
      fc.property(refundInputs, (input) => {
        for (const line of unwrap(calculateRefund(input)).lines) {
          if (line.fault !== 'CUSTOMER') expect(line.restockingFee).toBe(0);
          if (line.restockingFee > 0) expect(line.fault).toBe('CUSTOMER');
        }
      }),
    );
  });

  test('held lines (wrong item, missing) never receive money', () => {
    fc.assert(
      fc.property(refundInputs, (input) => {
        for (const line of unwrap(calculateRefund(input)).lines) {
          if (isHeldGrade(line.grade)) expect(line.refund).toBe(0);
        }
      }),
    );
  });
});
