import { isOverdue, type SlaClock } from '@rebound/domain';
import type { ReturnEntity } from './return.entity';

/** The SLA flags of a return at `now`, computed with the domain's clocks. */
export interface ReturnSlaFlags {
  firstResponseOverdue: boolean;
  refundOverdue: boolean;
  overdue: boolean;
}

type SlaColumns = Pick<
  ReturnEntity,
  | 'requestedAt'
  | 'firstResponseDueAt'
  | 'firstResponseAt'
  | 'receivedAt'
  | 'refundDueAt'
  | 'completedAt'
>;

/**
 * The first-response clock stops at the first answer; the refund clock runs from receipt and
 * stops when the return ends (refunds come in a later issue and will stop it when issued).
 */
export function returnSlaFlags(rma: SlaColumns, now: Date): ReturnSlaFlags {
  const firstResponse: SlaClock = {
    kind: 'FIRST_RESPONSE',
    startedAt: rma.requestedAt,
    dueAt: rma.firstResponseDueAt,
    stoppedAt: rma.firstResponseAt ?? rma.completedAt,
  };
  const firstResponseOverdue = isOverdue(firstResponse, now);
  const refundOverdue =
    rma.receivedAt !== null &&
    rma.refundDueAt !== null &&
    isOverdue(
      {
        kind: 'REFUND',
        startedAt: rma.receivedAt,
        dueAt: rma.refundDueAt,
        stoppedAt: rma.completedAt,
      },
      now,
    );
  return { firstResponseOverdue, refundOverdue, overdue: firstResponseOverdue || refundOverdue };
}
