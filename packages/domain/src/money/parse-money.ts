import { err, ok, type Result } from '../result/result';
import { currencyExponent, type CurrencyCode } from './currency';
import type { Money } from './money';

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * Reads a plain decimal amount ("43.49", "-5", "1500") into minor units of `currency`.
 * No symbols, grouping or exponents; at most the currency's number of decimals.
 * @example parseMoney('43.49', 'USD') // ok({ amount: 4349, currency: 'USD' })
 * @example parseMoney('1.5', 'JPY') // TOO_MANY_DECIMALS
 */
export function parseMoney(text: string, currency: CurrencyCode): Result<Money> {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) {
    return err('INVALID_MONEY_FORMAT', `"${text}" is not a decimal amount`, { text, currency });
  }
  const negative = trimmed.startsWith('-');
  const unsigned = negative ? trimmed.slice(1) : trimmed;
  const point = unsigned.indexOf('.');
  const decimals = point === -1 ? 0 : unsigned.length - point - 1;
  const exponent = currencyExponent(currency);
  if (decimals > exponent) {
    return err('TOO_MANY_DECIMALS', `${currency} amounts have at most ${exponent} decimals`, {
      text,
      currency,
      decimals: exponent,
    });
  }
  const magnitude = BigInt(unsigned.replace('.', '') + '0'.repeat(exponent - decimals));
  if (magnitude > BigInt(Number.MAX_SAFE_INTEGER)) {
    return err('AMOUNT_OUT_OF_RANGE', `"${text}" is too large to be held exactly`, {
      text,
      currency,
    });
  }
  return ok({ amount: Number(negative ? -magnitude : magnitude), currency });
}
