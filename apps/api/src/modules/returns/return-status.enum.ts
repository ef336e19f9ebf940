import { RETURN_STATUSES } from '@rebound/domain';
import { enumFromList } from '../../common/graphql/enum-from-list';

export const ReturnStatusEnum = enumFromList(
  RETURN_STATUSES,
  'ReturnStatus',
  'Where a return (RMA) is in its lifecycle; only the return state machine changes it.',
  {
    REQUESTED: 'The customer asked to return items; support has not answered yet.',
    AUTHORIZED: 'Support accepted the request; a label can be issued.',
    REJECTED: 'Support declined the request (see the decline reason).',
    CANCELLED: 'Withdrawn, or the label expired unused after 30 days.',
    LABEL_ISSUED: 'A prepaid return label was issued to the customer.',
    IN_TRANSIT: 'The carrier scanned the parcel on its way back.',
    RECEIVED: 'The parcel arrived at the returns location.',
    INSPECTED: 'Every line was graded; waiting to be resolved.',
    COMPLETED: 'Resolved by refund, replacement or decline.',
  },
);
