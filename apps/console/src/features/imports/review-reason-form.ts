import {
  ReasonCode,
  type ReasonCode as ReasonCodeValue,
  type ReviewAmazonReturnReasonInput,
} from '../../lib/graphql/generated/graphql';
import type { SelectOption } from '../../lib/ui/Field';
import type { FieldErrors } from '../../lib/ui/form-errors';
import { reasonLabel } from '../returns/return-labels';

/** The review form as typed: the chosen code, and "remember" as 'yes' or ''. */
export interface ReviewReasonValues extends Record<string, string> {
  reasonCode: string;
  remember: string;
}

export const REVIEW_REASON_FIELDS = ['reasonCode', 'remember'] as const;

export const EMPTY_REVIEW_REASON: ReviewReasonValues = { reasonCode: '', remember: '' };

const REASON_CODES: readonly ReasonCodeValue[] = Object.values(ReasonCode);

const isReasonCode = (value: string): value is ReasonCodeValue =>
  REASON_CODES.some((code) => code === value);

/** Every catalogue reason, by its label, for the select. */
export const REASON_OPTIONS: readonly SelectOption[] = REASON_CODES.map((code) => ({
  value: code,
  label: reasonLabel(code),
})).sort((a, b) => a.label.localeCompare(b.label));

/** A reason must be chosen from the catalogue. */
export function validateReviewReason(
  values: ReviewReasonValues,
): FieldErrors<keyof ReviewReasonValues & string> {
  return isReasonCode(values.reasonCode) ? {} : { reasonCode: 'Choose the real reason' };
}

/** The mutation's input for a checked form; null while the form is not valid. */
export function toReviewReasonInput(
  returnLineId: string,
  values: ReviewReasonValues,
): ReviewAmazonReturnReasonInput | null {
  if (!isReasonCode(values.reasonCode)) return null;
  return {
    returnLineId,
    reasonCode: values.reasonCode,
    rememberMapping: values.remember === 'yes',
  };
}
