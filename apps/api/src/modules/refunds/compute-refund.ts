import {
  calculateRefund,
  checkReturnless,
  DEFAULT_RETURN_POLICY,
  type RefundBreakdown,
} from '@rebound/domain';
import { AppError, fromDomainError } from '../../common/errors/app-error';
import type { TransactionContext } from '../../context';
import type { ReturnEntity } from '../returns/return.entity';
import { judgeReturnless } from '../returns/returnless-check';
import { loadRefundSource, type RefundSource } from './refund-source';

/** A refund as the calculator computes it now, with what it was computed from. */
export interface ComputedRefund {
  source: RefundSource;
  breakdown: RefundBreakdown;
}

/** Returns still on their way to inspection: not refundable yet. */
const BEFORE_INSPECTION = new Set(['REQUESTED', 'LABEL_ISSUED', 'IN_TRANSIT', 'RECEIVED']);

/**
 * Refuses a return that cannot be refunded (yet): it must be INSPECTED, or AUTHORIZED and
 * eligible for a returnless refund (checked by {@link computeRefund} with the domain).
 */
export function checkRefundable(rma: ReturnEntity): void {
  if (rma.status === 'INSPECTED' || rma.status === 'AUTHORIZED') return;
  const details = { returnStatus: rma.status, allowedStatuses: ['INSPECTED', 'AUTHORIZED'] };
  if (BEFORE_INSPECTION.has(rma.status)) {
    throw new AppError(
      'INSPECTION_INCOMPLETE',
      `Return ${rma.rmaNumber} is ${rma.status}: it is refunded once INSPECTED (or while AUTHORIZED when eligible for a returnless refund)`,
      details,
    );
  }
  throw new AppError(
    'CONFLICT',
    `Return ${rma.rmaNumber} is ${rma.status}: a closed return gets no new refund`,
    details,
  );
}

/** The domain's returnless verdict for an AUTHORIZED return: RETURNLESS_NOT_ELIGIBLE when any line does not qualify. */
function requireReturnless(source: RefundSource): void {
  const orderLines = new Map(source.orderLines.map((line) => [line.id, line]));
  const pairs = source.returnedLines.flatMap((row) => {
    const orderLine = orderLines.get(row.order_line_id);
    return orderLine === undefined
      ? []
      : [
          {
            line: { id: row.return_line_id, quantity: row.quantity, reasonCode: row.reason_code },
            orderLine,
          },
        ];
  });
  const verdict = judgeReturnless(source.currency, pairs, DEFAULT_RETURN_POLICY);
  if (!verdict.ok) throw fromDomainError(verdict.error);
  const eligible = checkReturnless(verdict.value);
  if (!eligible.ok) throw fromDomainError(eligible.error);
}

/**
 * Computes the refund of a return with the domain calculator: after inspection (grades and
 * the inspector's fault), or returnless (no grades, no label) for an eligible AUTHORIZED
 * return. `excludeRefundId`: the refund being recalculated, whose own lines do not count as
 * already refunded.
 */
export async function computeRefund(
  tx: TransactionContext,
  rma: ReturnEntity,
  options: { returnless: boolean; excludeRefundId: string | null },
): Promise<ComputedRefund> {
  const source = await loadRefundSource(tx, rma, options);
  if (options.returnless) requireReturnless(source);
  const breakdown = calculateRefund(source.calculation);
  if (!breakdown.ok) throw fromDomainError(breakdown.error);
  return { source, breakdown: breakdown.value };
}
