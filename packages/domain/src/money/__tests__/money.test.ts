import { addMoney, isMinorUnits, money, subtractMoney, sumMoney, type Money } from '../money';
import { failure, outcome, unwrap } from '../../__tests__/support/results';

const usd = (amount: number): Money => ({ amount, currency: 'USD' });
const eur = (amount: number): Money => ({ amount, currency: 'EUR' });

describe('money amounts are integer minor units', () => {
  test.each([
    ['a whole number of cents is accepted', 4349, 'OK'],
    ['zero is accepted', 0, 'OK'],
    ['a negative whole amount is accepted (credits)', -5, 'OK'],
    ['a float is refused', 43.49, 'INVALID_AMOUNT'],
    ['NaN is refused', Number.NaN, 'INVALID_AMOUNT'],
    ['an unsafe integer is refused', Number.MAX_SAFE_INTEGER + 1, 'INVALID_AMOUNT'],
  ])('%s', (_rule, amount, expected) => {
    expect(outcome(money(amount, 'USD'))).toBe(expected);
    expect(isMinorUnits(amount)).toBe(expected === 'OK');
  });
});

describe('arithmetic never mixes currencies', () => {
  test('adding amounts of one currency sums the minor units', () => {
    expect(unwrap(addMoney(usd(100), usd(250)))).toEqual(usd(350));
  });

  test('subtracting may go negative', () => {
    expect(unwrap(subtractMoney(usd(100), usd(250)))).toEqual(usd(-150));
  });

  test('adding two currencies is refused with CURRENCY_MISMATCH naming both', () => {
    const error = failure(addMoney(usd(1), eur(1)));
    expect(error.code).toBe('CURRENCY_MISMATCH');
    expect(error.details).toEqual({ left: 'USD', right: 'EUR' });
  });

  test('a sum beyond the safe-integer range is refused', () => {
    expect(outcome(addMoney(usd(Number.MAX_SAFE_INTEGER), usd(1)))).toBe('AMOUNT_OUT_OF_RANGE');
  });

  test('an empty sum is zero in the requested currency', () => {
    expect(unwrap(sumMoney('JPY', []))).toEqual({ amount: 0, currency: 'JPY' });
  });

  test('a sum of one currency adds up', () => {
    expect(unwrap(sumMoney('USD', [usd(1), usd(2), usd(3)]))).toEqual(usd(6));
  });

  test('a sum containing another currency is refused', () => {
    expect(outcome(sumMoney('USD', [usd(1), eur(2)]))).toBe('CURRENCY_MISMATCH');
  });
});
