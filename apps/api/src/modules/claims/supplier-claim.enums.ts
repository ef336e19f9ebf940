import { enumFromList } from '../../common/graphql/enum-from-list';
import { SUPPLIER_CLAIM_STATUSES } from './supplier-claim.entity';

export const SupplierClaimStatusEnum = enumFromList(
  SUPPLIER_CLAIM_STATUSES,
  'SupplierClaimStatus',
  'Where a supplier recovery claim is; only the claim state machine changes it.',
  {
    OPEN: 'Opened when the refund was issued; not yet sent to the supplier.',
    SUBMITTED: 'Sent to the supplier; waiting for their answer.',
    ACCEPTED: 'The supplier agreed to credit an amount (possibly less than claimed). Final.',
    REJECTED: 'The supplier refused the claim; see rejectionReason. Final.',
  },
);

/** The orders the claims list can be sorted in; each ends with the claim id as tiebreaker. */
export const SUPPLIER_CLAIM_ORDERS = ['OPENED_AT_ASC', 'OPENED_AT_DESC', 'AMOUNT_DESC'] as const;
export type SupplierClaimOrder = (typeof SUPPLIER_CLAIM_ORDERS)[number];

export const SupplierClaimOrderEnum = enumFromList(
  SUPPLIER_CLAIM_ORDERS,
  'SupplierClaimOrder',
  'How the supplier claims list is sorted. Ties are broken by the claim id, so paging never skips or repeats a claim. A cursor belongs to the sort and filter it was issued for.',
  {
    OPENED_AT_ASC: 'Oldest claims first: the chase list (the default).',
    OPENED_AT_DESC: 'Newest claims first.',
    AMOUNT_DESC: 'Largest claimed amount first.',
  },
);
