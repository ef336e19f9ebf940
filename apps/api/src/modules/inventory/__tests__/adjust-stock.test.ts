import { randomUUID } from 'node:crypto';
import { inventoryBench } from './inventory-bench';
import {
  ADJUST_STOCK,
  codesOf,
  fieldPathsOf,
  stockUp,
  type StockChangeAnswer,
} from './stock-documents';

const bench = inventoryBench({ suppliers: 1, skusPerSupplier: 15 });

describe('adjustStock', () => {
  test.each([
    ['CYCLE_COUNT', -2, 0, null],
    ['FOUND', 3, 1, null],
    ['LOST', -4, 0, 'not on the shelf'],
    ['DAMAGED_IN_WAREHOUSE', -1, 1, null],
    ['OTHER', -2, 0, 'sample sent to a photographer'],
  ])(
    'a %s adjustment books an ADJUSTMENT movement with that reason and moves the level by its deltas',
    async (reason, sellableDelta, quarantineDelta, note) => {
      const sku = bench.freshSku();
      await stockUp(bench.warehouse, sku.id, bench.catalog.returnsCentreId, 10);
      const { adjustStock } = await bench.warehouse.data<{ adjustStock: StockChangeAnswer }>(
        ADJUST_STOCK,
        {
          input: {
            skuId: sku.id,
            locationId: bench.catalog.returnsCentreId,
            sellableDelta,
            quarantineDelta,
            reason,
            note,
          },
        },
      );
      expect(adjustStock.movement).toMatchObject({
        kind: 'ADJUSTMENT',
        reason,
        note,
        units: Math.abs(sellableDelta) + Math.abs(quarantineDelta),
        sellableDelta,
        quarantineDelta,
        skuId: sku.id,
        supplierId: null,
        returnLineId: null,
        actorId: bench.warehouseUserId,
        sku: { code: sku.code },
        location: { code: 'RC-TEST' },
      });
      expect(adjustStock.stockLevel).toMatchObject({
        skuId: sku.id,
        sellable: 10 + sellableDelta,
        quarantine: quarantineDelta,
        location: { id: bench.catalog.returnsCentreId },
        sku: { code: sku.code },
      });
      expect((await bench.audit('adjustStock')).at(-1)).toMatchObject({
        outcome: 'SUCCEEDED',
        before: { sellable: 10, quarantine: 0, locationId: bench.catalog.returnsCentreId },
        after: { sellable: 10 + sellableDelta, quarantine: quarantineDelta, kind: 'ADJUSTMENT' },
      });
    },
  );

  test.each([
    ['no note', undefined],
    ['a blank note', '   '],
  ])(
    'an OTHER adjustment with %s is refused as BAD_USER_INPUT on input.note, changing nothing',
    async (_case, note) => {
      const sku = bench.freshSku();
      const before = await bench.state(sku.id);
      const response = await bench.warehouse.gql(ADJUST_STOCK, {
        input: {
          skuId: sku.id,
          locationId: bench.catalog.returnsCentreId,
          sellableDelta: 1,
          reason: 'OTHER',
          note,
        },
      });
      expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPathsOf(response)).toEqual(['input.note']);
      expect(await bench.state(sku.id)).toEqual(before);
    },
  );

  test('an adjustment changing nothing (both deltas 0) is refused on input.sellableDelta', async () => {
    const sku = bench.freshSku();
    const response = await bench.warehouse.gql(ADJUST_STOCK, {
      input: {
        skuId: sku.id,
        locationId: bench.catalog.returnsCentreId,
        sellableDelta: 0,
        quarantineDelta: 0,
        reason: 'FOUND',
      },
    });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPathsOf(response)).toEqual(['input.sellableDelta']);
  });

  test('a quarantine-only adjustment (sellableDelta 0) is accepted', async () => {
    const sku = bench.freshSku();
    const answer = await stockUp(bench.warehouse, sku.id, bench.catalog.returnsCentreId, 0, 2);
    expect(answer.stockLevel).toMatchObject({ sellable: 0, quarantine: 2 });
  });

  test('ids that are not UUIDs and absurd deltas are refused with their field paths', async () => {
    const response = await bench.warehouse.gql(ADJUST_STOCK, {
      input: {
        skuId: 'nope',
        locationId: bench.catalog.returnsCentreId,
        sellableDelta: 2_000_000,
        reason: 'FOUND',
      },
    });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPathsOf(response).sort()).toEqual(['input.sellableDelta', 'input.skuId']);
  });

  test.each([
    ['sellable', -4, 0],
    ['quarantine', 0, -2],
  ])(
    'taking the %s units below zero is refused with STOCK_BELOW_ZERO: no movement, level unchanged, audited as FAILED',
    async (_bucket, sellableDelta, quarantineDelta) => {
      const sku = bench.freshSku();
      await stockUp(bench.warehouse, sku.id, bench.catalog.returnsCentreId, 3, 1);
      const before = await bench.state(sku.id);
      const response = await bench.warehouse.gql(ADJUST_STOCK, {
        input: {
          skuId: sku.id,
          locationId: bench.catalog.returnsCentreId,
          sellableDelta,
          quarantineDelta,
          reason: 'LOST',
        },
      });
      expect(codesOf(response)).toEqual(['STOCK_BELOW_ZERO']);
      expect(await bench.state(sku.id)).toEqual(before);
      expect((await bench.audit('adjustStock')).at(-1)).toMatchObject({
        outcome: 'FAILED',
        error_code: 'STOCK_BELOW_ZERO',
      });
    },
  );

  test('a negative first adjustment of a level that does not exist yet is STOCK_BELOW_ZERO and leaves no level row', async () => {
    const sku = bench.freshSku();
    const response = await bench.warehouse.gql(ADJUST_STOCK, {
      input: {
        skuId: sku.id,
        locationId: bench.catalog.returnsCentreId,
        sellableDelta: -1,
        reason: 'LOST',
      },
    });
    expect(codesOf(response)).toEqual(['STOCK_BELOW_ZERO']);
    expect(await bench.state(sku.id)).toMatchObject({
      sellable: null,
    });
  });

  test.each([
    ['SKU', () => ({ skuId: randomUUID(), locationId: bench.catalog.returnsCentreId })],
    ['location', () => ({ skuId: bench.catalog.skus[0]?.id, locationId: randomUUID() })],
  ])('an unknown %s is NOT_FOUND and changes nothing', async (_what, target) => {
    const before = await bench.state(randomUUID());
    const response = await bench.warehouse.gql(ADJUST_STOCK, {
      input: { ...target(), sellableDelta: 1, reason: 'FOUND' },
    });
    expect(codesOf(response)).toEqual(['NOT_FOUND']);
    expect(await bench.state(randomUUID())).toEqual(before);
  });
});
