import {
  Carrier,
  DeclineReason,
  Disposition,
  Fault,
  InspectionGrade,
  NoteVisibility,
  RefundMethod,
  type AddNoteInput,
  type AuthorizeReturnInput,
  type CancelReturnInput,
  type InspectReturnLineInput,
  type IssueReturnLabelInput,
  type RejectReturnInput,
  type ResolveReturnInput,
  type CreateRefundInput,
} from '../../lib/graphql/generated/graphql';
import { requireMinLength, requireText, type FieldErrors } from '../../lib/ui/form-errors';

/** The forms of the return page: what the user types, how it is checked, what is sent. */

function enumValue<T extends string>(values: Record<string, T>, raw: string): T | null {
  return (Object.values(values) as string[]).includes(raw) ? (raw as T) : null;
}

const trimmedOrNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

// ---- Authorize ---------------------------------------------------------------------------

export interface AuthorizeFields extends Record<string, string> {
  readonly overrideReason: string;
}

export interface AuthorizeRules {
  /** The request was late and no override was recorded with it: the authorizer must give one. */
  readonly overrideRequired: boolean;
  readonly minLength: number;
}

export function validateAuthorize(
  fields: AuthorizeFields,
  rules: AuthorizeRules,
): FieldErrors<'overrideReason'> {
  if (!rules.overrideRequired && fields.overrideReason.trim() === '') return {};
  const message =
    requireText(
      fields.overrideReason,
      'This request is outside the return window: say why it is accepted.',
    ) ??
    requireMinLength(
      fields.overrideReason,
      rules.minLength,
      `Write at least ${rules.minLength} characters: the reason is audited.`,
    );
  return message === undefined ? {} : { overrideReason: message };
}

export function toAuthorizeInput(id: string, fields: AuthorizeFields): AuthorizeReturnInput {
  const overrideReason = trimmedOrNull(fields.overrideReason);
  return overrideReason === null ? { id } : { id, overrideReason };
}

// ---- Reject ------------------------------------------------------------------------------

export interface RejectFields extends Record<string, string> {
  readonly declineReason: string;
  readonly note: string;
}

export function validateReject(fields: RejectFields): FieldErrors<'declineReason' | 'note'> {
  const reason = enumValue(DeclineReason, fields.declineReason);
  return {
    ...(reason === null ? { declineReason: 'Choose why the return is declined.' } : {}),
    ...(reason === 'OTHER' && fields.note.trim() === ''
      ? { note: 'Explain the decline: “Other” needs a note.' }
      : {}),
  };
}

export function toRejectInput(id: string, fields: RejectFields): RejectReturnInput {
  const declineReason = enumValue(DeclineReason, fields.declineReason);
  if (declineReason === null) throw new Error('validateReject first');
  const note = trimmedOrNull(fields.note);
  return note === null ? { id, declineReason } : { id, declineReason, note };
}

// ---- Cancel ------------------------------------------------------------------------------

export interface CancelFields extends Record<string, string> {
  readonly reason: string;
}

export function validateCancel(fields: CancelFields): FieldErrors<'reason'> {
  const message = requireText(fields.reason, 'Say why the return is cancelled.');
  return message === undefined ? {} : { reason: message };
}

export function toCancelInput(id: string, fields: CancelFields): CancelReturnInput {
  return { id, reason: fields.reason.trim() };
}

// ---- Issue label -------------------------------------------------------------------------

export interface IssueLabelFields extends Record<string, string> {
  readonly carrier: string;
}

export function validateIssueLabel(fields: IssueLabelFields): FieldErrors<'carrier'> {
  return enumValue(Carrier, fields.carrier) === null ? { carrier: 'Choose a carrier.' } : {};
}

export function toIssueLabelInput(id: string, fields: IssueLabelFields): IssueReturnLabelInput {
  const carrier = enumValue(Carrier, fields.carrier);
  if (carrier === null) throw new Error('validateIssueLabel first');
  return { id, carrier };
}

// ---- Inspect a line ----------------------------------------------------------------------

export interface InspectFields extends Record<string, string> {
  readonly grade: string;
  /** Empty: keep the fault the reason code implies. */
  readonly fault: string;
  /** Empty: the default disposition for the grade and fault. */
  readonly disposition: string;
  readonly notes: string;
}

export const INSPECT_FIELD_ORDER = ['grade', 'fault', 'disposition', 'notes'] as const;

export function validateInspect(
  fields: InspectFields,
): FieldErrors<'grade' | 'fault' | 'disposition'> {
  return {
    ...(enumValue(InspectionGrade, fields.grade) === null
      ? { grade: 'Grade the item as found in the parcel.' }
      : {}),
    ...(fields.fault !== '' && enumValue(Fault, fields.fault) === null
      ? { fault: 'Choose a fault or leave it as the reason says.' }
      : {}),
    ...(fields.disposition !== '' && enumValue(Disposition, fields.disposition) === null
      ? { disposition: 'Choose a disposition or leave the default.' }
      : {}),
  };
}

