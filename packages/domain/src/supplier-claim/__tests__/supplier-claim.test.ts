import {
  draftSupplierClaims,
  type ClaimableLine,
  type SupplierClaimInput,
} from '../supplier-claim';
import { outcome, unwrap } from '../../__tests__/support/results';

const line = (change: Partial<ClaimableLine> = {}): ClaimableLine => ({
  orderLineId: 'l1',
  supplierId: 'acme',
  unitCost: 2100,
  units: 2,
  fault: 'SUPPLIER',
  grade: 'DEFECTIVE',
  ...change,
});

const claims = (change: Partial<SupplierClaimInput>) =>
  unwrap(
    draftSupplierClaims({ currency: 'USD', lines: [line()], sellerLabelCost: null, ...change }),
  );

describe('supplier claims: unit cost × units for supplier-fault lines, plus the label the seller paid', () => {
  test('one supplier-fault line with a 6.50 label: 2 × 21.00 + 6.50 = 48.50', () => {
    expect(claims({ sellerLabelCost: { amount: 650, currency: 'USD' } })).toEqual([
      {
        supplierId: 'acme',
        currency: 'USD',
        lines: [{ orderLineId: 'l1', units: 2, amount: 4200 }],
        itemsAmount: 4200,
        labelCost: 650,
        amount: 4850,
      },
    ]);
  });

  test('without a seller-paid label, the claim is the unit cost only', () => {
    expect(claims({}).map((claim) => claim.amount)).toEqual([4200]);
  });

  test('a return mixing customer- and supplier-fault lines claims only the supplier-fault ones', () => {
    const mixed = claims({ lines: [line(), line({ orderLineId: 'l2', fault: 'CUSTOMER' })] });
    expect(mixed.map((claim) => claim.lines.map((l) => l.orderLineId))).toEqual([['l1']]);
  });

  test.each<[string, Partial<ClaimableLine>]>([
    ['a seller-fault line', { fault: 'SELLER' }],
    ['a carrier-fault line', { fault: 'CARRIER' }],
    ['a missing item', { grade: 'MISSING' }],
    ['a wrong item returned', { grade: 'WRONG_ITEM_RETURNED' }],
  ])('%s opens no claim', (_rule, change) => {
    expect(
      claims({ lines: [line(change)], sellerLabelCost: { amount: 650, currency: 'USD' } }),
    ).toEqual([]);
  });

  test('two suppliers in one parcel share the label by units: 6.50 over 1 and 2 units → 2.17 and 4.33', () => {
    const split = claims({
      lines: [
        line({ units: 1 }),
        line({ orderLineId: 'l2', supplierId: 'globex', unitCost: 900, units: 2 }),
      ],
      sellerLabelCost: { amount: 650, currency: 'USD' },
    });
    expect(
      split.map((claim) => [claim.supplierId, claim.itemsAmount, claim.labelCost, claim.amount]),
    ).toEqual([
      ['acme', 2100, 217, 2317],
      ['globex', 1800, 433, 2233],
    ]);
  });

  test('lines of one supplier add up into one claim', () => {
    const one = claims({ lines: [line(), line({ orderLineId: 'l2', units: 1 })] });
    expect(one).toHaveLength(1);
    expect(one[0]?.itemsAmount).toBe(6300);
  });

  test.each<[string, Partial<SupplierClaimInput>, string]>([
    [
      'a label cost in another currency',
      { sellerLabelCost: { amount: 650, currency: 'EUR' } },
      'CURRENCY_MISMATCH',
    ],
    [
      'a negative label cost',
      { sellerLabelCost: { amount: -1, currency: 'USD' } },
      'INVALID_AMOUNT',
    ],
    ['a float unit cost', { lines: [line({ unitCost: 21.5 })] }, 'INVALID_AMOUNT'],
    ['a negative unit cost', { lines: [line({ unitCost: -1 })] }, 'INVALID_AMOUNT'],
    ['zero units', { lines: [line({ units: 0 })] }, 'INVALID_QUANTITY'],
    [
      'a claim past the safe range',
      { lines: [line({ unitCost: Number.MAX_SAFE_INTEGER })] },
      'AMOUNT_OUT_OF_RANGE',
    ],
  ])('refuses %s', (_rule, change, code) => {
    expect(
      outcome(
        draftSupplierClaims({ currency: 'USD', lines: [line()], sellerLabelCost: null, ...change }),
      ),
    ).toBe(code);
  });
});
