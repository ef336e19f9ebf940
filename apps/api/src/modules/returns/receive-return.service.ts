import { refundClock } from '@rebound/domain';
import { fromDomainError } from '../../common/errors/app-error';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { badInput, pastInstant } from './bad-input';
import { returnOutcome } from './return-outcome';
import { loadReturn, transitionReturn } from './return-transition';
import type { RmaType } from './return.type';
import type { ReceiveReturnInput } from './warehouse.types';

/** The parcel arrived (LABEL_ISSUED or IN_TRANSIT → RECEIVED): starts the refund clock. */
export async function receiveReturn(
  tx: TransactionContext,
  input: ReceiveReturnInput,
): Promise<MutationOutcome<RmaType>> {
  const rma = await loadReturn(tx, input.id);
  const receivedAt = pastInstant(input.receivedAt, 'input.receivedAt', new Date());
  if (receivedAt.getTime() < rma.requestedAt.getTime()) {
    throw badInput('input.receivedAt', 'must not be before the return was requested');
  }
  const clock = refundClock(receivedAt);
  if (!clock.ok) throw fromDomainError(clock.error);
  const details = {
    receivedAt: receivedAt.toISOString(),
    refundDueAt: clock.value.dueAt.toISOString(),
  };
  const after = await transitionReturn(
    tx,
    rma,
    'receive',
    { receivedAt, refundDueAt: clock.value.dueAt },
    details,
  );
  return returnOutcome(tx, rma, after, details);
}
