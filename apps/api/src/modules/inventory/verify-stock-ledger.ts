import type { Queryable } from '../catalog/siblings';

/** A stock level that differs from the sum of its movements. */
export interface LedgerMismatch {
  skuId: string;
  locationId: string;
  levelSellable: number;
  levelQuarantine: number;
  ledgerSellable: number;
  ledgerQuarantine: number;
}

/**
 * The ledger invariant, checked in SQL: every (SKU, location) whose stock level is not the sum of
 * its movements, including levels without movements and movements without a level. Empty = sound.
 */
export function verifyStockLedger(manager: Queryable): Promise<LedgerMismatch[]> {
  return manager.query(`
    WITH ledger AS (
      SELECT sku_id, location_id, sum(sellable_delta) AS sellable, sum(quarantine_delta) AS quarantine
      FROM stock_movements GROUP BY sku_id, location_id
    )
    SELECT coalesce(sl.sku_id, ledger.sku_id) AS "skuId",
           coalesce(sl.location_id, ledger.location_id) AS "locationId",
           coalesce(sl.sellable, 0)::bigint AS "levelSellable",
           coalesce(sl.quarantine, 0)::bigint AS "levelQuarantine",
           coalesce(ledger.sellable, 0)::bigint AS "ledgerSellable",
           coalesce(ledger.quarantine, 0)::bigint AS "ledgerQuarantine"
    FROM stock_levels sl
    FULL JOIN ledger ON ledger.sku_id = sl.sku_id AND ledger.location_id = sl.location_id
    WHERE coalesce(sl.sellable, 0) <> coalesce(ledger.sellable, 0)
       OR coalesce(sl.quarantine, 0) <> coalesce(ledger.quarantine, 0)
    ORDER BY 1, 2`);
}
