import type {
  AdjustRefundAmountInput,
  RejectRefundInput,
} from '../../lib/graphql/generated/graphql';
import { requireMinLength, requireText, type FieldErrors } from '../../lib/ui/form-errors';
import { formatMoney } from '../../lib/ui/format';

export interface RejectRefundFields extends Record<string, string> {
  readonly reason: string;
}

/** Short enough to type, long enough that the next person understands the refusal. */
export const REJECT_REASON_MIN_LENGTH = 5;

export function validateRejectRefund(fields: RejectRefundFields): FieldErrors<'reason'> {
  const message =
    requireText(fields.reason, 'Say why the refund is rejected.') ??
    requireMinLength(
      fields.reason,
      REJECT_REASON_MIN_LENGTH,
      `Write at least ${REJECT_REASON_MIN_LENGTH} characters.`,
    );
  return message === undefined ? {} : { reason: message };
}

export function toRejectRefundInput(id: string, fields: RejectRefundFields): RejectRefundInput {
  return { id, reason: fields.reason.trim() };
}

export interface AdjustRefundFields extends Record<string, string> {
  /** The new total as typed, in major units ("412.50"). */
  readonly total: string;
  readonly reason: string;
}

/** What the adjust form checks against: the refund's currency, current and computed totals. */
export interface AdjustRefundLimits {
  readonly currency: string;
  /** Digits after the decimal point in this currency (2 for USD, 0 for JPY). */
  readonly digits: number;
  readonly currentTotal: number;
  /** What the calculator gave last (before any adjustment): an adjustment may not exceed it. */
  readonly computedTotal: number;
}

export const ADJUST_REASON_MIN_LENGTH = 5;
/** The API's limit. */
export const ADJUST_REASON_MAX_LENGTH = 2000;

/**
 * "412.50" → 41250 minor units, by string arithmetic (no float rounding); null when it is not
 * a plain non-negative amount with at most `digits` decimals.
 */
export function parseMinorUnits(typed: string, digits: number): number | null {
  const text = typed.trim();
  const pattern = digits === 0 ? /^(\d+)$/ : new RegExp(`^(\\d+)(?:\\.(\\d{0,${digits}}))?$`);
  const match = pattern.exec(text);
  if (match === null) return null;
  const [, major = '', fraction = ''] = match;
  const minor = Number(`${major}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units back to what the field shows: 41250 → "412.50". */
export function minorToInput(minor: number, digits: number): string {
  if (digits === 0) return String(minor);
  const text = String(minor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

export function validateAdjustRefund(
  fields: AdjustRefundFields,
  limits: AdjustRefundLimits,
): FieldErrors<'total' | 'reason'> {
  const errors: { total?: string; reason?: string } = {};
  const example = minorToInput(Math.min(limits.currentTotal, limits.computedTotal), limits.digits);
  if (fields.total.trim() === '') errors.total = 'Enter the new total.';
  else {
    const minor = parseMinorUnits(fields.total, limits.digits);
    if (minor === null)
      errors.total =
        limits.digits === 0
          ? `Enter a whole amount without separators, e.g. ${example}.`
          : `Enter an amount with a decimal point and at most ${limits.digits} decimals, e.g. ${example}.`;
    else if (minor > limits.computedTotal)
      errors.total = `An adjustment can only lower the refund: at most ${formatMoney(limits.computedTotal, limits.currency)}.`;
    else if (minor === limits.currentTotal) errors.total = 'That is already the total.';
  }
  const reason =
    requireText(fields.reason, 'Say why the amount changes.') ??
    requireMinLength(
      fields.reason,
      ADJUST_REASON_MIN_LENGTH,
      `Write at least ${ADJUST_REASON_MIN_LENGTH} characters.`,
    );
  if (reason !== undefined) errors.reason = reason;
  else if (fields.reason.trim().length > ADJUST_REASON_MAX_LENGTH)
    errors.reason = `Keep it under ${ADJUST_REASON_MAX_LENGTH} characters.`;
  return errors;
}

export function toAdjustRefundInput(
  id: string,
  fields: AdjustRefundFields,
  digits: number,
): AdjustRefundAmountInput {
  const total = parseMinorUnits(fields.total, digits);
  if (total === null) throw new Error('validateAdjustRefund must pass before the input is built');
  return { id, total, reason: fields.reason.trim() };
}
