import type { MutationOutcome } from '../../../common/run-mutation';
import type { TransactionContext } from '../../../context';
import { refundOutcome } from '../refund-outcome';
import { loadRefundForUpdate, transitionRefund } from '../refund-transition';
import type { RefundType } from '../refund.type';

/**
 * Makes a FAILED refund issuable again (FAILED → APPROVED). The last failure reason is kept
 * for the record; issuing again needs a new idempotency key, since the old one answers FAILED.
 */
export async function retryRefund(
  tx: TransactionContext,
  input: { id: string },
): Promise<MutationOutcome<RefundType>> {
  const refund = await loadRefundForUpdate(tx, input.id);
  const after = await transitionRefund(tx, refund, 'retry', {});
  return refundOutcome(tx, refund, after, { failureReason: refund.failureReason });
}
