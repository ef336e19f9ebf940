/**
 * Money and time as the console shows them. Money arrives in integer minor units with an ISO 4217
 * currency; instants arrive as ISO 8601 strings and are shown in the viewer's own time zone.
 */

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string): Intl.NumberFormat {
  let format = moneyFormats.get(currency);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    moneyFormats.set(currency, format);
  }
  return format;
}

/** How many minor units make one major unit (USD 2, JPY 0, KWD 3), as Intl knows it. */
export function minorUnitDigits(currency: string): number {
  return moneyFormat(currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/** 123456 USD → "$1,234.56". Integer division by a power of ten, never float arithmetic on sums. */
export function formatMoney(minor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const scale = 10 ** digits;
  const sign = minor < 0 ? -1 : 1;
  const abs = Math.abs(minor);
  const major = Math.trunc(abs / scale);
  const fraction = abs - major * scale;
  // Built as a decimal string so that formatting is exact even for large amounts.
  const decimal = digits === 0 ? `${major}` : `${major}.${String(fraction).padStart(digits, '0')}`;
  return moneyFormat(currency).format(sign * Number(decimal));
}

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
});

function toDate(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "Nov 26, 2026"; an unreadable value is shown as it came rather than hidden. */
export function formatDate(iso: string): string {
  const date = toDate(iso);
  return date === null ? iso : dateFormat.format(date);
}

/** "Nov 26, 2026, 2:05 PM". */
export function formatDateTime(iso: string): string {
  const date = toDate(iso);
  return date === null ? iso : dateTimeFormat.format(date);
}

const dayFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** A calendar day as the API sends it (YYYY-MM-DD, no time zone): "Nov 30, 2026" everywhere. */
export function formatDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const date = toDate(`${day}T00:00:00Z`);
  return date === null ? day : dayFormat.format(date);
}

const relativeFormats = {
  long: new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' }),
  short: new Intl.RelativeTimeFormat('en-US', { numeric: 'auto', style: 'short' }),
};
const RELATIVE_STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 60 * 60],
  ['day', 24 * 60 * 60],
];

/**
 * "in 3 hours", "2 days ago" ("in 3 hr." short): how far `iso` is from `now`, to the coarsest
 * sensible unit.
 */
export function formatRelative(
  iso: string,
  now: Date = new Date(),
  style: 'long' | 'short' = 'long',
): string {
  const relativeFormat = relativeFormats[style];
  const date = toDate(iso);
  if (date === null) return iso;
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return relativeFormat.format(0, 'minute');
  let unit: Intl.RelativeTimeFormatUnit = 'minute';
  let size = 60;
  for (const [candidate, candidateSize] of RELATIVE_STEPS) {
    if (abs >= candidateSize) {
      unit = candidate;
      size = candidateSize;
    }
  }
  return relativeFormat.format(Math.round(seconds / size), unit);
}

/** "DAMAGED_IN_TRANSIT" → "Damaged in transit": a readable fallback for enum values. */
export function humanizeEnum(value: string): string {
  const words = value.toLowerCase().split('_').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
