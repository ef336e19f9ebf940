import type { Json } from '../../common/json';
import { encodeCursor, pageSize, toPage } from '../../common/pagination';
import type { RequestContext } from '../../context';
import { suppliersById } from '../suppliers/supplier-queries.service';
import type { SupplierType } from '../suppliers/supplier.type';
import { containsPattern, optionalId, requireId, requireSearch } from './argument-checks';
import { cursorKeys, cursorScope, type CursorKeyKind } from './cursor-scope';
import { withSiblings, type Queryable, type SiblingLoader } from './siblings';
import type { SkuFilter, SkuOrder } from './sku-list.args';
import type { SkuConnection, SkuRow, SkuType } from './sku.type';

const SKU_COLUMNS = `
  k.id, k.code, k.asin, k.name, k.category, k.supplier_id AS "supplierId", k.currency,
  k.unit_cost_minor AS "unitCostMinor", k.price_minor AS "priceMinor", k.created_at AS "createdAt"`;

type SkuKeys = Pick<SkuRow, 'id' | 'code' | 'name'>;

/** Each order: its sort columns (the last one unique), their cursor key kinds and direction. */
const ORDERS: Record<
  SkuOrder,
  { columns: string[]; kinds: CursorKeyKind[]; descending: boolean; keys: (row: SkuKeys) => Json[] }
> = {
  CODE_ASC: { columns: ['k.code'], kinds: ['text'], descending: false, keys: (row) => [row.code] },
  CODE_DESC: { columns: ['k.code'], kinds: ['text'], descending: true, keys: (row) => [row.code] },
  NAME_ASC: {
    columns: ['k.name', 'k.id'],
    kinds: ['text', 'id'],
    descending: false,
    keys: (row) => [row.name, row.id],
  },
};

type Order = (typeof ORDERS)[SkuOrder];

function orderByClause(order: Order): string {
  return order.columns.map((column) => `${column} ${order.descending ? 'DESC' : 'ASC'}`).join(', ');
}

/** Rows strictly after the cursor's keys (`placeholders` of the keys, ids cast to uuid). */
function keysetCondition(order: Order, placeholders: string[]): string {
  const values = placeholders.map((placeholder, index) =>
    order.kinds[index] === 'id' ? `${placeholder}::uuid` : placeholder,
  );
  return `(${order.columns.join(', ')}) ${order.descending ? '<' : '>'} (${values.join(', ')})`;
}

export interface SkuListArgs {
  first?: number | null;
  after?: string | null;
  filter?: SkuFilter | null;
  orderBy?: SkuOrder | null;
}

/** A SKU row as the GraphQL type, its prices as Money. */
function toSkuTypes(db: Queryable, rows: readonly SkuRow[]): SkuType[] {
  return withSiblings(db, rows).map((row) => ({
    ...row,
    unitCost: { amount: row.unitCostMinor, currency: row.currency },
    price: { amount: row.priceMinor, currency: row.currency },
  }));
}

/** A page of SKUs in the requested order, filtered by supplier, category and search text. */
export async function listSkus(ctx: RequestContext, args: SkuListArgs): Promise<SkuConnection> {
  const size = pageSize(args.first);
  const orderBy = args.orderBy ?? 'CODE_ASC';
  const order = ORDERS[orderBy];
  const filter = {
    supplierId: optionalId('filter.supplierId', args.filter?.supplierId),
    category: args.filter?.category?.trim().toLowerCase() || null,
    search: requireSearch('filter.search', args.filter?.search),
  };
  const scope = cursorScope('skus', orderBy, filter);
  const params: unknown[] = [];
  const next = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (filter.supplierId !== null) where.push(`k.supplier_id = ${next(filter.supplierId)}`);
  if (filter.category !== null) where.push(`lower(k.category) = ${next(filter.category)}`);
  if (filter.search !== null) {
    const pattern = next(containsPattern(filter.search));
    where.push(`(k.code ILIKE ${pattern} OR k.name ILIKE ${pattern} OR k.asin ILIKE ${pattern})`);
  }
  if (args.after !== null && args.after !== undefined) {
    where.push(keysetCondition(order, cursorKeys(scope, args.after, order.kinds).map(next)));
  }
  const rows: SkuRow[] = await ctx.dataSource.query(
    `SELECT ${SKU_COLUMNS} FROM skus k ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${orderByClause(order)} LIMIT ${next(size + 1)}`,
    params,
  );
  return toPage(toSkuTypes(ctx.dataSource, rows), size, (row) =>
    encodeCursor(scope, order.keys(row)),
  );
}

/** SKUs by id, each with the siblings of this lookup. */
export async function skusById(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, SkuType>> {
  const rows: SkuRow[] = await db.query(
    `SELECT ${SKU_COLUMNS} FROM skus k WHERE k.id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(toSkuTypes(db, rows).map((sku) => [sku.id, sku]));
}

/** One SKU, or null when there is none with this id. */
export async function findSku(ctx: RequestContext, id: string): Promise<SkuType | null> {
  const found = await skusById(ctx.dataSource, [requireId('id', id)]);
  return found.get(id) ?? null;
}

/** Loads the suppliers of every SKU of an answer in one query. */
export const suppliersOfSiblings: SiblingLoader<SkuRow, SupplierType> = (db, rows) =>
  suppliersById(
    db,
    rows.map((row) => row.supplierId),
  );
