import { withQuery } from '../../lib/url';
import type { StockMovementKind } from '../../lib/graphql/generated/graphql';

export const inventoryPath = '/inventory';
export const stockMovementsPath = '/inventory/movements';

export interface StockLevelsParams {
  /** Only the levels at this location (its id). */
  readonly location?: string | undefined;
  /** SKU code or name contains this text. */
  readonly q?: string | undefined;
  /** The adjust-stock form is open for this level: `<skuId>@<locationId>`. */
  readonly adjust?: string | undefined;
}

export const inventoryUrl = (params: StockLevelsParams = {}): string =>
  withQuery(inventoryPath, { ...params });

export interface StockMovementsParams {
  readonly location?: string | undefined;
  readonly sku?: string | undefined;
  readonly kind?: StockMovementKind | undefined;
  /** The endCursor of the page before. */
  readonly after?: string | undefined;
  /** The `after` of each earlier page, so Previous is a link (lib/ui/keyset-pages). */
  readonly trail?: readonly string[] | undefined;
}

export const stockMovementsUrl = (params: StockMovementsParams = {}): string =>
  withQuery(stockMovementsPath, { ...params });

/** The `adjust` param of one stock level. */
export function stockLevelKey(skuId: string, locationId: string): string {
  return `${skuId}@${locationId}`;
}

export function parseStockLevelKey(
  key: string | null,
): { readonly skuId: string; readonly locationId: string } | null {
  if (key === null) return null;
  const [skuId, locationId, ...rest] = key.split('@');
  if (!skuId || !locationId || rest.length > 0) return null;
  return { skuId, locationId };
}
