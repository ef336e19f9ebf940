import type { Fault } from '../reasons/fault';
import { err, ok, type Result } from '../result/result';
import { isHeldGrade, type InspectionGrade } from './inspection-grade';

/** Where a returned unit goes after inspection. */
export const DISPOSITIONS = [
  'RESTOCK',
  'REFURBISH',
  'RETURN_TO_SUPPLIER',
  'DISPOSE',
  'HOLD',
] as const;

/** One of {@link DISPOSITIONS}. */
export type Disposition = (typeof DISPOSITIONS)[number];

/** Stock-ledger movement types a disposition produces. */
export const RETURN_STOCK_MOVEMENTS = [
  'RETURN_RESTOCK',
  'RETURN_QUARANTINE',
  'RETURN_TO_SUPPLIER',
  'WRITE_OFF',
] as const;

/** One of {@link RETURN_STOCK_MOVEMENTS}. */
export type ReturnStockMovement = (typeof RETURN_STOCK_MOVEMENTS)[number];

const STOCK_MOVEMENT: Readonly<Record<Disposition, ReturnStockMovement | null>> = {
  RESTOCK: 'RETURN_RESTOCK',
  REFURBISH: 'RETURN_QUARANTINE',
  RETURN_TO_SUPPLIER: 'RETURN_TO_SUPPLIER',
  DISPOSE: 'WRITE_OFF',
  HOLD: null,
};

/**
 * The default disposition: NEW/LIKE_NEW restock, OPENED is refurbished (quarantine),
 * DEFECTIVE goes back to the supplier when it is their fault and is disposed of otherwise,
 * DAMAGED_BY_CUSTOMER is disposed of, WRONG_ITEM_RETURNED and MISSING are held.
 * @example defaultDisposition('DEFECTIVE', 'SUPPLIER') // 'RETURN_TO_SUPPLIER'
 */
export function defaultDisposition(grade: InspectionGrade, fault: Fault): Disposition {
  switch (grade) {
    case 'NEW':
    case 'LIKE_NEW':
      return 'RESTOCK';
    case 'OPENED':
      return 'REFURBISH';
    case 'DEFECTIVE':
      return fault === 'SUPPLIER' ? 'RETURN_TO_SUPPLIER' : 'DISPOSE';
    case 'DAMAGED_BY_CUSTOMER':
      return 'DISPOSE';
    case 'WRONG_ITEM_RETURNED':
    case 'MISSING':
      return 'HOLD';
  }
}

/** An inspector's decision for one line. */
export interface DispositionDecision {
  readonly grade: InspectionGrade;
  readonly fault: Fault;
  /** The inspector's choice when it differs from the default; null keeps the default. */
  readonly override: Disposition | null;
}

/**
 * The disposition to record. An inspector may override the default, except that held lines
 * (wrong item, missing) stay on HOLD and no present item may be put on HOLD by override.
 * @example chooseDisposition({ grade: 'OPENED', fault: 'CUSTOMER', override: 'RESTOCK' }) // ok('RESTOCK')
 */
export function chooseDisposition(decision: DispositionDecision): Result<Disposition> {
  const fallback = defaultDisposition(decision.grade, decision.fault);
  if (decision.override === null || decision.override === fallback) return ok(fallback);
  if (isHeldGrade(decision.grade) || decision.override === 'HOLD') {
    return err(
      'DISPOSITION_OVERRIDE_NOT_ALLOWED',
      `A line graded ${decision.grade} cannot be set to ${decision.override}`,
      { grade: decision.grade, override: decision.override, disposition: fallback },
    );
  }
  return ok(decision.override);
}

/**
 * The stock movement a disposition books, or null for HOLD (nothing moves yet).
 * @example stockMovementFor('REFURBISH') // 'RETURN_QUARANTINE'
 */
export function stockMovementFor(disposition: Disposition): ReturnStockMovement | null {
  return STOCK_MOVEMENT[disposition];
}
