import { isValidTimeZone } from '../calendar/time-zone';
import type { CurrencyCode } from '../money/currency';
import { err, ok, type Result } from '../result/result';

/** A return window that replaces the default for one supplier's or one category's products. */
export interface WindowOverride {
  readonly scope: 'SUPPLIER' | 'CATEGORY';
  /** The supplier id or category id the override applies to. */
  readonly id: string;
  readonly days: number;
}

/** The seller's return policy settings. */
export interface ReturnPolicy {
  /** Days after delivery a return may be requested (DESIGN: 30). */
  readonly windowDays: number;
  readonly windowOverrides: readonly WindowOverride[];
  /** Items delivered 1 Nov–31 Dec are returnable until 31 Jan of the next year. */
  readonly holidayExtension: boolean;
  /** IANA zone whose calendar days the window counts; deadlines end at local midnight. */
  readonly timeZone: string;
  /** Minimum length (after trimming) of the written reason for an out-of-window override. */
  readonly overrideReasonMinLength: number;
  /** Returnless-refund threshold per currency in minor units; absent → 10 major units. */
  readonly returnlessThresholds: Readonly<Partial<Record<CurrencyCode, number>>>;
}

/** Returnless threshold when the policy names none for a currency: 10.00 (¥10, 10.000 KWD). */
export const DEFAULT_RETURNLESS_THRESHOLD_MAJOR_UNITS = 10;

/** DESIGN's defaults: 30 days, holiday extension on, UTC calendar. */
export const DEFAULT_RETURN_POLICY: ReturnPolicy = Object.freeze({
  windowDays: 30,
  windowOverrides: [],
  holidayExtension: true,
  timeZone: 'UTC',
  overrideReasonMinLength: 10,
  returnlessThresholds: {},
});

const isWholeAtLeast = (value: number, minimum: number): boolean =>
  Number.isSafeInteger(value) && value >= minimum;

function invalid(setting: string, message: string): Result<never> {
  return err('INVALID_POLICY', message, { setting });
}

/**
 * Checks policy settings before they are saved or used.
 * @example validateReturnPolicy({ ...DEFAULT_RETURN_POLICY, windowDays: 0 }) // INVALID_POLICY
 */
export function validateReturnPolicy(policy: ReturnPolicy): Result<ReturnPolicy> {
  if (!isWholeAtLeast(policy.windowDays, 1)) {
    return invalid('windowDays', 'The return window must be a whole number of days ≥ 1');
  }
  if (!policy.windowOverrides.every((override) => isWholeAtLeast(override.days, 1))) {
    return invalid('windowOverrides', 'Window overrides must be whole numbers of days ≥ 1');
  }
  if (!isValidTimeZone(policy.timeZone)) {
    return invalid('timeZone', `"${policy.timeZone}" is not an IANA time zone`);
  }
  if (!isWholeAtLeast(policy.overrideReasonMinLength, 1)) {
    return invalid('overrideReasonMinLength', 'Override reasons need a minimum length ≥ 1');
  }
  if (!Object.values(policy.returnlessThresholds).every((t) => isWholeAtLeast(t, 0))) {
    return invalid('returnlessThresholds', 'Returnless thresholds must be minor units ≥ 0');
  }
  return ok(policy);
}
