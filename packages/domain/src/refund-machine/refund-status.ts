/** Every status of a refund, in lifecycle order. */
export const REFUND_STATUSES = [
  'DRAFT',
  'PENDING_APPROVAL',
  'APPROVED',
  'ISSUED',
  'FAILED',
  'REJECTED',
] as const;

/** One of {@link REFUND_STATUSES}. */
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/** Statuses a refund ends in. A FAILED refund can be retried, so it is not terminal. */
export const TERMINAL_REFUND_STATUSES: readonly RefundStatus[] = ['ISSUED', 'REJECTED'];

/** How a call to the refund gateway ended. */
export const ISSUE_OUTCOMES = ['SUCCEEDED', 'FAILED'] as const;

/** One of {@link ISSUE_OUTCOMES}. */
export type IssueOutcome = (typeof ISSUE_OUTCOMES)[number];