export function toInspectInput(
  returnLineId: string,
  fields: InspectFields,
): InspectReturnLineInput {
  const grade = enumValue(InspectionGrade, fields.grade);
  if (grade === null) throw new Error('validateInspect first');
  const fault = enumValue(Fault, fields.fault);
  const disposition = enumValue(Disposition, fields.disposition);
  const notes = trimmedOrNull(fields.notes);
  return {
    returnLineId,
    grade,
    ...(fault === null ? {} : { fault }),
    ...(disposition === null ? {} : { disposition }),
    ...(notes === null ? {} : { notes }),
  };
}

// ---- Resolve -----------------------------------------------------------------------------

export interface ResolveFields extends Record<string, string> {
  readonly resolution: string;
  readonly replacementOrderId: string;
  readonly declineReason: string;
  readonly note: string;
}

/** Refunds are resolved by issuing the refund; this form completes the other two ways. */
export const MANUAL_RESOLUTIONS = ['REPLACEMENT', 'DECLINE'] as const;

export function validateResolve(
  fields: ResolveFields,
): FieldErrors<'resolution' | 'replacementOrderId' | 'declineReason' | 'note'> {
  const resolution = (MANUAL_RESOLUTIONS as readonly string[]).includes(fields.resolution)
    ? fields.resolution
    : null;
  if (resolution === null) return { resolution: 'Choose how the return is resolved.' };
  if (resolution === 'REPLACEMENT') {
    const message = requireText(fields.replacementOrderId, 'Enter the replacement order’s id.');
    return message === undefined ? {} : { replacementOrderId: message };
  }
  return validateReject({ declineReason: fields.declineReason, note: fields.note });
}

export function toResolveInput(id: string, fields: ResolveFields): ResolveReturnInput {
  const note = trimmedOrNull(fields.note);
  if (fields.resolution === 'REPLACEMENT') {
    return {
      id,
      resolution: 'REPLACEMENT',
      replacementOrderId: fields.replacementOrderId.trim(),
      ...(note === null ? {} : { note }),
    };
  }
  const declineReason = enumValue(DeclineReason, fields.declineReason);
  if (declineReason === null) throw new Error('validateResolve first');
  return { id, resolution: 'DECLINE', declineReason, ...(note === null ? {} : { note }) };
}

// ---- Note --------------------------------------------------------------------------------

export interface NoteFields extends Record<string, string> {
  readonly body: string;
  readonly visibility: string;
}

export const NOTE_MAX_LENGTH = 2000;

export function validateNote(fields: NoteFields): FieldErrors<'body' | 'visibility'> {
  const body =
    requireText(fields.body, 'Write the note first.') ??
    (fields.body.trim().length > NOTE_MAX_LENGTH
      ? `Keep it under ${NOTE_MAX_LENGTH} characters.`
      : undefined);
  return {
    ...(body === undefined ? {} : { body }),
    ...(enumValue(NoteVisibility, fields.visibility) === null
      ? { visibility: 'Choose who sees the note.' }
      : {}),
  };
}

export function toNoteInput(returnId: string, fields: NoteFields): AddNoteInput {
  const visibility = enumValue(NoteVisibility, fields.visibility);
  if (visibility === null) throw new Error('validateNote first');
  return { returnId, body: fields.body.trim(), visibility };
}

// ---- Create refund -----------------------------------------------------------------------

export interface CreateRefundFields extends Record<string, string> {
  /** Empty: the API's default (the marketplace). */
  readonly method: string;
}

export function validateCreateRefund(fields: CreateRefundFields): FieldErrors<'method'> {
  return fields.method !== '' && enumValue(RefundMethod, fields.method) === null
    ? { method: 'Choose how the money goes back.' }
    : {};
}

export function toCreateRefundInput(
  returnId: string,
  fields: CreateRefundFields,
): CreateRefundInput {
  const method = enumValue(RefundMethod, fields.method);
  return method === null ? { returnId } : { returnId, method };
}

// ---- Queue filters -----------------------------------------------------------------------

export interface DateRangeFields extends Record<string, string> {
  readonly from: string;
  readonly to: string;
}

/** Days as the date inputs give them (YYYY-MM-DD); the range may be open at either end. */
export function validateDateRange(fields: DateRangeFields): FieldErrors<'from' | 'to'> {
  if (fields.from !== '' && fields.to !== '' && fields.from > fields.to) {
    return { to: 'The end date must be on or after the start date.' };
  }
  return {};
}
