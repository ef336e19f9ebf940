import { RefundStatus } from '../../lib/graphql/generated/graphql';
import type { KeysetPosition } from '../../lib/ui/keyset-pages';
import { withQuery } from '../../lib/url';

export const refundsSection = '/refunds';
export const refundsPath = refundsSection;
export const refundDetailPath = `${refundsSection}/:refundId`;

/** The tabs of the refunds section: finance's three piles of work. */
export const REFUND_VIEWS = ['approval', 'ready', 'all'] as const;
export type RefundsView = (typeof REFUND_VIEWS)[number];
export const DEFAULT_REFUNDS_VIEW: RefundsView = 'approval';

export interface RefundsListParams {
  readonly view: RefundsView;
  /** Only on the "all" tab: refunds in these statuses. */
  readonly status: readonly RefundStatus[];
  readonly after: string | null;
  readonly trail: readonly string[];
}

export const EMPTY_REFUNDS_LIST: RefundsListParams = {
  view: DEFAULT_REFUNDS_VIEW,
  status: [],
  after: null,
  trail: [],
};

/** Dialogs of the refund page, open ones kept in the URL. */
export const REFUND_ACTIONS = [
  'submit',
  'approve',
  'adjust',
  'recalculate',
  'reject',
  'issue',
  'retry',
] as const;
export type RefundActionName = (typeof REFUND_ACTIONS)[number];

const STATUSES = Object.values(RefundStatus);

export function refundsUrl(params: Partial<RefundsListParams> = {}): string {
  const view = params.view ?? DEFAULT_REFUNDS_VIEW;
  return withQuery(refundsPath, {
    view: view === DEFAULT_REFUNDS_VIEW ? null : view,
    status: view === 'all' ? params.status : null,
    after: params.after,
    trail: params.after === null || params.after === undefined ? null : params.trail,
  });
}

export function readRefundsListParams(search: URLSearchParams): RefundsListParams {
  const rawView = search.get('view');
  const view = REFUND_VIEWS.find((candidate) => candidate === rawView) ?? DEFAULT_REFUNDS_VIEW;
  const after = search.get('after');
  return {
    view,
    status:
      view === 'all'
        ? [...new Set(search.getAll('status'))].filter((value): value is RefundStatus =>
            (STATUSES as string[]).includes(value),
          )
        : [],
    after,
    trail: after === null ? [] : search.getAll('trail'),
  };
}

export function withRefundsPosition(
  params: RefundsListParams,
  position: KeysetPosition,
): RefundsListParams {
  return { ...params, after: position.after, trail: position.trail };
}

export function refundUrl(
  refundId: string,
  params: { readonly action?: RefundActionName | null } = {},
): string {
  return withQuery(`${refundsSection}/${encodeURIComponent(refundId)}`, { action: params.action });
}

export function readRefundAction(search: URLSearchParams): RefundActionName | null {
  const raw = search.get('action');
  return REFUND_ACTIONS.find((action) => action === raw) ?? null;
}
