import { RESOLUTIONS } from '@rebound/domain';
import { enumFromList } from '../../common/graphql/enum-from-list';

export const ResolutionEnum = enumFromList(
  RESOLUTIONS,
  'Resolution',
  'How an inspected return is resolved (resolveReturn).',
  {
    REFUND: 'The customer is refunded; completes once the refund is issued.',
    REPLACEMENT: 'A replacement is sent; completes once the replacement order is recorded.',
    DECLINE: 'Nothing is refunded or replaced; needs a decline reason.',
  },
);
