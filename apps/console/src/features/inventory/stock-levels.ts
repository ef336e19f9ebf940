import type { StockLevelsQuery } from '../../lib/graphql/generated/graphql';

export type StockLevelRow = StockLevelsQuery['stockLevels'][number];

/** Rows whose SKU code, name or category contains the text (case-insensitive); all for blank. */
export function filterStockLevels(rows: readonly StockLevelRow[], text: string): StockLevelRow[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [...rows];
  return rows.filter(({ sku }) =>
    [sku.code, sku.name, sku.category].some((value) => value.toLowerCase().includes(needle)),
  );
}

export interface StockTotals {
  readonly sellable: number;
  readonly quarantine: number;
  readonly skus: number;
}

export function totalStock(rows: readonly StockLevelRow[]): StockTotals {
  return {
    sellable: rows.reduce((sum, row) => sum + row.sellable, 0),
    quarantine: rows.reduce((sum, row) => sum + row.quarantine, 0),
    skus: new Set(rows.map((row) => row.skuId)).size,
  };
}
