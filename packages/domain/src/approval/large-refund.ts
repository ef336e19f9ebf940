import { minorUnitsPerMajor, type CurrencyCode } from '../money/currency';

/** Settings for large-refund approval. */
export interface ApprovalPolicy {
  /** Threshold per currency in minor units; absent → 500 major units (500.00 USD = 50000). */
  readonly largeRefundThresholds: Readonly<Partial<Record<CurrencyCode, number>>>;
}

/** Large-refund threshold when the policy names none for a currency: 500.00. */
export const DEFAULT_LARGE_REFUND_THRESHOLD_MAJOR_UNITS = 500;

/** DESIGN's default: 500.00 in every currency. */
export const DEFAULT_APPROVAL_POLICY: ApprovalPolicy = Object.freeze({ largeRefundThresholds: {} });

/**
 * The amount from which a refund needs approval, in minor units of `currency`.
 * @example largeRefundThreshold('USD') // 50000; largeRefundThreshold('JPY') // 500
 */
export function largeRefundThreshold(
  currency: CurrencyCode,
  policy: ApprovalPolicy = DEFAULT_APPROVAL_POLICY,
): number {
  return (
    policy.largeRefundThresholds[currency] ??
    DEFAULT_LARGE_REFUND_THRESHOLD_MAJOR_UNITS * minorUnitsPerMajor(currency)
  );
}

/**
 * A refund at or above the threshold needs a FINANCE approval before it is issued.
 * @example requiresApproval(50000, 50000) // true; requiresApproval(49999, 50000) // false
 */
export function requiresApproval(amount: number, threshold: number): boolean {
  return amount >= threshold;
}
