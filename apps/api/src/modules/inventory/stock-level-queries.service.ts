import type { RequestContext } from '../../context';
import { optionalId } from '../catalog/argument-checks';
import { withSiblings, type Queryable, type SiblingLoader } from '../catalog/siblings';
import { skusById } from '../catalog/sku-queries.service';
import type { SkuRow, SkuType } from '../catalog/sku.type';
import { LOCATION_JSON } from '../suppliers/location.rows';
import type { LocationType } from '../suppliers/location.type';
import type { StockLevelType } from './stock-level.type';
import { levelColumns, type StockLevelRow } from './stock.rows';

type LevelWithLocation = StockLevelRow & { location: LocationType };

/** Levels with their location embedded; `where` uses `sl` (levels), `l` (locations), `k` (SKUs). */
async function selectLevels(
  db: Queryable,
  where: string,
  params: unknown[],
): Promise<StockLevelType[]> {
  const rows: LevelWithLocation[] = await db.query(
    `SELECT ${levelColumns('sl')}, ${LOCATION_JSON} AS location
     FROM stock_levels sl
     JOIN locations l ON l.id = sl.location_id
     JOIN skus k ON k.id = sl.sku_id
     WHERE ${where}
     ORDER BY k.code, l.kind = 'RETURNS_CENTRE' DESC, l.code`,
    params,
  );
  return withSiblings(db, rows);
}

/** Stock levels, by SKU code then location, optionally of one SKU and/or one location. */
export function listStockLevels(
  ctx: RequestContext,
  args: { skuId?: string | null; locationId?: string | null },
): Promise<StockLevelType[]> {
  const skuId = optionalId('skuId', args.skuId);
  const locationId = optionalId('locationId', args.locationId);
  return selectLevels(
    ctx.dataSource,
    '($1::uuid IS NULL OR sl.sku_id = $1) AND ($2::uuid IS NULL OR sl.location_id = $2)',
    [skuId, locationId],
  );
}

/** Loads the stock levels of every SKU of an answer in one query. */
export const stockLevelsOfSiblings: SiblingLoader<SkuRow, StockLevelType[]> = async (db, rows) => {
  const levels = await selectLevels(db, 'sl.sku_id = ANY($1::uuid[])', [
    [...new Set(rows.map((row) => row.id))],
  ]);
  const bySku = new Map<string, StockLevelType[]>();
  for (const level of levels) bySku.set(level.skuId, [...(bySku.get(level.skuId) ?? []), level]);
  return bySku;
};

/** Loads the SKUs of every level of an answer in one query. */
export const skusOfLevelSiblings: SiblingLoader<StockLevelRow, SkuType> = (db, rows) =>
  skusById(
    db,
    rows.map((row) => row.skuId),
  );
