import type { ReturnEvent, ReturnStatus } from '@rebound/domain';

/** Where a report's status puts a return, and the events that lead there from REQUESTED. */
export interface StatusTarget {
  status: ReturnStatus;
  /** Events from REQUESTED, in order; each is fired through the return machine. */
  path: readonly ReturnEvent[];
}

const REQUESTED: StatusTarget = { status: 'REQUESTED', path: [] };
const AUTHORIZED: StatusTarget = { status: 'AUTHORIZED', path: ['authorize'] };
const LABEL_ISSUED: StatusTarget = { status: 'LABEL_ISSUED', path: ['authorize', 'issueLabel'] };
const RECEIVED: StatusTarget = {
  status: 'RECEIVED',
  path: ['authorize', 'issueLabel', 'receive'],
};
const REJECTED: StatusTarget = { status: 'REJECTED', path: ['reject'] };
const CANCELLED: StatusTarget = { status: 'CANCELLED', path: ['cancel'] };

const fold = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/**
 * The flat file's "Return request status", with what else the row says:
 * - Pending / Requested → REQUESTED;
 * - Approved / Authorized / Closed → AUTHORIZED, LABEL_ISSUED once a tracking ID is known,
 *   RECEIVED once a return delivery date is;
 * - Rejected / Denied → REJECTED; Cancelled → CANCELLED.
 * Null: a status Rebound does not know (the row is refused, naming the column).
 * Rebound's later steps (inspection, refund, completion) are never inferred from a report.
 */
export function flatStatusTarget(
  status: string,
  trackingId: string,
  deliveredBack: boolean,
): StatusTarget | null {
  switch (fold(status)) {
    case 'pending':
    case 'requested':
    case 'pending approval':
      return REQUESTED;
    case 'approved':
    case 'authorized':
    case 'authorised':
    case 'closed':
    case 'completed':
      if (deliveredBack) return RECEIVED;
      return trackingId === '' ? AUTHORIZED : LABEL_ISSUED;
    case 'rejected':
    case 'denied':
    case 'declined':
      return REJECTED;
    case 'cancelled':
    case 'canceled':
      return CANCELLED;
    default:
      return null;
  }
}

/**
 * The FBA customer returns report lists units an Amazon fulfilment centre has received, whatever
 * its status says happened next (returned to inventory, reimbursed…): RECEIVED. Rebound's stock
 * is not touched: the units are in Amazon's warehouse, not in a Rebound location.
 */
export function fbaStatusTarget(): StatusTarget {
  return RECEIVED;
}

/**
 * The events that take a return from `current` to `target`, along the target's path; null when
 * the return is already there, further along, or on another branch (it is then left as it is).
 */
export function remainingPath(
  current: ReturnStatus,
  target: StatusTarget,
): readonly ReturnEvent[] | null {
  if (current === target.status) return null;
  const reached: ReturnStatus[] = ['REQUESTED'];
  const order: Record<ReturnEvent, ReturnStatus> = {
    authorize: 'AUTHORIZED',
    issueLabel: 'LABEL_ISSUED',
    receive: 'RECEIVED',
    reject: 'REJECTED',
    cancel: 'CANCELLED',
    scan: 'IN_TRANSIT',
    inspect: 'INSPECTED',
    resolve: 'COMPLETED',
    resolveReturnless: 'COMPLETED',
    expire: 'CANCELLED',
  };
  for (const event of target.path) reached.push(order[event]);
  const at = reached.indexOf(current);
  // IN_TRANSIT sits between LABEL_ISSUED and RECEIVED on the way to receipt.
  if (at === -1 && current === 'IN_TRANSIT' && target.status === 'RECEIVED') return ['receive'];
  // An authorized return can still be cancelled (before a label exists).
  if (current === 'AUTHORIZED' && target.status === 'CANCELLED') return ['cancel'];
  if (at === -1 || at === reached.length - 1) return null;
  return target.path.slice(at);
}
