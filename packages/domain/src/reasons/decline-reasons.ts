/** Why support declines a return request (or a return at resolution). */
export const DECLINE_REASON_CODES = [
  'RETURN_WINDOW_EXPIRED',
  'NOT_AUTHORIZED',
  'ITEM_NOT_RETURNED_IN_ORIGINAL_CONDITION',
  'EXCESSIVE_RETURNS',
  'ITEM_NOT_ELIGIBLE',
  'DUPLICATE_REQUEST',
  'QUANTITY_NOT_DELIVERED',
  'OTHER',
] as const;

/** One of {@link DECLINE_REASON_CODES}. */
export type DeclineReasonCode = (typeof DECLINE_REASON_CODES)[number];

/** The label shown to support and quoted to the customer for each decline reason. */
export const DECLINE_REASON_LABELS: Readonly<Record<DeclineReasonCode, string>> = Object.freeze({
  RETURN_WINDOW_EXPIRED: 'The return window for this item has closed',
  NOT_AUTHORIZED: 'The return was not authorized before the item was sent back',
  ITEM_NOT_RETURNED_IN_ORIGINAL_CONDITION: 'The item was not returned in its original condition',
  EXCESSIVE_RETURNS: 'This account has an excessive number of returns',
  ITEM_NOT_ELIGIBLE: 'This item cannot be returned (for example hygiene or custom-made items)',
  DUPLICATE_REQUEST: 'A return has already been requested for these items',
  QUANTITY_NOT_DELIVERED: 'More units were requested than were delivered',
  OTHER: 'Other (see the note from support)',
});

/** Decline reasons that need a written note because the code alone explains nothing. */
export const DECLINE_REASONS_NEEDING_NOTE: readonly DeclineReasonCode[] = ['OTHER'];

/**
 * The label for a decline reason.
 * @example declineReasonLabel('EXCESSIVE_RETURNS') // 'This account has an excessive number of returns'
 */
export function declineReasonLabel(code: DeclineReasonCode): string {
  return DECLINE_REASON_LABELS[code];
}
