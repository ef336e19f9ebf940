import { AppError } from '../../common/errors/app-error';
import type { TransactionContext } from '../../context';
import type { StockMovementKind } from './stock-movement.entity';
import {
  levelColumns,
  MOVEMENT_COLUMNS,
  type StockLevelRow,
  type StockMovementRow,
} from './stock.rows';

/** One change to the stock of a SKU at a location. */
export interface StockChange {
  skuId: string;
  locationId: string;
  kind: StockMovementKind;
  /** Units concerned, > 0. */
  units: number;
  /** Signed change to sellable units. */
  sellableDelta: number;
  /** Signed change to quarantined units. */
  quarantineDelta: number;
  reason: string;
  note?: string | null;
  /** Set when the movement comes from a return line: the database allows one per line. */
  returnLineId?: string | null;
  supplierId?: string | null;
}

/** The level after a movement. */
export interface StockLevelAfter {
  sellable: number;
  quarantine: number;
}

/**
 * Appends a movement to the ledger and applies it to the level in the same transaction: one
 * atomic UPDATE that refuses to take a level below zero (STOCK_BELOW_ZERO), so concurrent
 * movements can never oversell. A second movement for the same return line is a CONFLICT.
 */
export async function moveStock(
  tx: TransactionContext,
  change: StockChange,
): Promise<StockLevelAfter> {
  const { level } = await recordStockMovement(tx, change);
  return { sellable: level.sellable, quarantine: level.quarantine };
}

/** `moveStock`, answering with the movement as stored and the whole level after it. */
export async function recordStockMovement(
  tx: TransactionContext,
  change: StockChange,
): Promise<{ movement: StockMovementRow; level: StockLevelRow }> {
  if (!Number.isSafeInteger(change.units) || change.units <= 0) {
    throw new AppError('BAD_USER_INPUT', 'Units must be a whole number above zero', {
      units: change.units,
    });
  }
  // The movement first: a second one for the same return line fails here, before any level moves.
  const movements: StockMovementRow[] = await tx.manager.query(
    `INSERT INTO stock_movements
       (sku_id, location_id, kind, units, sellable_delta, quarantine_delta, reason, note, return_line_id, supplier_id, actor_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     RETURNING ${MOVEMENT_COLUMNS}`,
    [
      change.skuId,
      change.locationId,
      change.kind,
      change.units,
      change.sellableDelta,
      change.quarantineDelta,
      change.reason,
      change.note ?? null,
      change.returnLineId ?? null,
      change.supplierId ?? null,
      tx.user.id,
    ],
  );
  await tx.manager.query(
    `INSERT INTO stock_levels (sku_id, location_id, sellable, quarantine) VALUES ($1, $2, 0, 0)
     ON CONFLICT (sku_id, location_id) DO NOTHING`,
    [change.skuId, change.locationId],
  );
  // Wrapped in a SELECT: TypeORM answers a bare UPDATE on PostgreSQL with [rows, count], not rows.
  const levels: StockLevelRow[] = await tx.manager.query(
    `WITH updated AS (
       UPDATE stock_levels SET sellable = sellable + $3, quarantine = quarantine + $4, updated_at = now()
       WHERE sku_id = $1 AND location_id = $2 AND sellable + $3 >= 0 AND quarantine + $4 >= 0
       RETURNING ${levelColumns()})
     SELECT * FROM updated`,
    [change.skuId, change.locationId, change.sellableDelta, change.quarantineDelta],
  );
  const movement = movements[0];
  const level = levels[0];
  if (level === undefined) {
    throw new AppError('STOCK_BELOW_ZERO', 'Not enough stock: this would take a level below zero', {
      skuId: change.skuId,
      locationId: change.locationId,
    });
  }
  if (movement === undefined) throw new Error('INSERT … RETURNING gave no movement');
  return { movement, level };
}
