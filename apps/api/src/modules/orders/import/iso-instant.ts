import { parseIsoDate } from '@rebound/domain';

// A date alone, or a date-time that says its offset: never the host's time zone.
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Reads an ISO 8601 instant: `2025-03-01` (midnight UTC) or a date-time with `Z` or an offset,
 * like `2025-03-01T14:30:00Z` or `2025-03-01T09:30-05:00`. Null when it is not one.
 */
export function parseIsoInstant(text: string): Date | null {
  const match = DATE_TIME.exec(text);
  if (match === null) return null;
  const [, date = '', hours, minutes, seconds, zone] = match;
  if (!parseIsoDate(date).ok) return null;
  if (Number(hours ?? 0) > 23 || Number(minutes ?? 0) > 59 || Number(seconds ?? 0) > 59) {
    return null;
  }
  if (
    zone !== undefined &&
    zone !== 'Z' &&
    (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4)) > 59)
  ) {
    return null;
  }
  const instant = new Date(zone === undefined ? `${date}T00:00:00Z` : text);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
