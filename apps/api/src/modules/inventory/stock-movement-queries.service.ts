import { AppError } from '../../common/errors/app-error';
import { encodeCursor, pageSize, toPage } from '../../common/pagination';
import type { RequestContext } from '../../context';
import { optionalId } from '../catalog/argument-checks';
import { cursorKeys, cursorScope } from '../catalog/cursor-scope';
import { withSiblings, type SiblingLoader } from '../catalog/siblings';
import { skusById } from '../catalog/sku-queries.service';
import type { SkuType } from '../catalog/sku.type';
import { locationsById } from '../suppliers/location.rows';
import type { LocationType } from '../suppliers/location.type';
import type { StockMovementFilter } from './stock-movement.filter';
import type { StockMovementConnection } from './stock-movement.type';
import { MOVEMENT_COLUMNS, type StockMovementRow } from './stock.rows';

export interface StockMovementListArgs {
  first?: number | null;
  after?: string | null;
  filter?: StockMovementFilter | null;
}

/**
 * The stock ledger, newest first (keyset on created_at, id). The cursor holds only the last
 * movement's id: its exact timestamp (microseconds) is read back in the same query.
 */
export async function listStockMovements(
  ctx: RequestContext,
  args: StockMovementListArgs,
): Promise<StockMovementConnection> {
  const size = pageSize(args.first);
  const filter = {
    skuId: optionalId('filter.skuId', args.filter?.skuId),
    locationId: optionalId('filter.locationId', args.filter?.locationId),
    kind: args.filter?.kind ?? null,
    from: args.filter?.from?.toISOString() ?? null,
    to: args.filter?.to?.toISOString() ?? null,
  };
  if (filter.from !== null && filter.to !== null && filter.from >= filter.to) {
    throw new AppError('BAD_USER_INPUT', 'filter.to must be after filter.from', {
      fields: [{ path: 'filter.to', problems: ['must be after filter.from'] }],
    });
  }
  const scope = cursorScope('stockMovements', 'CREATED_AT_DESC', filter);
  const params: unknown[] = [];
  const next = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (filter.skuId !== null) where.push(`m.sku_id = ${next(filter.skuId)}`);
  if (filter.locationId !== null) where.push(`m.location_id = ${next(filter.locationId)}`);
  if (filter.kind !== null) where.push(`m.kind = ${next(filter.kind)}`);
  if (filter.from !== null) where.push(`m.created_at >= ${next(filter.from)}::timestamptz`);
  if (filter.to !== null) where.push(`m.created_at < ${next(filter.to)}::timestamptz`);
  if (args.after !== null && args.after !== undefined) {
    const [id] = cursorKeys(scope, args.after, ['id']);
    where.push(
      `(m.created_at, m.id) < (SELECT c.created_at, c.id FROM stock_movements c WHERE c.id = ${next(id)}::uuid)`,
    );
  }
  const rows: StockMovementRow[] = await ctx.dataSource.query(
    `SELECT ${MOVEMENT_COLUMNS} FROM stock_movements m
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY m.created_at DESC, m.id DESC LIMIT ${next(size + 1)}`,
    params,
  );
  return toPage(withSiblings(ctx.dataSource, rows), size, (row) => encodeCursor(scope, [row.id]));
}

/** Loads the SKUs of every movement of an answer in one query. */
export const skusOfMovementSiblings: SiblingLoader<StockMovementRow, SkuType> = (db, rows) =>
  skusById(
    db,
    rows.map((row) => row.skuId),
  );

/** Loads the locations of every movement of an answer in one query. */
export const locationsOfMovementSiblings: SiblingLoader<StockMovementRow, LocationType> = (
  db,
  rows,
) =>
  locationsById(
    db,
    rows.map((row) => row.locationId),
  );
