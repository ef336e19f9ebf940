import type { CurrencyCode } from '../../money/currency';
import type { OrderLine } from '../../order/order-line';
import type {
  RefundCalculationInput,
  ReturnedLine,
  ReturnLabelCharge,
} from '../../refund-math/refund-types';

/** DESIGN's worked example line: 2 × 49.99 USD with 5.98 shipping, no tax. */
export const GADGET: OrderLine = {
  orderLineId: 'gadget',
  unitPrice: 4999,
  quantity: 2,
  tax: 0,
  shipping: 598,
};

/** A second, cheaper line: 25.00 with 2.00 tax and 3.00 shipping. */
export const CABLE: OrderLine = {
  orderLineId: 'cable',
  unitPrice: 2500,
  quantity: 1,
  tax: 200,
  shipping: 300,
};

export const NO_LABEL: ReturnLabelCharge = { kind: 'NONE' };

export function prepaidLabel(amount: number, currency: CurrencyCode = 'USD'): ReturnLabelCharge {
  return { kind: 'SELLER_PREPAID', cost: { amount, currency } };
}

export function customerReceipt(amount: number, currency: CurrencyCode = 'USD'): ReturnLabelCharge {
  return { kind: 'CUSTOMER_PAID', receipt: { amount, currency } };
}

export function returned(change: Partial<ReturnedLine> = {}): ReturnedLine {
  return {
    orderLineId: GADGET.orderLineId,
    units: 1,
    reasonCode: 'NO_LONGER_NEEDED',
    grade: 'NEW',
    faultOverride: null,
    ...change,
  };
}

export function refundInput(change: Partial<RefundCalculationInput> = {}): RefundCalculationInput {
  return {
    order: { currency: 'USD', lines: [GADGET, CABLE] },
    lines: [returned()],
    acceptedByOverride: false,
    label: NO_LABEL,
    alreadyRefunded: [],
    ...change,
  };
}
