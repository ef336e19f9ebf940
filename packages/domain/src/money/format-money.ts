import { currencyExponent, type CurrencyCode } from './currency';
import type { Money } from './money';

/**
 * Writes minor units as a plain decimal with exactly the currency's decimals; the inverse
 * of `parseMoney`. Throws a RangeError for a non-integer (a programming error).
 * @example formatAmount(4349, 'USD') // '43.49'; formatAmount(1500, 'JPY') // '1500'
 */
export function formatAmount(amount: number, currency: CurrencyCode): string {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`formatAmount needs integer minor units, got ${amount}`);
  }
  const exponent = currencyExponent(currency);
  const digits = String(Math.abs(amount)).padStart(exponent + 1, '0');
  const sign = amount < 0 ? '-' : '';
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/**
 * Writes money with its currency code, for logs, notes and CSV.
 * @example formatMoney({ amount: 1234, currency: 'KWD' }) // '1.234 KWD'
 */
export function formatMoney(value: Money): string {
  return `${formatAmount(value.amount, value.currency)} ${value.currency}`;
}
