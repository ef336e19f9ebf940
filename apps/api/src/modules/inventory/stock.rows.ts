import type { StockMovementKind } from './stock-movement.entity';

/** One entry of the stock ledger, as read from the database. */
export interface StockMovementRow {
  id: string;
  skuId: string;
  locationId: string;
  kind: StockMovementKind;
  units: number;
  sellableDelta: number;
  quarantineDelta: number;
  reason: string;
  note: string | null;
  returnLineId: string | null;
  supplierId: string | null;
  actorId: string | null;
  createdAt: Date;
}

/** The stock of a SKU at a location, as read from the database. */
export interface StockLevelRow {
  skuId: string;
  locationId: string;
  sellable: number;
  quarantine: number;
  updatedAt: Date;
}

/** The columns of `stock_movements` (unqualified) under the row's names. */
export const MOVEMENT_COLUMNS = `
  id, sku_id AS "skuId", location_id AS "locationId", kind, units,
  sellable_delta AS "sellableDelta", quarantine_delta AS "quarantineDelta", reason, note,
  return_line_id AS "returnLineId", supplier_id AS "supplierId", actor_id AS "actorId",
  created_at AS "createdAt"`;

/** The columns of `stock_levels` under the row's names, qualified by `table` when joined. */
export function levelColumns(table = 'stock_levels'): string {
  return `${table}.sku_id AS "skuId", ${table}.location_id AS "locationId", ${table}.sellable,
    ${table}.quarantine, ${table}.updated_at AS "updatedAt"`;
}
