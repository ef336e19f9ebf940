import { pageSize, toPage } from '../../../common/pagination';
import { AppError } from '../../../common/errors/app-error';
import type { RequestContext } from '../../../context';
import { SqlParams } from '../../returns/list/sql-params';
import { loadRefundViews } from '../refund-view';
import type { RefundConnection, RefundOrder } from './refund-connection.type';
import { checkRefundFilter, type RefundListFilter } from './refund-filter.check';
import type { RefundFilter } from './refund-filter.input';
import { decodeRefundCursor, encodeRefundCursor, instantKeySql } from './refund-keyset';

export interface RefundListArgs {
  first: number | null | undefined;
  after: string | null | undefined;
  filter: RefundFilter | null | undefined;
  orderBy: RefundOrder;
}

function filterConditions(filter: RefundListFilter, params: SqlParams): string[] {
  const conditions: string[] = [];
  if (filter.statuses !== null) conditions.push(`r.status = ANY(${params.add(filter.statuses)})`);
  if (filter.returnId !== null) conditions.push(`r.return_id = ${params.add(filter.returnId)}`);
  if (filter.orderId !== null) conditions.push(`r.order_id = ${params.add(filter.orderId)}`);
  if (filter.createdFrom !== null)
    conditions.push(`r.created_at >= ${params.add(filter.createdFrom)}`);
  if (filter.createdTo !== null) conditions.push(`r.created_at <= ${params.add(filter.createdTo)}`);
  if (filter.method !== null) conditions.push(`r.method = ${params.add(filter.method)}`);
  if (filter.currency !== null) conditions.push(`r.currency = ${params.add(filter.currency)}`);
  return conditions;
}

/**
 * SUPPORT reads refunds to answer customers about one return or order; the finance-wide list
 * is for FINANCE and ADMIN.
 */
function requireScopeForSupport(ctx: RequestContext, filter: RefundListFilter): void {
  const roles = ctx.user?.roles ?? [];
  if (roles.includes('FINANCE') || roles.includes('ADMIN')) return;
  if (filter.returnId !== null || filter.orderId !== null) return;
  throw new AppError(
    'FORBIDDEN',
    'SUPPORT may list the refunds of one return or order: give filter.returnId or filter.orderId',
    { requiredRoles: ['FINANCE', 'ADMIN'] },
  );
}

/**
 * One page of refunds, newest first, with keyset cursors on (created_at, id). Arguments are
 * checked before any SQL; the page costs one statement plus the three of `loadRefundViews`.
 */
export async function listRefunds(
  ctx: RequestContext,
  args: RefundListArgs,
): Promise<RefundConnection> {
  const size = pageSize(args.first);
  const after =
    args.after === null || args.after === undefined
      ? null
      : decodeRefundCursor(args.orderBy, args.after);
  const filter = checkRefundFilter(args.filter);
  requireScopeForSupport(ctx, filter);
  const params = new SqlParams();
  const conditions = filterConditions(filter, params);
  if (after !== null) {
    conditions.push(
      `(r.created_at, r.id) < (${params.add(after.key)}::timestamptz, ${params.add(after.id)}::uuid)`,
    );
  }
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  const rows = await ctx.dataSource.manager.query<{ id: string; sort_key: string }[]>(
    `SELECT r.id, ${instantKeySql('r.created_at')} AS sort_key FROM refunds r ${where}
     ORDER BY r.created_at DESC, r.id DESC LIMIT ${params.add(size + 1)}`,
    params.values,
  );
  const page = toPage(rows, size, (row) =>
    encodeRefundCursor(args.orderBy, { key: row.sort_key, id: row.id }),
  );
  const views = await loadRefundViews(
    ctx.dataSource.manager,
    page.nodes.map((row) => row.id),
  );
  const byId = new Map(views.map((view) => [view.id, view]));
  const edges = page.edges.flatMap((edge) => {
    const node = byId.get(edge.node.id);
    return node === undefined ? [] : [{ node, cursor: edge.cursor }];
  });
  return { edges, nodes: edges.map((edge) => edge.node), pageInfo: page.pageInfo };
}
