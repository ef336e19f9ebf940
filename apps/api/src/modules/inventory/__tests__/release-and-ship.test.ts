import { verifyStockLedger } from '../verify-stock-ledger';
import { inventoryBench } from './inventory-bench';
import {
  ADJUST_STOCK,
  codesOf,
  fieldPathsOf,
  RELEASE_FROM_QUARANTINE,
  SHIP_STOCK_TO_SUPPLIER,
  stockUp,
  type StockChangeAnswer,
} from './stock-documents';

const bench = inventoryBench({ suppliers: 2, skusPerSupplier: 6 });

describe('releaseFromQuarantine', () => {
  test('moves refurbished units from quarantine to sellable with a RELEASE_FROM_QUARANTINE movement', async () => {
    const sku = bench.freshSku();
    await stockUp(bench.warehouse, sku.id, bench.catalog.returnsCentreId, 4, 3);
    const { releaseFromQuarantine } = await bench.warehouse.data<{
      releaseFromQuarantine: StockChangeAnswer;
    }>(RELEASE_FROM_QUARANTINE, {
      input: {
        skuId: sku.id,
        locationId: bench.catalog.returnsCentreId,
        units: 2,
        note: 'new battery',
      },
    });
    expect(releaseFromQuarantine.movement).toMatchObject({
      kind: 'RELEASE_FROM_QUARANTINE',
      reason: 'REFURBISHED',
      note: 'new battery',
      units: 2,
      sellableDelta: 2,
      quarantineDelta: -2,
    });
    expect(releaseFromQuarantine.stockLevel).toMatchObject({ sellable: 6, quarantine: 1 });
  });

  test('releasing more units than are in quarantine is STOCK_BELOW_ZERO and changes nothing', async () => {
    const sku = bench.freshSku();
    await stockUp(bench.warehouse, sku.id, bench.catalog.returnsCentreId, 5, 1);
    const before = await bench.state(sku.id);
    const response = await bench.warehouse.gql(RELEASE_FROM_QUARANTINE, {
      input: { skuId: sku.id, locationId: bench.catalog.returnsCentreId, units: 2 },
    });
    expect(codesOf(response)).toEqual(['STOCK_BELOW_ZERO']);
    expect(await bench.state(sku.id)).toEqual(before);
  });

  test('zero units are refused on input.units', async () => {
    const sku = bench.freshSku();
    const response = await bench.warehouse.gql(RELEASE_FROM_QUARANTINE, {
      input: { skuId: sku.id, locationId: bench.catalog.returnsCentreId, units: 0 },
    });
    expect(fieldPathsOf(response)).toEqual(['input.units']);
  });
});

describe('shipStockToSupplier', () => {
  test.each([
    ['SELLABLE', -3, 0],
    ['QUARANTINE', 0, -3],
  ])(
    "shipping from %s books SHIP_TO_SUPPLIER to the SKU's supplier and lowers that bucket only",
    async (from, sellableDelta, quarantineDelta) => {
      const sku = bench.freshSku();
      await stockUp(bench.warehouse, sku.id, bench.catalog.returnsCentreId, 5, 4);
      const { shipStockToSupplier } = await bench.warehouse.data<{
        shipStockToSupplier: StockChangeAnswer;
      }>(SHIP_STOCK_TO_SUPPLIER, {
        input: { skuId: sku.id, locationId: bench.catalog.returnsCentreId, units: 3, from },
      });
      expect(shipStockToSupplier.movement).toMatchObject({
        kind: 'SHIP_TO_SUPPLIER',
        reason: from,
        units: 3,
        sellableDelta,
        quarantineDelta,
        supplierId: sku.supplierId,
      });
      expect(shipStockToSupplier.stockLevel).toMatchObject({
        sellable: 5 + sellableDelta,
        quarantine: 4 + quarantineDelta,
      });
    },
  );

  test('shipping more than the bucket holds is STOCK_BELOW_ZERO and changes nothing', async () => {
    const sku = bench.freshSku();
    await stockUp(bench.warehouse, sku.id, bench.catalog.returnsCentreId, 9, 1);
    const before = await bench.state(sku.id);
    const response = await bench.warehouse.gql(SHIP_STOCK_TO_SUPPLIER, {
      input: {
        skuId: sku.id,
        locationId: bench.catalog.returnsCentreId,
        units: 2,
        from: 'QUARANTINE',
      },
    });
    expect(codesOf(response)).toEqual(['STOCK_BELOW_ZERO']);
    expect(await bench.state(sku.id)).toEqual(before);
  });
});

