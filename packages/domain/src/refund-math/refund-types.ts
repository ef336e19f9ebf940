import type { InspectionGrade } from '../disposition/inspection-grade';
import type { CurrencyCode } from '../money/currency';
import type { Money } from '../money/money';
import type { OrderLine } from '../order/order-line';
import type { Fault } from '../reasons/fault';
import type { ReasonCode } from '../reasons/reason-catalogue';
import type { ReturnShippingPayer } from '../reasons/return-shipping-payer';

/** The order being refunded: one currency, its lines as paid. */
export interface RefundOrder {
  readonly currency: CurrencyCode;
  readonly lines: readonly OrderLine[];
}

/** A line of the return, after inspection. */
export interface ReturnedLine {
  readonly orderLineId: string;
  /** Units returned (`r`), from 1 to the units ordered. */
  readonly units: number;
  readonly reasonCode: ReasonCode;
  /** Null when never inspected (a returnless refund). */
  readonly grade: InspectionGrade | null;
  /** The inspector's fault re-assessment, if any. */
  readonly faultOverride: Fault | null;
}

/** Who paid for shipping the return back, and how much. */
export type ReturnLabelCharge =
  | { readonly kind: 'NONE' }
  | { readonly kind: 'SELLER_PREPAID'; readonly cost: Money }
  | { readonly kind: 'CUSTOMER_PAID'; readonly receipt: Money };

/** An amount already refunded for an order line (earlier refunds of the same order). */
export interface PriorRefund {
  readonly orderLineId: string;
  readonly amount: number;
}

/** Everything the refund calculator needs. */
export interface RefundCalculationInput {
  readonly order: RefundOrder;
  readonly lines: readonly ReturnedLine[];
  /** True when the request came after the window and was accepted by override. */
  readonly acceptedByOverride: boolean;
  readonly label: ReturnLabelCharge;
  readonly alreadyRefunded: readonly PriorRefund[];
}

/** Why a line's refund is zero or reduced. */
export const REFUND_LINE_NOTES = [
  'WRONG_ITEM_RETURNED_PENDING_RESOLUTION',
  'MISSING_PENDING_RESOLUTION',
  'NOTHING_LEFT_TO_REFUND',
  'CAPPED_AT_REMAINING',
] as const;

/** One of {@link REFUND_LINE_NOTES}. */
export type RefundLineNote = (typeof REFUND_LINE_NOTES)[number];

/** The itemised refund of one line, in minor units. */
export interface RefundLine {
  readonly orderLineId: string;
  readonly units: number;
  readonly quantityOrdered: number;
  /** The fault after inspection. */
  readonly fault: Fault;
  readonly grade: InspectionGrade | null;
  /** `unit price × units`. */
  readonly item: number;
  /** The line's tax share for these units. */
  readonly tax: number;
  /** Outbound shipping share refunded (zero for CUSTOMER fault). */
  readonly shipping: number;
  readonly restockingFeePercent: number;
  readonly restockingFee: number;
  /** `item + tax + shipping − restockingFee`. */
  readonly lineTotal: number;
  /** What was paid for the line minus what was already refunded for it. */
  readonly remaining: number;
  /** This line's part of the refund total (after the cap and per-return adjustments). */
  readonly refund: number;
  readonly note: RefundLineNote | null;
}

/** The refund of one return: lines, per-return adjustments, cap and total. */
export interface RefundBreakdown {
  readonly currency: CurrencyCode;
  readonly lines: readonly RefundLine[];
  readonly items: number;
  readonly tax: number;
  readonly shipping: number;
  readonly restockingFees: number;
  /** Prepaid label cost deducted once, when every line is CUSTOMER fault. */
  readonly labelDeduction: number;
  /** Customer's return-shipping receipt added, when some line is not CUSTOMER fault. */
  readonly shippingReimbursement: number;
  /** What remains refundable for the lines being refunded: the cap. */
  readonly remainingRefundable: number;
  readonly total: number;
  readonly returnShippingPayer: ReturnShippingPayer;
}
