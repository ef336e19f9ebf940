import { INSPECTION_GRADES, type InspectionGrade } from '../disposition/inspection-grade';
import { err, ok, type Result } from '../result/result';

/** Restocking-fee settings, in whole percent of `unit price × units`. */
export interface RefundPolicy {
  /** Fee by inspection grade, charged only on CUSTOMER-fault lines. */
  readonly restockingFeePercent: Readonly<Record<InspectionGrade, number>>;
  /** Minimum fee for any grade when a late request was accepted by override. */
  readonly lateOverrideMinimumFeePercent: number;
}

/** DESIGN's defaults: NEW/LIKE_NEW 0 %, OPENED 20 %, DAMAGED_BY_CUSTOMER 50 %, late ≥ 20 %. */
export const DEFAULT_REFUND_POLICY: RefundPolicy = Object.freeze({
  restockingFeePercent: Object.freeze({
    NEW: 0,
    LIKE_NEW: 0,
    OPENED: 20,
    DAMAGED_BY_CUSTOMER: 50,
    DEFECTIVE: 0,
    WRONG_ITEM_RETURNED: 0,
    MISSING: 0,
  }),
  lateOverrideMinimumFeePercent: 20,
});

const isPercent = (value: number): boolean =>
  Number.isSafeInteger(value) && value >= 0 && value <= 100;

/**
 * Checks that every fee is a whole percentage from 0 to 100.
 * @example validateRefundPolicy({ ...DEFAULT_REFUND_POLICY, lateOverrideMinimumFeePercent: 120 }) // INVALID_POLICY
 */
export function validateRefundPolicy(policy: RefundPolicy): Result<RefundPolicy> {
  const invalidGrade = INSPECTION_GRADES.find(
    (grade) => !isPercent(policy.restockingFeePercent[grade]),
  );
  if (invalidGrade !== undefined) {
    return err('INVALID_POLICY', `The ${invalidGrade} restocking fee must be 0–100 %`, {
      setting: 'restockingFeePercent',
      grade: invalidGrade,
    });
  }
  if (!isPercent(policy.lateOverrideMinimumFeePercent)) {
    return err('INVALID_POLICY', 'The late-override minimum fee must be 0–100 %', {
      setting: 'lateOverrideMinimumFeePercent',
    });
  }
  return ok(policy);
}
