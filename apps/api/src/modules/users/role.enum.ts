import { ROLES } from '@rebound/domain';
import { enumFromList } from '../../common/graphql/enum-from-list';

export const RoleEnum = enumFromList(
  ROLES,
  'Role',
  'What a user may do in Rebound; one person may hold several roles.',
  {
    ADMIN: 'Runs the back office: every operation except approving refunds, and return analytics.',
    SUPPORT:
      'Answers return requests: authorizes, rejects, issues labels, resolves, writes to customers.',
    WAREHOUSE: 'Receives parcels, inspects lines, decides dispositions and moves stock.',
    FINANCE: 'Approves and issues refunds, reviews refund reports, chases supplier recoveries.',
  },
);