describe('the ledger invariant', () => {
  test('after a mixed sequence of movements, refusals included, every level equals the sum of its movements', async () => {
    const [first, second] = [bench.freshSku(), bench.freshSku()];
    const warehouseId = bench.catalog.suppliers[0]?.warehouseId ?? '';
    const steps: [string, Record<string, unknown>][] = [
      [
        ADJUST_STOCK,
        {
          skuId: first.id,
          locationId: bench.catalog.returnsCentreId,
          sellableDelta: 8,
          quarantineDelta: 3,
          reason: 'CYCLE_COUNT',
        },
      ],
      [
        ADJUST_STOCK,
        { skuId: second.id, locationId: warehouseId, sellableDelta: 2, reason: 'FOUND' },
      ],
      [
        RELEASE_FROM_QUARANTINE,
        { skuId: first.id, locationId: bench.catalog.returnsCentreId, units: 2 },
      ],
      [
        SHIP_STOCK_TO_SUPPLIER,
        { skuId: first.id, locationId: bench.catalog.returnsCentreId, units: 4, from: 'SELLABLE' },
      ],
      [
        ADJUST_STOCK,
        {
          skuId: first.id,
          locationId: bench.catalog.returnsCentreId,
          sellableDelta: -99,
          reason: 'LOST',
        },
      ],
      [
        RELEASE_FROM_QUARANTINE,
        { skuId: first.id, locationId: bench.catalog.returnsCentreId, units: 5 },
      ],
      [
        ADJUST_STOCK,
        {
          skuId: second.id,
          locationId: warehouseId,
          sellableDelta: -1,
          quarantineDelta: 1,
          reason: 'DAMAGED_IN_WAREHOUSE',
        },
      ],
      [
        SHIP_STOCK_TO_SUPPLIER,
        { skuId: second.id, locationId: warehouseId, units: 1, from: 'QUARANTINE' },
      ],
    ];
    for (const [document, input] of steps) await bench.warehouse.gql(document, { input });
    expect(await verifyStockLedger(bench.database.dataSource)).toEqual([]);
    expect(await bench.state(first.id)).toMatchObject({
      sellable: 6,
      quarantine: 1,
    });
  });

  test('verifyStockLedger reports a level that disagrees with its movements', async () => {
    const sku = bench.freshSku();
    await stockUp(bench.warehouse, sku.id, bench.catalog.returnsCentreId, 4);
    await bench.database.dataSource.query(
      'UPDATE stock_levels SET sellable = 7 WHERE sku_id = $1 AND location_id = $2',
      [sku.id, bench.catalog.returnsCentreId],
    );
    expect(await verifyStockLedger(bench.database.dataSource)).toEqual([
      {
        skuId: sku.id,
        locationId: bench.catalog.returnsCentreId,
        levelSellable: 7,
        levelQuarantine: 0,
        ledgerSellable: 4,
        ledgerQuarantine: 0,
      },
    ]);
    await bench.database.dataSource.query(
      'UPDATE stock_levels SET sellable = 4 WHERE sku_id = $1 AND location_id = $2',
      [sku.id, bench.catalog.returnsCentreId],
    );
    expect(await verifyStockLedger(bench.database.dataSource)).toEqual([]);
  });
});
