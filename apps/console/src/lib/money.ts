import { minorUnitDigits } from './ui/format';

/**
 * A decimal amount typed by a user ("49.99", "49") in minor units of the currency (4999); null
 * when it is not a plain non-negative amount with at most the currency's decimals. Built from
 * the digits, never by float multiplication.
 */
export function parseMoneyInput(text: string, currency: string): number | null {
  const digits = minorUnitDigits(currency);
  const match = /^(\d{1,12})(?:\.(\d*))?$/.exec(text.trim());
  if (match === null) return null;
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > digits) return null;
  const minor = Number(`${whole}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units as the decimal a user would type (4999 USD → "49.99"). */
export function minorToDecimal(minor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, '0');
  return digits === 0
    ? `${sign}${text}`
    : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** An axis tick in major units without decimals (250000 USD → "$2,500"), for chart scales only. */
export function formatWholeMoney(minor: number, currency: string): string {
  const major = Math.round(minor / 10 ** minorUnitDigits(currency));
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    }).format(major);
  } catch {
    return `${major} ${currency}`;
  }
}
