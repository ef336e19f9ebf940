import { REFUND_LINE_NOTES, REFUND_STATUSES } from '@rebound/domain';
import { enumFromList } from '../../common/graphql/enum-from-list';
import { REFUND_METHODS } from './refund.entity';

export const RefundStatusEnum = enumFromList(
  REFUND_STATUSES,
  'RefundStatus',
  'Where a refund is in its lifecycle; only the refund state machine changes it.',
  {
    DRAFT: 'Computed from the inspected return; not yet submitted.',
    PENDING_APPROVAL: 'At or above the large-refund threshold: waits for a second FINANCE user.',
    APPROVED: 'May be issued (below the threshold on submit, or approved by another FINANCE user).',
    ISSUED: 'The money was sent; see externalReference.',
    FAILED: 'The gateway refused or failed; may be retried.',
    REJECTED: 'Refused by finance; releases the amount it held.',
  },
);

export const RefundMethodEnum = enumFromList(
  REFUND_METHODS,
  'RefundMethod',
  'How the money reaches the customer.',
  {
    MARKETPLACE: 'Refunded in the marketplace (Seller Central) — the built-in gateway.',
    ORIGINAL_PAYMENT: 'Back to the original payment through a payment provider.',
    STORE_CREDIT: 'As store credit.',
  },
);

export const RefundLineNoteEnum = enumFromList(
  REFUND_LINE_NOTES,
  'RefundLineNote',
  "Why a line's refund is zero or reduced.",
  {
    WRONG_ITEM_RETURNED_PENDING_RESOLUTION:
      'Not what was sent came back: nothing is refunded for the line until support resolves it.',
    MISSING_PENDING_RESOLUTION:
      'The parcel arrived without the item: nothing is refunded for the line until support resolves it.',
    NOTHING_LEFT_TO_REFUND: 'Earlier refunds already returned everything paid for the line.',
    CAPPED_AT_REMAINING:
      'Reduced to what remains of the line after earlier refunds (paid minus already refunded).',
  },
);
