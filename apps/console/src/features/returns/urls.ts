import {
  Fault,
  ReasonCode,
  ReturnOrder,
  ReturnStatus,
  type ReturnFilter,
} from '../../lib/graphql/generated/graphql';
import type { SortDirection } from '../../lib/ui/DataTable';
import type { KeysetPosition } from '../../lib/ui/keyset-pages';
import { withQuery, type UrlParams } from '../../lib/url';

export const returnsSection = '/returns';
export const returnsListPath = returnsSection;
export const returnDetailPath = `${returnsSection}/:returnId`;

/** SLA filter as the queue offers it: clocks overdue now, or none overdue. */
export type SlaFilter = 'overdue' | 'on-time';

/** Everything that shapes the returns queue; each is a URL param so a link reproduces the view. */
export interface ReturnsListParams {
  readonly status: readonly ReturnStatus[];
  readonly reason: readonly ReasonCode[];
  readonly fault: readonly Fault[];
  /** Returns with a line of one of these SKUs (ids), e.g. from the dashboard's top SKUs. */
  readonly sku: readonly string[];
  readonly sla: SlaFilter | null;
  /** Requested on or after this day (YYYY-MM-DD, UTC). */
  readonly from: string | null;
  /** Requested on or before this day (YYYY-MM-DD, UTC), inclusive. */
  readonly to: string | null;
  /** RMA number, order id (or its beginning) or customer email. */
  readonly q: string | null;
  readonly sort: ReturnOrder;
  readonly after: string | null;
  readonly trail: readonly string[];
  /** The return last opened from this view, highlighted in the list. */
  readonly selected: string | null;
}

export const DEFAULT_RETURN_ORDER: ReturnOrder = 'REQUESTED_AT_DESC';

export const EMPTY_RETURNS_LIST: ReturnsListParams = {
  status: [],
  reason: [],
  fault: [],
  sku: [],
  sla: null,
  from: null,
  to: null,
  q: null,
  sort: DEFAULT_RETURN_ORDER,
  after: null,
  trail: [],
  selected: null,
};

/** Dialogs of the return page; open ones are in the URL (`?action=inspect&line=…`). */
export const RETURN_ACTIONS = [
  'authorize',
  'reject',
  'cancel',
  'issue-label',
  'receive',
  'inspect',
  'complete-inspection',
  'resolve',
  'create-refund',
] as const;
export type ReturnActionName = (typeof RETURN_ACTIONS)[number];

