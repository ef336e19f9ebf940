import { encodeCursor, pageSize, toPage } from '../../common/pagination';
import type { RequestContext } from '../../context';
import { containsPattern, requireId, requireSearch } from '../catalog/argument-checks';
import { cursorKeys, cursorScope } from '../catalog/cursor-scope';
import { withSiblings, type Queryable, type SiblingLoader } from '../catalog/siblings';
import { returnAddressesBySupplier } from './location.rows';
import type { LocationType } from './location.type';
import type { SupplierConnection, SupplierRow, SupplierType } from './supplier.type';

const SUPPLIER_COLUMNS = `
  s.id, s.code, s.name, s.contact_email AS "contactEmail", s.return_window_days AS "returnWindowDays",
  s.claim_terms_days AS "claimTermsDays", s.created_at AS "createdAt"`;

export interface SupplierListArgs {
  first?: number | null;
  after?: string | null;
  search?: string | null;
}

/** Suppliers by name (then id), optionally those whose name or code contains `search`. */
export async function listSuppliers(
  ctx: RequestContext,
  args: SupplierListArgs,
): Promise<SupplierConnection> {
  const size = pageSize(args.first);
  const search = requireSearch('search', args.search);
  const scope = cursorScope('suppliers', 'NAME_ASC', { search });
  const where: string[] = [];
  const params: unknown[] = [];
  if (search !== null) {
    params.push(containsPattern(search));
    where.push(`(s.name ILIKE $${params.length} OR s.code ILIKE $${params.length})`);
  }
  if (args.after !== null && args.after !== undefined) {
    const [name, id] = cursorKeys(scope, args.after, ['text', 'id']);
    params.push(name, id);
    where.push(`(s.name, s.id) > ($${params.length - 1}, $${params.length}::uuid)`);
  }
  params.push(size + 1);
  const rows: SupplierRow[] = await ctx.dataSource.query(
    `SELECT ${SUPPLIER_COLUMNS} FROM suppliers s
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY s.name, s.id LIMIT $${params.length}`,
    params,
  );
  return toPage(withSiblings(ctx.dataSource, rows), size, (row) =>
    encodeCursor(scope, [row.name, row.id]),
  );
}

/** Suppliers by id, each with the siblings of this lookup. */
export async function suppliersById(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, SupplierType>> {
  const rows: SupplierRow[] = await db.query(
    `SELECT ${SUPPLIER_COLUMNS} FROM suppliers s WHERE s.id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(withSiblings(db, rows).map((supplier) => [supplier.id, supplier]));
}

/** One supplier, or null when there is none with this id. */
export async function findSupplier(ctx: RequestContext, id: string): Promise<SupplierType | null> {
  const found = await suppliersById(ctx.dataSource, [requireId('id', id)]);
  return found.get(id) ?? null;
}

/** Loads the return addresses of every supplier of an answer in one query. */
export const returnAddressesOfSiblings: SiblingLoader<SupplierRow, LocationType> = (db, rows) =>
  returnAddressesBySupplier(
    db,
    rows.map((row) => row.id),
  );
