import { enumFromList } from '../../../common/graphql/enum-from-list';

/** The orders the returns list can be sorted in; each ends with the return id as tiebreaker. */
export const RETURN_ORDERS = [
  'REQUESTED_AT_DESC',
  'REQUESTED_AT_ASC',
  'RMA_NUMBER_ASC',
  'FIRST_RESPONSE_DUE_ASC',
  'UPDATED_AT_DESC',
] as const;

export type ReturnOrder = (typeof RETURN_ORDERS)[number];

export const ReturnOrderEnum = enumFromList(
  RETURN_ORDERS,
  'ReturnOrder',
  'How the returns list is sorted. Ties are broken by the return id, so the order is total and paging never skips or repeats a return. A cursor belongs to the sort it was issued for.',
  {
    REQUESTED_AT_DESC: 'Newest requests first (the default).',
    REQUESTED_AT_ASC: 'Oldest requests first.',
    RMA_NUMBER_ASC: 'By RMA number, A to Z.',
    FIRST_RESPONSE_DUE_ASC:
      'The SLA queue: the earliest first-response deadline first (combine with status REQUESTED to see what support must answer next).',
    UPDATED_AT_DESC: 'Most recently changed first.',
  },
);

/** How a sort key column is compared and carried in a cursor. */
export type SortKeyKind = 'timestamp' | 'text';

/** The keyset behind one sort order: `(column, id)` both ascending or both descending. */
export interface ReturnSort {
  order: ReturnOrder;
  /** A column of `returns`, without alias. */
  column: 'requested_at' | 'rma_number' | 'first_response_due_at' | 'updated_at';
  kind: SortKeyKind;
  descending: boolean;
}

const SORTS: Readonly<Record<ReturnOrder, ReturnSort>> = {
  REQUESTED_AT_DESC: {
    order: 'REQUESTED_AT_DESC',
    column: 'requested_at',
    kind: 'timestamp',
    descending: true,
  },
  REQUESTED_AT_ASC: {
    order: 'REQUESTED_AT_ASC',
    column: 'requested_at',
    kind: 'timestamp',
    descending: false,
  },
  RMA_NUMBER_ASC: {
    order: 'RMA_NUMBER_ASC',
    column: 'rma_number',
    kind: 'text',
    descending: false,
  },
  FIRST_RESPONSE_DUE_ASC: {
    order: 'FIRST_RESPONSE_DUE_ASC',
    column: 'first_response_due_at',
    kind: 'timestamp',
    descending: false,
  },
  UPDATED_AT_DESC: {
    order: 'UPDATED_AT_DESC',
    column: 'updated_at',
    kind: 'timestamp',
    descending: true,
  },
};

export function returnSort(order: ReturnOrder): ReturnSort {
  return SORTS[order];
}
