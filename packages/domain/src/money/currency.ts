import { err, ok, type Result } from '../result/result';

/**
 * ISO 4217 currencies Rebound sells in, with the number of minor-unit digits of each
 * (JPY has none, USD two, KWD three).
 */
export const CURRENCY_EXPONENTS = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  CAD: 2,
  AUD: 2,
  NZD: 2,
  MXN: 2,
  BRL: 2,
  INR: 2,
  SGD: 2,
  HKD: 2,
  CNY: 2,
  CHF: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  PLN: 2,
  CZK: 2,
  TRY: 2,
  AED: 2,
  SAR: 2,
  EGP: 2,
  ZAR: 2,
  JPY: 0,
  KRW: 0,
  CLP: 0,
  ISK: 0,
  KWD: 3,
  BHD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
} as const;

/** An ISO 4217 currency code Rebound knows the exponent of. */
export type CurrencyCode = keyof typeof CURRENCY_EXPONENTS;

/** Every supported {@link CurrencyCode}, for GraphQL enums and pickers. */
export const CURRENCY_CODES: readonly CurrencyCode[] = Object.freeze(
  Object.keys(CURRENCY_EXPONENTS).filter(isCurrencyCode),
);

/** Tells whether a string is a supported ISO 4217 code (exact, upper case). */
export function isCurrencyCode(value: string): value is CurrencyCode {
  return Object.prototype.hasOwnProperty.call(CURRENCY_EXPONENTS, value);
}

/**
 * Validates a currency code coming from outside.
 * @example parseCurrencyCode('USD') // ok('USD'); parseCurrencyCode('usd') // UNKNOWN_CURRENCY
 */
export function parseCurrencyCode(value: string): Result<CurrencyCode> {
  return isCurrencyCode(value)
    ? ok(value)
    : err('UNKNOWN_CURRENCY', `Unknown currency "${value}"`, { currency: value });
}

/** Number of minor-unit digits: `currencyExponent('KWD') === 3`. */
export function currencyExponent(currency: CurrencyCode): number {
  return CURRENCY_EXPONENTS[currency];
}

/** Minor units in one major unit: 100 for USD, 1 for JPY, 1000 for KWD. */
export function minorUnitsPerMajor(currency: CurrencyCode): number {
  return 10 ** currencyExponent(currency);
}
