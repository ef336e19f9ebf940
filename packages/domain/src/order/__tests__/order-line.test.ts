import {
  amountPaidForLine,
  checkUnits,
  findOrderLine,
  sharesForUnits,
  validateOrderLine,
  validateOrderLines,
  type OrderLine,
} from '../order-line';
import { outcome } from '../../__tests__/support/results';

const line: OrderLine = {
  orderLineId: 'l1',
  unitPrice: 4999,
  quantity: 2,
  tax: 801,
  shipping: 599,
};
const huge = Math.floor(Number.MAX_SAFE_INTEGER / 2);

describe('order lines', () => {
  test.each<[string, Partial<OrderLine>, string]>([
    ['a valid line', {}, 'OK'],
    ['a free line', { unitPrice: 0, tax: 0, shipping: 0 }, 'OK'],
    ['a float unit price', { unitPrice: 49.99 }, 'INVALID_AMOUNT'],
    ['a negative tax', { tax: -1 }, 'INVALID_AMOUNT'],
    ['a float shipping share', { shipping: 5.98 }, 'INVALID_AMOUNT'],
    ['a zero quantity', { quantity: 0 }, 'INVALID_QUANTITY'],
    ['a fractional quantity', { quantity: 1.5 }, 'INVALID_QUANTITY'],
    ['a total past the safe range', { unitPrice: huge, quantity: 3 }, 'AMOUNT_OUT_OF_RANGE'],
  ])('validateOrderLine: %s', (_rule, change, expected) => {
    expect(outcome(validateOrderLine({ ...line, ...change }))).toBe(expected);
  });

  test.each<[string, OrderLine[], string]>([
    ['lines that fit', [line, { ...line, orderLineId: 'l2' }], 'OK'],
    ['an invalid line', [line, { ...line, tax: -1 }], 'INVALID_AMOUNT'],
    [
      'an order whose total is past the safe range',
      [
        { ...line, unitPrice: huge, quantity: 1 },
        { ...line, unitPrice: huge, quantity: 1 },
      ],
      'AMOUNT_OUT_OF_RANGE',
    ],
  ])('validateOrderLines: %s', (_rule, lines, expected) => {
    expect(outcome(validateOrderLines(lines))).toBe(expected);
  });

  test('what was paid for a line is unit price × quantity + tax + shipping', () => {
    expect(amountPaidForLine(line)).toBe(4999 * 2 + 801 + 599);
  });

  test.each([
    ['one unit', 1, 'OK'],
    ['every unit', 2, 'OK'],
    ['no unit', 0, 'INVALID_QUANTITY'],
    ['more than ordered', 3, 'INVALID_QUANTITY'],
    ['a fraction of a unit', 0.5, 'INVALID_QUANTITY'],
  ])('checkUnits: returning %s', (_rule, units, expected) => {
    expect(outcome(checkUnits(line, units))).toBe(expected);
  });

  test('shares of r of n units: item exact, tax and shipping × r / n rounded half-up', () => {
    expect(sharesForUnits(line, 1)).toEqual({ item: 4999, tax: 401, shipping: 300 });
    expect(sharesForUnits(line, 2)).toEqual({ item: 9998, tax: 801, shipping: 599 });
  });

  test('lines are found by id', () => {
    expect(findOrderLine([line], 'l1')).toBe(line);
    expect(findOrderLine([line], 'other')).toBeUndefined();
  });
});
