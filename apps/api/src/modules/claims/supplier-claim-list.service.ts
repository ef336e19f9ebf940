import { AppError } from '../../common/errors/app-error';
import { encodeCursor, pageSize, toPage } from '../../common/pagination';
import type { RequestContext } from '../../context';
import { optionalId } from '../catalog/argument-checks';
import { cursorKeys, cursorScope } from '../catalog/cursor-scope';
import type { SupplierClaimFilter } from './supplier-claim-list.args';
import type { SupplierClaimOrder } from './supplier-claim.enums';
import {
  CLAIM_FROM,
  claimColumns,
  overdueSql,
  toClaimView,
  type SupplierClaimRow,
} from './supplier-claim.rows';
import type { SupplierClaimConnection } from './supplier-claim.type';

export interface SupplierClaimListArgs {
  first?: number | null;
  after?: string | null;
  filter?: SupplierClaimFilter | null;
  orderBy?: SupplierClaimOrder | null;
}

/** The keyset of each order: a column of `supplier_claims` that never changes, then the id. */
const KEYSETS: Readonly<Record<SupplierClaimOrder, { column: string; descending: boolean }>> = {
  OPENED_AT_ASC: { column: 'opened_at', descending: false },
  OPENED_AT_DESC: { column: 'opened_at', descending: true },
  AMOUNT_DESC: { column: 'amount_minor', descending: true },
};

function checkedFilter(filter: SupplierClaimFilter | null | undefined) {
  const checked = {
    supplierId: optionalId('filter.supplierId', filter?.supplierId),
    status:
      filter?.status === null || filter?.status === undefined || filter.status.length === 0
        ? null
        : [...new Set(filter.status)].sort(),
    overdue: filter?.overdue ?? null,
    openedFrom: filter?.openedFrom?.toISOString() ?? null,
    openedTo: filter?.openedTo?.toISOString() ?? null,
  };
  if (
    checked.openedFrom !== null &&
    checked.openedTo !== null &&
    checked.openedFrom >= checked.openedTo
  ) {
    throw new AppError('BAD_USER_INPUT', 'filter.openedTo must be after filter.openedFrom', {
      fields: [{ path: 'filter.openedTo', problems: ['must be after filter.openedFrom'] }],
    });
  }
  return checked;
}

/**
 * Supplier claims a page at a time, by keyset on (sort column, id). The cursor holds only the
 * last claim's id: its sort key is read back in the same query, so no instant is rounded away.
 * Ages and `overdue` are measured at one instant of the server clock per page.
 */
export async function listSupplierClaims(
  ctx: RequestContext,
  args: SupplierClaimListArgs,
): Promise<SupplierClaimConnection> {
  const size = pageSize(args.first);
  const order = args.orderBy ?? 'OPENED_AT_ASC';
  const filter = checkedFilter(args.filter);
  const scope = cursorScope('supplierClaims', order, filter);
  const params: unknown[] = [];
  const next = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const now = `${next(new Date().toISOString())}::timestamptz`;
  const where: string[] = [];
  if (filter.supplierId !== null) where.push(`c.supplier_id = ${next(filter.supplierId)}::uuid`);
  if (filter.status !== null) where.push(`c.status = ANY(${next(filter.status)}::text[])`);
  if (filter.overdue !== null) where.push(`${filter.overdue ? '' : 'NOT '}${overdueSql(now)}`);
  if (filter.openedFrom !== null)
    where.push(`c.opened_at >= ${next(filter.openedFrom)}::timestamptz`);
  if (filter.openedTo !== null) where.push(`c.opened_at < ${next(filter.openedTo)}::timestamptz`);
  const { column, descending } = KEYSETS[order];
  if (args.after !== null && args.after !== undefined) {
    const [id] = cursorKeys(scope, args.after, ['id']);
    where.push(
      `(c.${column}, c.id) ${descending ? '<' : '>'} (SELECT k.${column}, k.id FROM supplier_claims k WHERE k.id = ${next(id)}::uuid)`,
    );
  }
  const direction = descending ? 'DESC' : 'ASC';
  const rows: SupplierClaimRow[] = await ctx.dataSource.query(
    `SELECT ${claimColumns(now)} FROM ${CLAIM_FROM}
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY c.${column} ${direction}, c.id ${direction} LIMIT ${next(size + 1)}`,
    params,
  );
  return toPage(rows.map(toClaimView), size, (claim) => encodeCursor(scope, [claim.id]));
}
