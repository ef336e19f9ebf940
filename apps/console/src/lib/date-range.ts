/** A calendar-day range as the user picks it: both ends included, ISO dates (YYYY-MM-DD). */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A real calendar date written YYYY-MM-DD (2025-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function toUtcMs(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Days in the range, both ends counted. */
export function daysIn(range: DateRange): number {
  return Math.round((toUtcMs(range.to) - toUtcMs(range.from)) / DAY_MS) + 1;
}

/** Today's date where the user is. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The last `days` days up to and including `today`. */
export function lastDays(today: string, days: number): DateRange {
  return { from: addDays(today, -(days - 1)), to: today };
}

export type DateRangeProblem = 'from' | 'to' | 'order';

/** Why a range typed by the user cannot be used; null when it can. */
export function dateRangeProblem(range: DateRange): DateRangeProblem | null {
  if (!isIsoDate(range.from)) return 'from';
  if (!isIsoDate(range.to)) return 'to';
  if (range.to < range.from) return 'order';
  return null;
}

export function describeDateRangeProblem(problem: DateRangeProblem): string {
  switch (problem) {
    case 'from':
      return 'Enter a start date like 2025-03-01.';
    case 'to':
      return 'Enter an end date like 2025-03-31.';
    case 'order':
      return 'The end date must be on or after the start date.';
  }
}

/** Reads `from`/`to` URL params; anything missing or unusable falls back to `fallback`. */
export function dateRangeFromParams(params: URLSearchParams, fallback: DateRange): DateRange {
  const range = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  return dateRangeProblem(range) === null ? range : fallback;
}

function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instantMs));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? '0');
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/** The instant local midnight of `date` happens in `timeZone` (an IANA name), as ISO 8601 UTC. */
export function startOfDayIn(date: string, timeZone: string): string {
  const wallClock = toUtcMs(date);
  const first = wallClock - zoneOffsetMs(wallClock, timeZone);
  // Near a DST change the offset at the guess differs from the offset at the answer.
  const second = wallClock - zoneOffsetMs(first, timeZone);
  return new Date(second).toISOString();
}

/** The range as the API's half-open instants [from, to): `to` is midnight after the last day. */
export function dateRangeInstants(
  range: DateRange,
  timeZone: string,
): { from: string; to: string } {
  return {
    from: startOfDayIn(range.from, timeZone),
    to: startOfDayIn(addDays(range.to, 1), timeZone),
  };
}
