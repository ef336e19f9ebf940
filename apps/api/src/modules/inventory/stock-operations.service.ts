import { notFound } from '../../common/errors/app-error';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { alone } from '../catalog/siblings';
import { locationsById } from '../suppliers/location.rows';
import type { LocationType } from '../suppliers/location.type';
import type {
  AdjustStockInput,
  ReleaseFromQuarantineInput,
  ShipStockToSupplierInput,
  StockChangePayload,
} from './stock-change.types';
import { recordStockMovement, type StockChange } from './stock-ledger';

/** The SKU's supplier and the location, or NOT_FOUND for either. */
async function loadTarget(
  tx: TransactionContext,
  skuId: string,
  locationId: string,
): Promise<{ supplierId: string; location: LocationType }> {
  const skus: { supplierId: string }[] = await tx.manager.query(
    'SELECT supplier_id AS "supplierId" FROM skus WHERE id = $1',
    [skuId],
  );
  const sku = skus[0];
  if (sku === undefined) throw notFound('SKU', skuId);
  const location = (await locationsById(tx.manager, [locationId])).get(locationId);
  if (location === undefined) throw notFound('Location', locationId);
  return { supplierId: sku.supplierId, location };
}

/** Books the movement and answers with it and the level after, audited before and after. */
async function book(
  tx: TransactionContext,
  location: LocationType,
  change: StockChange,
): Promise<MutationOutcome<StockChangePayload>> {
  const { movement, level } = await recordStockMovement(tx, change);
  // Relations asked of the answer load after the commit, so through the data source.
  const db = tx.dataSource;
  return {
    result: { movement: alone(db, movement), stockLevel: alone(db, { ...level, location }) },
    targetId: change.skuId,
    before: {
      locationId: change.locationId,
      sellable: level.sellable - change.sellableDelta,
      quarantine: level.quarantine - change.quarantineDelta,
    },
    after: {
      locationId: change.locationId,
      sellable: level.sellable,
      quarantine: level.quarantine,
      movementId: movement.id,
      kind: movement.kind,
    },
  };
}

function noteOf(note: string | null | undefined): string | null {
  const trimmed = note?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** A correction by warehouse staff: an ADJUSTMENT movement with its reason. */
export async function adjustStock(
  tx: TransactionContext,
  input: AdjustStockInput,
): Promise<MutationOutcome<StockChangePayload>> {
  const { location } = await loadTarget(tx, input.skuId, input.locationId);
  return book(tx, location, {
    skuId: input.skuId,
    locationId: input.locationId,
    kind: 'ADJUSTMENT',
    units: Math.abs(input.sellableDelta) + Math.abs(input.quarantineDelta),
    sellableDelta: input.sellableDelta,
    quarantineDelta: input.quarantineDelta,
    reason: input.reason,
    note: noteOf(input.note),
  });
}

/** Refurbished units become sellable: quarantine −units, sellable +units. */
export async function releaseFromQuarantine(
  tx: TransactionContext,
  input: ReleaseFromQuarantineInput,
): Promise<MutationOutcome<StockChangePayload>> {
  const { location } = await loadTarget(tx, input.skuId, input.locationId);
  return book(tx, location, {
    skuId: input.skuId,
    locationId: input.locationId,
    kind: 'RELEASE_FROM_QUARANTINE',
    units: input.units,
    sellableDelta: input.units,
    quarantineDelta: -input.units,
    reason: 'REFURBISHED',
    note: noteOf(input.note),
  });
}

/** Units leave for the SKU's supplier, from the sellable or the quarantined bucket. */
export async function shipStockToSupplier(
  tx: TransactionContext,
  input: ShipStockToSupplierInput,
): Promise<MutationOutcome<StockChangePayload>> {
  const { supplierId, location } = await loadTarget(tx, input.skuId, input.locationId);
  return book(tx, location, {
    skuId: input.skuId,
    locationId: input.locationId,
    kind: 'SHIP_TO_SUPPLIER',
    units: input.units,
    sellableDelta: input.from === 'SELLABLE' ? -input.units : 0,
    quarantineDelta: input.from === 'QUARANTINE' ? -input.units : 0,
    reason: input.from,
    note: noteOf(input.note),
    supplierId,
  });
}
