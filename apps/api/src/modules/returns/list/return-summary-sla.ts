import { isOverdue, type ReturnStatus, type SlaClock } from '@rebound/domain';
import type { ReturnSummarySla } from './return-summary.type';

/** The columns of a return its SLA clocks are read from. */
export interface SlaColumns {
  status: ReturnStatus;
  requestedAt: Date;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date;
  receivedAt: Date | null;
  completedAt: Date | null;
  refundDueAt: Date | null;
}

/**
 * The clocks as stored on the return, judged by the domain's `isOverdue` at `now` (the same
 * instant the `slaOverdue` filter uses). The first-response clock runs while REQUESTED: any other
 * status means support answered (or the return was closed); the refund clock runs from receipt
 * until completion.
 */
export function summarizeSla(row: SlaColumns, now: Date): ReturnSummarySla {
  const firstResponse: SlaClock = {
    kind: 'FIRST_RESPONSE',
    startedAt: row.requestedAt,
    dueAt: row.firstResponseDueAt,
    stoppedAt: row.status === 'REQUESTED' ? null : (row.firstResponseAt ?? row.requestedAt),
  };
  const refund: SlaClock | null =
    row.receivedAt === null || row.refundDueAt === null
      ? null
      : {
          kind: 'REFUND',
          startedAt: row.receivedAt,
          dueAt: row.refundDueAt,
          stoppedAt: row.completedAt,
        };
  const firstResponseOverdue = isOverdue(firstResponse, now);
  const refundOverdue = refund !== null && isOverdue(refund, now);
  return {
    firstResponseDueAt: row.firstResponseDueAt,
    refundDueAt: row.refundDueAt,
    firstResponseOverdue,
    refundOverdue,
    overdue: firstResponseOverdue || refundOverdue,
  };
}
