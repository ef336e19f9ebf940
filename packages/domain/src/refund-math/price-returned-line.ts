import { inspectedFault } from '../disposition/inspected-fault';
import type { InspectionGrade } from '../disposition/inspection-grade';
import { percentageHalfUp } from '../money/share';
import { sharesForUnits, type OrderLine } from '../order/order-line';
import type { Fault } from '../reasons/fault';
import type { RefundPolicy } from './refund-policy';
import type { RefundLine, RefundLineNote, ReturnedLine } from './refund-types';

/** A priced line before the per-return adjustments split the total over lines. */
export type PricedLine = Omit<RefundLine, 'refund'> & {
  /** Held lines (wrong item, missing) are left out of the refund and of the cap. */
  readonly held: boolean;
};

const HOLD_NOTES: Partial<Record<InspectionGrade, RefundLineNote>> = {
  WRONG_ITEM_RETURNED: 'WRONG_ITEM_RETURNED_PENDING_RESOLUTION',
  MISSING: 'MISSING_PENDING_RESOLUTION',
};

/**
 * The restocking fee percentage: none unless the customer is at fault; then the grade's fee,
 * raised to the late-override minimum when the request was accepted after the window.
 * @example restockingFeePercent('CUSTOMER', 'NEW', true, DEFAULT_REFUND_POLICY) // 20
 */
export function restockingFeePercent(
  fault: Fault,
  grade: InspectionGrade | null,
  acceptedByOverride: boolean,
  policy: RefundPolicy,
): number {
  if (fault !== 'CUSTOMER') return 0;
  const gradeFee = grade === null ? 0 : policy.restockingFeePercent[grade];
  const lateFee = acceptedByOverride ? policy.lateOverrideMinimumFeePercent : 0;
  return Math.max(gradeFee, lateFee);
}

function noteFor(lineTotal: number, remaining: number): RefundLineNote | null {
  if (remaining === 0) return 'NOTHING_LEFT_TO_REFUND';
  return lineTotal > remaining ? 'CAPPED_AT_REMAINING' : null;
}

/**
 * Steps 1–4 of DESIGN's refund calculation for one validated line: held lines contribute
 * nothing; otherwise item and tax share, shipping share unless CUSTOMER fault, minus the
 * restocking fee (CUSTOMER fault only), all `× r / n` rounded half-up.
 */
export function priceReturnedLine(
  orderLine: OrderLine,
  returned: ReturnedLine,
  remaining: number,
  acceptedByOverride: boolean,
  policy: RefundPolicy,
): PricedLine {
  const fault = inspectedFault(returned);
  const base = {
    orderLineId: orderLine.orderLineId,
    units: returned.units,
    quantityOrdered: orderLine.quantity,
    fault,
    grade: returned.grade,
    remaining,
  };
  const holdNote = returned.grade === null ? undefined : HOLD_NOTES[returned.grade];
  if (holdNote !== undefined) {
    return {
      ...base,
      item: 0,
      tax: 0,
      shipping: 0,
      restockingFeePercent: 0,
      restockingFee: 0,
      lineTotal: 0,
      note: holdNote,
      held: true,
    };
  }
  const shares = sharesForUnits(orderLine, returned.units);
  const feePercent = restockingFeePercent(fault, returned.grade, acceptedByOverride, policy);
  const restockingFee = percentageHalfUp(shares.item, feePercent);
  const shipping = fault === 'CUSTOMER' ? 0 : shares.shipping;
  const lineTotal = shares.item + shares.tax + shipping - restockingFee;
  return {
    ...base,
    item: shares.item,
    tax: shares.tax,
    shipping,
    restockingFeePercent: feePercent,
    restockingFee,
    lineTotal,
    note: noteFor(lineTotal, remaining),
    held: false,
  };
}
