import type { BadgeTone } from '../../lib/ui/Badge';
import { formatDateTime, formatRelative } from '../../lib/ui/format';
import { isClosedReturnStatus, type ReturnStatus } from './return-status';

/** A return's service-level clocks, as both the list and the detail page carry them. */
export interface SlaClocks {
  readonly status: ReturnStatus;
  readonly firstResponseDueAt: string;
  readonly firstResponseOverdue: boolean;
  readonly refundDueAt?: string | null | undefined;
  readonly refundOverdue: boolean;
}

export interface SlaBadgeInfo {
  readonly tone: BadgeTone;
  readonly label: string;
  /** The exact due time, for the tooltip. */
  readonly title: string;
}

const SOON_MS = 6 * 3_600_000;

/**
 * The one SLA fact worth showing for a return now: an overdue clock first, then the clock that
 * runs (reply while REQUESTED, refund after receipt), or null when no clock runs.
 */
export function describeSla(clocks: SlaClocks, now: Date = new Date()): SlaBadgeInfo | null {
  if (isClosedReturnStatus(clocks.status)) return null;
  if (clocks.firstResponseOverdue) {
    return {
      tone: 'danger',
      label: 'Reply overdue',
      title: `First response was due ${formatDateTime(clocks.firstResponseDueAt)}`,
    };
  }
  if (clocks.refundOverdue && clocks.refundDueAt) {
    return {
      tone: 'danger',
      label: 'Refund overdue',
      title: `Refund was due ${formatDateTime(clocks.refundDueAt)}`,
    };
  }
  const running =
    clocks.status === 'REQUESTED'
      ? { due: clocks.firstResponseDueAt, what: 'Reply' }
      : clocks.refundDueAt
        ? { due: clocks.refundDueAt, what: 'Refund' }
        : null;
  if (running === null) return null;
  const left = new Date(running.due).getTime() - now.getTime();
  return {
    tone: left <= SOON_MS ? 'warning' : 'neutral',
    label: `${running.what} due ${formatRelative(running.due, now, 'short')}`,
    title: `${running.what} due ${formatDateTime(running.due)}`,
  };
}
