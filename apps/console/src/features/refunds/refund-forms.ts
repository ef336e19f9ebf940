import type { RejectRefundInput } from '../../lib/graphql/generated/graphql';
import { requireMinLength, requireText, type FieldErrors } from '../../lib/ui/form-errors';

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
