import { splitByLargestRemainder } from '../money/allocate';
import { err, ok, type Result } from '../result/result';
import type { PricedLine } from './price-returned-line';
import type { RefundLine } from './refund-types';

/** The total of a return and its split over lines. */
export interface Settlement {
  readonly remainingRefundable: number;
  readonly total: number;
  /** The lines with their `refund`: they sum exactly to `total`, each within its remaining. */
  readonly lines: readonly RefundLine[];
}

/**
 * Step 6: each line is capped at what remains refundable for it; the per-return label
 * deduction and shipping reimbursement then apply; the total is floored at zero and never
 * exceeds what remains for the refunded (non-held) lines. The total is split back over the
 * lines by largest remainder — reductions in proportion to the capped line totals, a
 * reimbursement over the lines' headroom — so each line's recorded refund stays within
 * its remaining amount.
 */
export function settleRefund(
  lines: readonly PricedLine[],
  labelDeduction: number,
  shippingReimbursement: number,
): Settlement {
  const rows = lines.map((line) => ({
    line,
    remaining: line.held ? 0n : BigInt(line.remaining),
    capped: BigInt(Math.min(line.lineTotal, line.remaining)),
  }));
  const cap = rows.reduce((sum, row) => sum + row.remaining, 0n);
  const base = rows.reduce((sum, row) => sum + row.capped, 0n);
  const net = base - BigInt(labelDeduction) + BigInt(shippingReimbursement);
  const total = net < 0n ? 0n : net > cap ? cap : net;
  const refunds =
    total <= base
      ? splitByLargestRemainder(total, rows, (row) => row.capped)
      : splitByLargestRemainder(total - base, rows, (row) => row.remaining - row.capped).map(
          ({ item, share }) => ({ item, share: item.capped + share }),
        );
  return {
    remainingRefundable: Number(cap),
    total: Number(total),
    lines: refunds.map(({ item: { line }, share }) => {
      const { held: _held, ...refundLine } = line;
      return { ...refundLine, refund: Number(share) };
    }),
  };
}

/**
 * Refuses a refund amount (for instance one edited by finance) above what remains
 * refundable: REFUND_EXCEEDS_REMAINING.
 * @example checkWithinRemaining(5000, 4349) // err REFUND_EXCEEDS_REMAINING
 */
export function checkWithinRemaining(amount: number, remainingRefundable: number): Result<number> {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    return err('INVALID_AMOUNT', `${amount} is not a whole number of minor units ≥ 0`, { amount });
  }
  if (amount > remainingRefundable) {
    return err(
      'REFUND_EXCEEDS_REMAINING',
      `Only ${remainingRefundable} minor units remain refundable`,
      {
        amount,
        remainingRefundable,
      },
    );
  }
  return ok(amount);
}
