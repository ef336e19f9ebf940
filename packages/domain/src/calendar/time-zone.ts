import { err, ok, type Result } from '../result/result';
import { addDays, compareDates, type LocalDate } from './local-date';

const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Tells whether `timeZone` is an IANA zone name the runtime knows ("UTC", "Europe/Berlin"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Validates a time-zone setting.
 * @example checkTimeZone('America/New_York') // ok('America/New_York')
 */
export function checkTimeZone(timeZone: string): Result<string> {
  return isValidTimeZone(timeZone)
    ? ok(timeZone)
    : err('INVALID_TIME_ZONE', `"${timeZone}" is not an IANA time zone`, { timeZone });
}

/** Wall-clock fields of an instant in a zone, seen as if they were UTC (milliseconds). */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const field = new Map(parts.map((part) => [part.type, Number(part.value)]));
  const at = (type: Intl.DateTimeFormatPartTypes): number => Number(field.get(type));
  return Date.UTC(at('year'), at('month') - 1, at('day'), at('hour'), at('minute'), at('second'));
}

/** Offset of the zone from UTC at an instant, in milliseconds (New York in winter: −5 h). */
function offsetAt(instant: number, timeZone: string): number {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return wallClockAsUtc(wholeSecond, timeZone) - wholeSecond;
}

/**
 * The calendar day an instant falls on in a zone; never the host's zone.
 * @example localDateOf(new Date('2024-12-31T23:30:00-05:00'), 'America/New_York') // 2024-12-31
 */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const wall = new Date(wallClockAsUtc(instant.getTime(), timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/**
 * The first instant of a calendar day in a zone: local midnight, or — when a daylight-saving
 * change skips midnight — the first instant after the gap. Midnight is tried under the offsets
 * in force a day before and a day after; the earliest candidate that falls on the day wins.
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day);
  const candidates = [
    wall - offsetAt(wall - MS_PER_DAY, timeZone),
    wall - offsetAt(wall + MS_PER_DAY, timeZone),
  ];
  const onTheDay = candidates.filter(
    (instant) => compareDates(localDateOf(new Date(instant), timeZone), date) === 0,
  );
  return new Date(Math.min(...onTheDay));
}

/**
 * The last millisecond of a calendar day in a zone: deadlines are inclusive of that day.
 * @example endOfLocalDay({ year: 2025, month: 1, day: 31 }, 'UTC') // 2025-01-31T23:59:59.999Z
 */
export function endOfLocalDay(date: LocalDate, timeZone: string): Date {
  return new Date(startOfLocalDay(addDays(date, 1), timeZone).getTime() - 1);
}

/** Tells whether a Date holds a real instant (not `new Date('garbage')`). */
export function isValidInstant(instant: Date): boolean {
  return !Number.isNaN(instant.getTime());
}
