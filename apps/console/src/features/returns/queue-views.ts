import type { Role } from '../../lib/graphql/generated/graphql';
import { EMPTY_RETURNS_LIST, type ReturnsListParams } from './urls';

/** A saved slice of the queue, one click away; each is just a set of filters. */
export interface QueueView {
  readonly id: string;
  readonly label: string;
  readonly params: ReturnsListParams;
  /** Roles whose daily work this view is; it is listed first for them. */
  readonly roles: readonly Role[];
}

const view = (
  id: string,
  label: string,
  roles: readonly Role[],
  change: Partial<ReturnsListParams>,
): QueueView => ({ id, label, roles, params: { ...EMPTY_RETURNS_LIST, ...change } });

export const QUEUE_VIEWS: readonly QueueView[] = [
  view('decide', 'Needs a decision', ['SUPPORT'], {
    status: ['REQUESTED'],
    sort: 'FIRST_RESPONSE_DUE_ASC',
  }),
  view('overdue', 'SLA overdue', ['SUPPORT', 'WAREHOUSE', 'FINANCE'], { sla: 'overdue' }),
  view('inbound', 'On the way back', ['WAREHOUSE'], { status: ['LABEL_ISSUED', 'IN_TRANSIT'] }),
  view('inspect', 'To inspect', ['WAREHOUSE'], { status: ['RECEIVED'] }),
  view('resolve', 'To resolve or refund', ['SUPPORT', 'FINANCE'], { status: ['INSPECTED'] }),
];

/** The views, the viewer's own work first; order otherwise kept. */
export function queueViewsFor(roles: readonly Role[]): QueueView[] {
  const mine = (candidate: QueueView) => candidate.roles.some((role) => roles.includes(role));
  return [...QUEUE_VIEWS.filter(mine), ...QUEUE_VIEWS.filter((candidate) => !mine(candidate))];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

/** The view these params are exactly (ignoring page and selection), if any. */
export function activeQueueView(params: ReturnsListParams): QueueView | null {
  return (
    QUEUE_VIEWS.find(
      ({ params: preset }) =>
        sameList(preset.status, params.status) &&
        sameList(preset.reason, params.reason) &&
        sameList(preset.fault, params.fault) &&
        preset.sla === params.sla &&
        preset.from === params.from &&
        preset.to === params.to &&
        preset.q === params.q &&
        preset.sort === params.sort,
    ) ?? null
  );
}
