import type { EntityManager } from 'typeorm';
import { demoId } from './demo-ids';

/** Opening units of the n-th demo SKU at the returns centre: varied, deterministic, never zero. */
export function openingBalance(index: number): { sellable: number; quarantine: number } {
  return { sellable: 6 + ((index * 7) % 19), quarantine: index % 4 === 0 ? 2 : 0 };
}

/**
 * Gives every demo SKU an opening balance at the returns centre through the ledger: one
 * ADJUSTMENT movement (reason OPENING_BALANCE) with a stable id, and its level raised by exactly
 * the movements inserted now, so levels always equal the ledger and a second run changes nothing.
 * Returns the number of movements inserted.
 */
export async function seedOpeningStock(
  manager: EntityManager,
  skus: readonly { id: string }[],
  returnsCentreId: string,
): Promise<number> {
  const balances = skus.map((sku, index) => ({ skuId: sku.id, ...openingBalance(index) }));
  const rows: { count: number }[] = await manager.query(
    `WITH opening AS (
       INSERT INTO stock_movements
         (id, sku_id, location_id, kind, units, sellable_delta, quarantine_delta, reason, note)
       SELECT o.id, o.sku_id, $1, 'ADJUSTMENT', o.sellable + o.quarantine, o.sellable, o.quarantine,
              'OPENING_BALANCE', 'Opening balance of the demo business'
       FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::int[]) AS o(id, sku_id, sellable, quarantine)
       ON CONFLICT (id) DO NOTHING
       RETURNING sku_id, location_id, sellable_delta, quarantine_delta
     ), levels AS (
       INSERT INTO stock_levels (sku_id, location_id, sellable, quarantine)
       SELECT sku_id, location_id, sellable_delta, quarantine_delta FROM opening
       ON CONFLICT (sku_id, location_id) DO UPDATE SET
         sellable = stock_levels.sellable + EXCLUDED.sellable,
         quarantine = stock_levels.quarantine + EXCLUDED.quarantine,
         updated_at = now()
       RETURNING 1
     )
     SELECT count(*)::int AS count FROM opening`,
    [
      returnsCentreId,
      balances.map((balance) => demoId('opening-stock', balance.skuId)),
      balances.map((balance) => balance.skuId),
      balances.map((balance) => balance.sellable),
      balances.map((balance) => balance.quarantine),
    ],
  );
  return rows[0]?.count ?? 0;
}
