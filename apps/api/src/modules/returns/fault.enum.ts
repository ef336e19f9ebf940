import { FAULTS } from '@rebound/domain';
import { enumFromList } from '../../common/graphql/enum-from-list';

export const FaultEnum = enumFromList(
  FAULTS,
  'Fault',
  'Who caused a return. It decides who pays return shipping, restocking fees and whom the seller recovers the cost from.',
  {
    CUSTOMER: 'The customer (changed their mind, ordered the wrong size…): they pay.',
    SELLER: 'The seller (listing not accurate, unauthorized purchase…).',
    SUPPLIER:
      'The supplier (defective, wrong or badly packed item): the seller recovers from them.',
    CARRIER: 'The carrier (damaged in transit, missed delivery date).',
  },
);
