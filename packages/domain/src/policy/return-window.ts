import { addDays, compareDates, formatIsoDate, laterDate } from '../calendar/local-date';
import { endOfLocalDay, localDateOf } from '../calendar/time-zone';
import type { ReturnPolicy } from './return-policy';

/** Which supplier and category a line's product belongs to, for window overrides. */
export interface WindowScope {
  readonly supplierId: string | null;
  readonly categoryId: string | null;
}

/** When a delivered line stops being returnable. */
export interface ReturnWindow {
  readonly windowDays: number;
  /** Delivery day in the policy's time zone (ISO date). */
  readonly deliveredOn: string;
  /** The last day a return may be requested, inclusive (ISO date). */
  readonly lastDay: string;
  /** The last instant of `lastDay` in the policy's time zone. */
  readonly deadline: Date;
  /** True when the holiday rule (31 Jan) gave a later last day than the plain window. */
  readonly holidayExtended: boolean;
}

/**
 * The window length for a product: supplier and category overrides replace the default;
 * when both apply the longer one wins, so no applicable promise is ever cut short.
 * @example windowDaysFor({ supplierId: 's1', categoryId: null }, policyWith60DaysForS1) // 60
 */
export function windowDaysFor(scope: WindowScope, policy: ReturnPolicy): number {
  const applicable = policy.windowOverrides
    .filter(
      (override) =>
        (override.scope === 'SUPPLIER' && override.id === scope.supplierId) ||
        (override.scope === 'CATEGORY' && override.id === scope.categoryId),
    )
    .map((override) => override.days);
  return applicable.length > 0 ? Math.max(...applicable) : policy.windowDays;
}

/**
 * The return window of something delivered at `deliveredAt`: `windowDays` calendar days after
 * the local delivery day; for deliveries from 1 Nov to 31 Dec, until 31 Jan of the next year
 * if that is later. Ends at the end of the last day in the policy's time zone.
 * @example returnWindow(new Date('2024-12-20T15:00:00Z'), 30, DEFAULT_RETURN_POLICY).lastDay // '2025-01-31'
 */
export function returnWindow(
  deliveredAt: Date,
  windowDays: number,
  policy: Pick<ReturnPolicy, 'holidayExtension' | 'timeZone'>,
): ReturnWindow {
  const deliveredOn = localDateOf(deliveredAt, policy.timeZone);
  const plainLastDay = addDays(deliveredOn, windowDays);
  const holidayLastDay =
    policy.holidayExtension && deliveredOn.month >= 11
      ? { year: deliveredOn.year + 1, month: 1, day: 31 }
      : plainLastDay;
  const lastDay = laterDate(plainLastDay, holidayLastDay);
  return {
    windowDays,
    deliveredOn: formatIsoDate(deliveredOn),
    lastDay: formatIsoDate(lastDay),
    deadline: endOfLocalDay(lastDay, policy.timeZone),
    holidayExtended: compareDates(lastDay, plainLastDay) > 0,
  };
}

/**
 * Tells whether a request made at `requestedAt` is inside the window (deadline inclusive).
 */
export function isWithinReturnWindow(requestedAt: Date, window: ReturnWindow): boolean {
  return requestedAt.getTime() <= window.deadline.getTime();
}
