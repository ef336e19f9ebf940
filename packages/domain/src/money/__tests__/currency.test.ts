import {
  CURRENCY_CODES,
  CURRENCY_EXPONENTS,
  currencyExponent,
  isCurrencyCode,
  minorUnitsPerMajor,
  parseCurrencyCode,
  type CurrencyCode,
} from '../currency';
import { outcome } from '../../__tests__/support/results';

describe('currency exponents', () => {
  test.each<[CurrencyCode, number]>([
    ['JPY', 0],
    ['KRW', 0],
    ['USD', 2],
    ['EUR', 2],
    ['GBP', 2],
    ['CAD', 2],
    ['AUD', 2],
    ['MXN', 2],
    ['INR', 2],
    ['KWD', 3],
    ['BHD', 3],
  ])('%s has %i minor-unit digits', (currency, exponent) => {
    expect(currencyExponent(currency)).toBe(exponent);
    expect(minorUnitsPerMajor(currency)).toBe(10 ** exponent);
  });

  test('CURRENCY_CODES lists every currency with an exponent', () => {
    expect([...CURRENCY_CODES].sort()).toEqual(Object.keys(CURRENCY_EXPONENTS).sort());
  });
});

describe('parsing currency codes', () => {
  test.each([
    ['an upper-case ISO code is accepted', 'USD', 'OK'],
    ['lower case is refused', 'usd', 'UNKNOWN_CURRENCY'],
    ['an unknown code is refused', 'XYZ', 'UNKNOWN_CURRENCY'],
    ['an object property name is not a currency', 'toString', 'UNKNOWN_CURRENCY'],
  ])('%s', (_rule, code, expected) => {
    expect(outcome(parseCurrencyCode(code))).toBe(expected);
    expect(isCurrencyCode(code)).toBe(expected === 'OK');
  });
});
