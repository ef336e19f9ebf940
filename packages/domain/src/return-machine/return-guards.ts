import { checkReturnless, type ReturnlessVerdict } from '../policy/returnless';
import {
  DECLINE_REASONS_NEEDING_NOTE,
  declineReasonLabel,
  type DeclineReasonCode,
} from '../reasons/decline-reasons';
import { err, ok, type Result } from '../result/result';

/** Why support declines: a catalogued reason, with a note when the code needs one. */
export interface DeclineContext {
  readonly declineReason: DeclineReasonCode;
  readonly note: string | null;
}

/** A returnless resolution completes once the verdict allows it and the refund is issued. */
export interface ReturnlessResolutionContext {
  readonly returnless: ReturnlessVerdict;
  readonly refundIssued: boolean;
}

/** Inspection is complete when no line is left without a grade. */
export interface InspectionContext {
  readonly ungradedLineIds: readonly string[];
}

/** How an inspected return was resolved. */
export const RESOLUTIONS = ['REFUND', 'REPLACEMENT', 'DECLINE'] as const;

/** One of {@link RESOLUTIONS}. */
export type Resolution = (typeof RESOLUTIONS)[number];

/** What completing an inspected return needs, by resolution. */
export type ResolutionContext =
  | { readonly resolution: 'REFUND'; readonly refundIssued: boolean }
  | { readonly resolution: 'REPLACEMENT'; readonly replacementOrderId: string | null }
  | ({ readonly resolution: 'DECLINE' } & DeclineContext);

/** A label expires when it was issued long enough ago and never scanned. */
export interface LabelExpiryContext {
  readonly labelIssuedAt: Date;
  readonly now: Date;
}

/** Days an unused return label stays valid before the return is cancelled. */
export const LABEL_EXPIRY_DAYS = 30;

const MS_PER_DAY = 86_400_000;

/**
 * The instant an unused label issued at `issuedAt` expires (30 × 24 h later).
 * @example labelExpiresAt(new Date('2025-03-01T10:00:00Z')) // 2025-03-31T10:00:00Z
 */
export function labelExpiresAt(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + LABEL_EXPIRY_DAYS * MS_PER_DAY);
}

/** Refuses a decline whose reason needs a note (OTHER) when the note is blank. */
export function requireDeclineNote(context: DeclineContext): Result<DeclineContext> {
  const needsNote = DECLINE_REASONS_NEEDING_NOTE.includes(context.declineReason);
  if (needsNote && (context.note ?? '').trim() === '') {
    return err(
      'DECLINE_NOTE_REQUIRED',
      `Declining with "${declineReasonLabel(context.declineReason)}" needs a note`,
      { declineReason: context.declineReason },
    );
  }
  return ok(context);
}

/** Allows a returnless completion only for an eligible return whose refund is issued. */
export function requireReturnlessRefundIssued(
  context: ReturnlessResolutionContext,
): Result<unknown> {
  const eligible = checkReturnless(context.returnless);
  if (!eligible.ok) return eligible;
  return context.refundIssued
    ? ok(context)
    : err('REFUND_NOT_ISSUED', 'A returnless return completes when its refund is issued');
}

/** Allows `inspect` only once every line has a grade. */
export function requireEveryLineGraded(context: InspectionContext): Result<InspectionContext> {
  if (context.ungradedLineIds.length === 0) return ok(context);
  return err('INSPECTION_INCOMPLETE', 'Every returned line needs a grade before inspection ends', {
    orderLineIds: context.ungradedLineIds,
  });
}

/**
 * Allows completion by refund once the refund is issued, by replacement once the replacement
 * order is recorded, and by decline with a catalogued reason.
 */
export function requireResolutionDone(context: ResolutionContext): Result<unknown> {
  switch (context.resolution) {
    case 'REFUND':
      return context.refundIssued
        ? ok(context)
        : err(
            'REFUND_NOT_ISSUED',
            'A return resolved by refund completes when the refund is issued',
          );
    case 'REPLACEMENT':
      return context.replacementOrderId !== null
        ? ok(context)
        : err(
            'REPLACEMENT_NOT_RECORDED',
            'A return resolved by replacement completes when the replacement order is recorded',
          );
    case 'DECLINE':
      return requireDeclineNote(context);
  }
}

/** Allows expiry only 30 days after the label was issued. */
export function requireLabelExpired(context: LabelExpiryContext): Result<LabelExpiryContext> {
  const expiresAt = labelExpiresAt(context.labelIssuedAt);
  if (context.now.getTime() >= expiresAt.getTime()) return ok(context);
  return err('LABEL_NOT_EXPIRED', `The label stays valid until ${expiresAt.toISOString()}`, {
    expiresAt: expiresAt.toISOString(),
  });
}