export interface ReturnDetailParams {
  readonly action: ReturnActionName | null;
  /** The return line a line action (inspect) is about. */
  readonly line: string | null;
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isIsoDay(value: string): boolean {
  if (!DATE_SHAPE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

function allOf<T extends string>(values: readonly T[], raw: readonly string[]): T[] {
  const known = raw.filter((value): value is T => (values as readonly string[]).includes(value));
  return [...new Set(known)];
}

const STATUSES = Object.values(ReturnStatus);
const REASONS = Object.values(ReasonCode);
const FAULTS = Object.values(Fault);
const ORDERS = Object.values(ReturnOrder);

function listParamsToUrl(params: Partial<ReturnsListParams>): UrlParams {
  return {
    status: params.status,
    reason: params.reason,
    fault: params.fault,
    sku: params.sku,
    sla: params.sla,
    from: params.from,
    to: params.to,
    q: params.q,
    // The default order is left out, so the plain queue has the plain URL.
    sort: params.sort === DEFAULT_RETURN_ORDER ? null : params.sort,
    after: params.after,
    trail: params.trail,
    selected: params.selected,
  };
}

/** The queue with these filters; unknown values never reach the URL because the types forbid them. */
export function returnsListUrl(params: Partial<ReturnsListParams> = {}): string {
  return withQuery(returnsListPath, listParamsToUrl(params));
}

/**
 * Reads the queue's params from a URL, dropping anything unknown or malformed (a hand-edited
 * link shows the nearest valid view rather than an error).
 */
export function readReturnsListParams(search: URLSearchParams): ReturnsListParams {
  const day = (key: string) => {
    const value = search.get(key);
    return value !== null && isIsoDay(value) ? value : null;
  };
  const q = search.get('q')?.trim() ?? '';
  return {
    status: allOf(STATUSES, search.getAll('status')),
    reason: allOf(REASONS, search.getAll('reason')),
    fault: allOf(FAULTS, search.getAll('fault')),
    sku: [...new Set(search.getAll('sku').filter((id) => UUID_SHAPE.test(id)))],
    sla: oneOf<SlaFilter>(['overdue', 'on-time'], search.get('sla')),
    from: day('from'),
    to: day('to'),
    q: q === '' ? null : q.slice(0, 200),
    sort: oneOf(ORDERS, search.get('sort')) ?? DEFAULT_RETURN_ORDER,
    after: search.get('after'),
    // A trail without a current cursor means nothing.
    trail: search.get('after') === null ? [] : search.getAll('trail'),
    selected: search.get('selected'),
  };
}

/** A change of filter or sort starts again from the first page. */
export function withListChange(
  params: ReturnsListParams,
  change: Partial<Omit<ReturnsListParams, 'after' | 'trail'>>,
): ReturnsListParams {
  return { ...params, ...change, after: null, trail: [], selected: null };
}

export function withPosition(
  params: ReturnsListParams,
  position: KeysetPosition,
): ReturnsListParams {
  return { ...params, after: position.after, trail: position.trail };
}

export function positionOf(params: ReturnsListParams): KeysetPosition {
  return { after: params.after, trail: params.trail };
}

/** Whether any filter (not sort or page) narrows the queue. */
export function isFiltered(params: ReturnsListParams): boolean {
  return (
    params.status.length > 0 ||
    params.reason.length > 0 ||
    params.fault.length > 0 ||
    params.sku.length > 0 ||
    params.sla !== null ||
    params.from !== null ||
    params.to !== null ||
    params.q !== null
  );
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/** The API filter for these params: days become [from 00:00, day after `to` 00:00) in UTC. */
export function toReturnFilter(params: ReturnsListParams): ReturnFilter {
  return {
    ...(params.status.length > 0 ? { status: [...params.status] } : {}),
    ...(params.reason.length > 0 ? { reasonCode: [...params.reason] } : {}),
    ...(params.fault.length > 0 ? { fault: [...params.fault] } : {}),
    ...(params.sku.length > 0 ? { skuId: [...params.sku] } : {}),
    ...(params.sla === null ? {} : { slaOverdue: params.sla === 'overdue' }),
    ...(params.from === null ? {} : { requestedFrom: `${params.from}T00:00:00.000Z` }),
    ...(params.to === null ? {} : { requestedTo: nextDay(params.to) }),
    ...(params.q === null ? {} : { search: params.q }),
  };
}

/** Columns the queue sorts by, and the API orders each offers. */
export type ReturnSortKey = 'rma' | 'requested' | 'due' | 'updated';

const SORTS: Readonly<Record<ReturnSortKey, Partial<Record<SortDirection, ReturnOrder>>>> = {
  rma: { asc: 'RMA_NUMBER_ASC' },
  requested: { asc: 'REQUESTED_AT_ASC', desc: 'REQUESTED_AT_DESC' },
  due: { asc: 'FIRST_RESPONSE_DUE_ASC' },
  updated: { desc: 'UPDATED_AT_DESC' },
};

/** The API order for a column and direction; a direction the API lacks falls back to the other. */
export function returnOrderFor(key: ReturnSortKey, direction: SortDirection): ReturnOrder {
  const orders = SORTS[key];
  const order = orders[direction] ?? orders.asc ?? orders.desc;
  if (order === undefined) throw new Error(`no order for ${key}`);
  return order;
}

/** The column and direction an API order shows as. */
export function sortOf(order: ReturnOrder): { key: ReturnSortKey; direction: SortDirection } {
  for (const [key, orders] of Object.entries(SORTS) as [ReturnSortKey, typeof SORTS.rma][]) {
    if (orders.asc === order) return { key, direction: 'asc' };
    if (orders.desc === order) return { key, direction: 'desc' };
  }
  return { key: 'requested', direction: 'desc' };
}

/**
 * A return's page. `list` is the queue it was opened from, carried along so that "Back to
 * returns" restores the same view with this return highlighted.
 */
export function returnUrl(
  returnId: string,
  params: Partial<ReturnDetailParams> & { readonly list?: ReturnsListParams | null } = {},
): string {
  const { list, action, line } = params;
  return withQuery(`${returnsSection}/${encodeURIComponent(returnId)}`, {
    ...(list === null || list === undefined ? {} : listParamsToUrl({ ...list, selected: null })),
    action,
    line: action === 'inspect' ? line : null,
  });
}

export function readReturnDetailParams(search: URLSearchParams): ReturnDetailParams {
  const action = oneOf(RETURN_ACTIONS, search.get('action'));
  return { action, line: action === 'inspect' ? search.get('line') : null };
}

/** The queue a return page was opened from (its own query string), with the return selected. */
export function backToListUrl(returnId: string, search: URLSearchParams): string {
  return returnsListUrl({ ...readReturnsListParams(search), selected: returnId });
}

/** The printable label PDF, served by the API (same origin through the proxy). */
export function labelPdfUrl(labelId: string): string {
  return `/labels/${encodeURIComponent(labelId)}.pdf`;
}
