import { EMPTY_ADJUST_STOCK, toAdjustStockInput, validateAdjustStock } from '../adjust-stock-form';
import { parseStockLevelKey, stockLevelKey } from '../urls';

const level = { sellable: 5, quarantine: 1 };

describe('adjusting stock', () => {
  it('needs a change and a reason before anything is sent', () => {
    expect(validateAdjustStock(EMPTY_ADJUST_STOCK, level)).toEqual({
      sellableDelta: 'Change sellable or quarantine units by at least one.',
      reason: 'Choose why the stock changes.',
    });
  });

  it('refuses fractions, words and changes that would take a level below zero', () => {
    const values = { ...EMPTY_ADJUST_STOCK, reason: 'LOST' };
    expect(validateAdjustStock({ ...values, sellableDelta: '1.5' }, level).sellableDelta).toMatch(
      /whole number/,
    );
    expect(
      validateAdjustStock({ ...values, quarantineDelta: 'two' }, level).quarantineDelta,
    ).toMatch(/whole number/);
    expect(validateAdjustStock({ ...values, sellableDelta: '-6' }, level)).toEqual({
      sellableDelta: 'Only 5 sellable: the change cannot go below zero.',
    });
    expect(validateAdjustStock({ ...values, sellableDelta: '-5' }, level)).toEqual({});
  });

  it('needs a note with the reason OTHER', () => {
    expect(
      validateAdjustStock({ ...EMPTY_ADJUST_STOCK, sellableDelta: '2', reason: 'OTHER' }, level),
    ).toEqual({ note: 'Say what happened: a note is required with “Other”.' });
  });

  it('sends whole numbers and leaves a blank note out', () => {
    expect(
      toAdjustStockInput(
        { sellableDelta: ' -2 ', quarantineDelta: '+1', reason: 'CYCLE_COUNT', note: '  ' },
        { skuId: 's1', locationId: 'l1' },
      ),
    ).toEqual({
      skuId: 's1',
      locationId: 'l1',
      sellableDelta: -2,
      quarantineDelta: 1,
      reason: 'CYCLE_COUNT',
    });
  });

  it('keeps the open adjust form in the URL as sku@location', () => {
    expect(parseStockLevelKey(stockLevelKey('s1', 'l1'))).toEqual({
      skuId: 's1',
      locationId: 'l1',
    });
    expect(parseStockLevelKey('s1')).toBeNull();
    expect(parseStockLevelKey(null)).toBeNull();
  });
});
