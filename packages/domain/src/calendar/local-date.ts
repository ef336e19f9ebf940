import { err, ok, type Result } from '../result/result';

/** A calendar day with no time zone attached (a delivery day, a holiday, a due day). */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads an ISO 8601 calendar date, refusing impossible days.
 * @example parseIsoDate('2024-02-29') // ok({ year: 2024, month: 2, day: 29 })
 * @example parseIsoDate('2023-02-29') // INVALID_DATE
 */
export function parseIsoDate(text: string): Result<LocalDate> {
  const match = ISO_DATE.exec(text);
  if (match !== null) {
    const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    if (formatIsoDate(fromEpochDay(toEpochDay(date))) === text) return ok(date);
  }
  return err('INVALID_DATE', `"${text}" is not a calendar date (YYYY-MM-DD)`, { text });
}

/** Writes a day as `YYYY-MM-DD`. */
export function formatIsoDate(date: LocalDate): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Days since 1970-01-01; pure calendar arithmetic, independent of any time zone. */
export function toEpochDay(date: LocalDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY;
}

/** The calendar day `epochDay` days after 1970-01-01. */
export function fromEpochDay(epochDay: number): LocalDate {
  const utc = new Date(epochDay * MS_PER_DAY);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/**
 * The day `days` later (or earlier when negative).
 * @example addDays({ year: 2024, month: 12, day: 20 }, 30) // 2025-01-19
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Negative when `a` is before `b`, zero on the same day, positive after. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

/** The later of two days. */
export function laterDate(a: LocalDate, b: LocalDate): LocalDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return new Date(toEpochDay(date) * MS_PER_DAY).getUTCDay();
}
