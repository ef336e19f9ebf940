import {
  RETURN_MACHINE,
  refundClock,
  type Actor,
  type DeclineContext,
  type ReturnEvent,
  type ReturnStatus,
} from '@rebound/domain';
import type { JsonObject } from '../../common/json';
import type { ReturnChanges } from '../returns/return-transition';
import type { ReturnReportRow } from './report-row';

/** How the timeline names the origin of imported steps. */
export const REPORT_SOURCE = 'amazonReport';

/** One transition an imported row takes: the machine's verdict and what it writes. */
export interface ReportStep {
  event: ReturnEvent;
  from: ReturnStatus;
  to: ReturnStatus;
  changes: ReturnChanges;
  details: JsonObject;
  occurredAt: Date;
}

/** The decline a report's "Rejected" status carries: OTHER with a note saying where it came from. */
export function reportDecline(row: ReturnReportRow): DeclineContext {
  return {
    declineReason: 'OTHER',
    note: `Rejected on Amazon (report status "${row.reportStatus}")`,
  };
}

/** The machine refused a step for this actor (its role, a guard): the row is refused. */
export class StepRefused extends Error {
  override readonly name = 'StepRefused';
}

/** Fires one event through the return machine (roles and guards), or throws StepRefused. */
export function fireReportEvent(
  status: ReturnStatus,
  event: ReturnEvent,
  actor: Actor,
  row: ReturnReportRow,
): ReturnStatus {
  const fired =
    event === 'reject'
      ? RETURN_MACHINE.fire(status, 'reject', actor, reportDecline(row))
      : event === 'authorize' ||
          event === 'issueLabel' ||
          event === 'receive' ||
          event === 'cancel' ||
          event === 'scan'
        ? RETURN_MACHINE.fire(status, event, actor)
        : null;
  if (fired === null) throw new StepRefused(`an import never fires ${event}`);
  if (!fired.ok) {
    throw new StepRefused(
      fired.error.code === 'FORBIDDEN'
        ? `moving the return to ${event === 'receive' ? 'RECEIVED' : event} needs another role: ${fired.error.message}`
        : fired.error.message,
    );
  }
  return fired.value.to;
}

/** The columns and timeline entry of one imported event, dated by the report. */
function stepEffects(
  event: ReturnEvent,
  row: ReturnReportRow,
): Pick<ReportStep, 'changes' | 'details' | 'occurredAt'> {
  const source = { source: REPORT_SOURCE, report: row.kind, reportStatus: row.reportStatus };
  const at = row.requestedAt;
  switch (event) {
    case 'authorize':
      return {
        changes: { authorizedAt: at, firstResponseAt: at },
        details: source,
        occurredAt: at,
      };
    case 'issueLabel':
      return {
        changes: {},
        details: { ...source, carrier: row.carrier, trackingId: row.trackingId },
        occurredAt: at,
      };
    case 'receive': {
      const receivedAt = row.receivedAt ?? at;
      const clock = refundClock(receivedAt);
      const refundDueAt = clock.ok ? clock.value.dueAt : null;
      return {
        changes: { receivedAt, refundDueAt },
        details: {
          ...source,
          receivedAt: receivedAt.toISOString(),
          refundDueAt: refundDueAt?.toISOString() ?? null,
        },
        occurredAt: receivedAt,
      };
    }
    case 'reject': {
      const decline = reportDecline(row);
      return {
        changes: { declineReason: decline.declineReason, firstResponseAt: at, completedAt: at },
        details: { ...source, declineReason: decline.declineReason, note: decline.note },
        occurredAt: at,
      };
    }
    case 'cancel':
      return {
        changes: { firstResponseAt: at, completedAt: at },
        details: { ...source, reason: 'Cancelled on Amazon' },
        occurredAt: at,
      };
    default:
      return { changes: {}, details: source, occurredAt: at };
  }
}

/**
 * Walks `events` from `from` through the return machine with the importing user's actor, and
 * says what each step writes. Throws StepRefused when the machine refuses one.
 */
export function planSteps(
  from: ReturnStatus,
  events: readonly ReturnEvent[],
  actor: Actor,
  row: ReturnReportRow,
): ReportStep[] {
  const steps: ReportStep[] = [];
  let status = from;
  for (const event of events) {
    const to = fireReportEvent(status, event, actor, row);
    steps.push({ event, from: status, to, ...stepEffects(event, row) });
    status = to;
  }
  return steps;
}
