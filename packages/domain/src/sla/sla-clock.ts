import { parseIsoDate } from '../calendar/local-date';
import { endOfLocalDay, isValidInstant, isValidTimeZone, localDateOf } from '../calendar/time-zone';
import { err, ok, type Result } from '../result/result';
import { addBusinessDays } from './business-days';

/** The service-level promises Rebound tracks. */
export const SLA_KINDS = ['FIRST_RESPONSE', 'REFUND'] as const;

/** One of {@link SLA_KINDS}. */
export type SlaKind = (typeof SLA_KINDS)[number];

/** Where business days are counted: an IANA time zone and its holidays (ISO dates). */
export interface SlaCalendar {
  readonly timeZone: string;
  readonly holidays: readonly string[];
}

/** UTC with no holidays. */
export const DEFAULT_SLA_CALENDAR: SlaCalendar = Object.freeze({ timeZone: 'UTC', holidays: [] });

/** Support answers a return request within 24 hours. */
export const FIRST_RESPONSE_HOURS = 24;

/** The refund is issued within 2 business days of receipt (Amazon's rule). */
export const REFUND_BUSINESS_DAYS = 2;

/** A running or stopped SLA clock; `dueAt` is the last on-time instant. */
export interface SlaClock {
  readonly kind: SlaKind;
  readonly startedAt: Date;
  readonly dueAt: Date;
  /** When the promise was kept (first response sent, refund issued); null while running. */
  readonly stoppedAt: Date | null;
}

/**
 * The first-response clock: due 24 hours after the request.
 * @example firstResponseClock(new Date('2025-03-07T16:00:00Z')).dueAt // 2025-03-08T16:00:00Z
 */
export function firstResponseClock(requestedAt: Date): SlaClock {
  const dueAt = new Date(requestedAt.getTime() + FIRST_RESPONSE_HOURS * 3_600_000);
  return { kind: 'FIRST_RESPONSE', startedAt: requestedAt, dueAt, stoppedAt: null };
}

/**
 * The refund clock: due at the end of the 2nd business day after the local day of receipt
 * (weekends and the calendar's holidays skipped), in the calendar's time zone.
 * @example refundClock(new Date('2025-03-07T15:00:00Z')) // received Friday → due Tuesday 23:59:59.999 UTC
 */
export function refundClock(
  receivedAt: Date,
  calendar: SlaCalendar = DEFAULT_SLA_CALENDAR,
): Result<SlaClock> {
  if (!isValidTimeZone(calendar.timeZone)) {
    return err('INVALID_TIME_ZONE', `"${calendar.timeZone}" is not an IANA time zone`, {
      timeZone: calendar.timeZone,
    });
  }
  for (const holiday of calendar.holidays) {
    const parsed = parseIsoDate(holiday);
    if (!parsed.ok) return parsed;
  }
  if (!isValidInstant(receivedAt)) return err('INVALID_DATE', 'The receipt time is not valid');
  const receivedOn = localDateOf(receivedAt, calendar.timeZone);
  const dueDay = addBusinessDays(receivedOn, REFUND_BUSINESS_DAYS, new Set(calendar.holidays));
  const dueAt = endOfLocalDay(dueDay, calendar.timeZone);
  return ok({ kind: 'REFUND', startedAt: receivedAt, dueAt, stoppedAt: null });
}

/** Stops a clock when its promise is kept; a stopped clock stays stopped. */
export function stopClock(clock: SlaClock, at: Date): SlaClock {
  return clock.stoppedAt === null ? { ...clock, stoppedAt: at } : clock;
}

/**
 * A running clock is overdue once `now` is past its due instant; a stopped one never is.
 * @example isOverdue(firstResponseClock(requestedAt), new Date(requestedAt.getTime() + 24 * 3_600_000 + 1)) // true
 */
export function isOverdue(clock: SlaClock, now: Date): boolean {
  return clock.stoppedAt === null && now.getTime() > clock.dueAt.getTime();
}

/** A breach for analytics: overdue now, or stopped after it was due. */
export function isBreached(clock: SlaClock, now: Date): boolean {
  return (
    isOverdue(clock, now) ||
    (clock.stoppedAt !== null && clock.stoppedAt.getTime() > clock.dueAt.getTime())
  );
}
