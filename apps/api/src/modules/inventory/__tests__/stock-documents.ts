import type { DataSource } from 'typeorm';
import type { GraphQLResponse, TestClient } from '../../../testing/test-server';

const PAYLOAD = `
  movement {
    id kind units sellableDelta quarantineDelta reason note skuId locationId supplierId
    returnLineId actorId createdAt sku { code } location { code }
  }
  stockLevel { skuId sellable quarantine location { id code } sku { code } }`;

export const ADJUST_STOCK = `mutation Adjust($input: AdjustStockInput!) {
  adjustStock(input: $input) { ${PAYLOAD} } }`;

export const RELEASE_FROM_QUARANTINE = `mutation Release($input: ReleaseFromQuarantineInput!) {
  releaseFromQuarantine(input: $input) { ${PAYLOAD} } }`;

export const SHIP_STOCK_TO_SUPPLIER = `mutation Ship($input: ShipStockToSupplierInput!) {
  shipStockToSupplier(input: $input) { ${PAYLOAD} } }`;

export interface MovementAnswer {
  id: string;
  kind: string;
  units: number;
  sellableDelta: number;
  quarantineDelta: number;
  reason: string;
  note: string | null;
  skuId: string;
  locationId: string;
  supplierId: string | null;
  returnLineId: string | null;
  actorId: string | null;
  createdAt: string;
  sku: { code: string };
  location: { code: string };
}

export interface StockChangeAnswer {
  movement: MovementAnswer;
  stockLevel: {
    skuId: string;
    sellable: number;
    quarantine: number;
    location: { id: string; code: string };
    sku: { code: string };
  };
}

/** The error codes of an answer. */
export function codesOf(response: GraphQLResponse): string[] {
  return (response.json.errors ?? []).map((error) => String(error.extensions?.code));
}

/** The refused field paths of a BAD_USER_INPUT answer. */
export function fieldPathsOf(response: GraphQLResponse): string[] {
  return (response.json.errors ?? []).flatMap((error) => {
    const fields = error.extensions?.fields;
    return Array.isArray(fields)
      ? fields.map((field: unknown) => String((field as { path?: unknown }).path))
      : [];
  });
}

/** Sets a level through the API: one CYCLE_COUNT adjustment by `client` (WAREHOUSE or ADMIN). */
export async function stockUp(
  client: TestClient,
  skuId: string,
  locationId: string,
  sellable: number,
  quarantine = 0,
): Promise<StockChangeAnswer> {
  const { adjustStock } = await client.data<{ adjustStock: StockChangeAnswer }>(ADJUST_STOCK, {
    input: {
      skuId,
      locationId,
      sellableDelta: sellable,
      quarantineDelta: quarantine,
      reason: 'CYCLE_COUNT',
    },
  });
  return adjustStock;
}

/** What the database holds for one level and the ledger: to prove a refusal changed nothing. */
export async function stockState(
  dataSource: DataSource,
  skuId: string,
  locationId: string,
): Promise<{ movements: number; sellable: number | null; quarantine: number | null }> {
  const rows: { movements: number; sellable: number | null; quarantine: number | null }[] =
    await dataSource.query(
      `SELECT (SELECT count(*)::int FROM stock_movements) AS movements,
              (SELECT sellable FROM stock_levels WHERE sku_id = $1 AND location_id = $2) AS sellable,
              (SELECT quarantine FROM stock_levels WHERE sku_id = $1 AND location_id = $2) AS quarantine`,
      [skuId, locationId],
    );
  const row = rows[0];
  if (row === undefined) throw new Error('no state row');
  return row;
}
