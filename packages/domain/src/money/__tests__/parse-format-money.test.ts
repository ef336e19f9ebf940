import fc from 'fast-check';
import { CURRENCY_CODES, type CurrencyCode } from '../currency';
import { formatAmount, formatMoney } from '../format-money';
import { parseMoney } from '../parse-money';
import { outcome, unwrap } from '../../__tests__/support/results';

describe('parsing a decimal amount into minor units', () => {
  test.each<[string, string, CurrencyCode, number]>([
    ['USD cents: "43.49" is 4349', '43.49', 'USD', 4349],
    ['one decimal is padded: "43.4" is 4340', '43.4', 'USD', 4340],
    ['no decimals: "43" is 4300', '43', 'USD', 4300],
    ['one cent', '0.01', 'USD', 1],
    ['a negative amount', '-5.25', 'USD', -525],
    ['surrounding spaces are ignored', ' 7.5 ', 'USD', 750],
    ['leading zeros are harmless', '007.50', 'USD', 750],
    ['JPY has no decimals: "1500" is 1500', '1500', 'JPY', 1500],
    ['KWD has three decimals: "1.234" is 1234', '1.234', 'KWD', 1234],
    ['KWD "0.5" is 500 fils', '0.5', 'KWD', 500],
    ['the largest safe amount', '90071992547409.91', 'USD', Number.MAX_SAFE_INTEGER],
  ])('%s', (_rule, text, currency, amount) => {
    expect(unwrap(parseMoney(text, currency))).toEqual({ amount, currency });
  });

  test('"-0" parses to plain zero, never negative zero', () => {
    expect(Object.is(unwrap(parseMoney('-0.00', 'USD')).amount, 0)).toBe(true);
  });

  test.each<[string, string, CurrencyCode, string]>([
    ['three decimals in USD', '43.499', 'USD', 'TOO_MANY_DECIMALS'],
    ['any decimal in JPY', '1.5', 'JPY', 'TOO_MANY_DECIMALS'],
    ['a zero decimal in JPY', '1500.0', 'JPY', 'TOO_MANY_DECIMALS'],
    ['four decimals in KWD', '1.2345', 'KWD', 'TOO_MANY_DECIMALS'],
    ['letters', 'abc', 'USD', 'INVALID_MONEY_FORMAT'],
    ['an empty string', '', 'USD', 'INVALID_MONEY_FORMAT'],
    ['thousands separators', '1,000.00', 'USD', 'INVALID_MONEY_FORMAT'],
    ['exponent notation', '1e3', 'USD', 'INVALID_MONEY_FORMAT'],
    ['a missing whole part', '.5', 'USD', 'INVALID_MONEY_FORMAT'],
    ['a trailing point', '5.', 'USD', 'INVALID_MONEY_FORMAT'],
    ['a plus sign', '+5', 'USD', 'INVALID_MONEY_FORMAT'],
    ['a currency symbol', '$5', 'USD', 'INVALID_MONEY_FORMAT'],
    ['an amount past the safe range', '90071992547409.92', 'USD', 'AMOUNT_OUT_OF_RANGE'],
  ])('refuses %s', (_rule, text, currency, code) => {
    expect(outcome(parseMoney(text, currency))).toBe(code);
  });
});

describe('formatting minor units', () => {
  test.each<[number, CurrencyCode, string]>([
    [4349, 'USD', '43.49'],
    [5, 'USD', '0.05'],
    [-5, 'USD', '-0.05'],
    [0, 'USD', '0.00'],
    [1500, 'JPY', '1500'],
    [-1500, 'JPY', '-1500'],
    [1234, 'KWD', '1.234'],
    [7, 'KWD', '0.007'],
  ])('%i %s is written "%s"', (amount, currency, text) => {
    expect(formatAmount(amount, currency)).toBe(text);
  });

  test('formatMoney appends the currency code', () => {
    expect(formatMoney({ amount: 1234, currency: 'KWD' })).toBe('1.234 KWD');
  });

  test('formatting a float is a programming error', () => {
    expect(() => formatAmount(43.49, 'USD')).toThrow(RangeError);
  });

  test('property: formatting then parsing gives back the same minor units', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom(...CURRENCY_CODES), (amount, currency) => {
        const parsed = unwrap(parseMoney(formatAmount(amount, currency), currency));
        expect(parsed.amount).toBe(amount);
      }),
    );
  });
});
