import type { RefundBreakdown } from '@rebound/domain';

/** Finance's manual change of a computed total, kept with the breakdown it changed. */
export interface StoredAdjustment {
  /** The total the calculator gave before finance changed it. */
  computedTotal: number;
  reason: string;
  adjustedById: string;
  /** ISO instant. */
  adjustedAt: string;
}

/**
 * The refunds.breakdown column: the domain's RefundBreakdown, where `total` and the lines'
 * `refund` are what is actually refunded; after a manual adjustment, `adjustment` says what the
 * calculator had computed and why it was changed.
 */
export type StoredBreakdown = RefundBreakdown & { adjustment?: StoredAdjustment };

/** Reads the jsonb column back (it was written as a StoredBreakdown). */
export function storedBreakdown(value: object): StoredBreakdown {
  return value as StoredBreakdown;
}
