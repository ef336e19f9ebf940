import { describeAccessTable } from '../../../../testing/access-table';

describeAccessTable('returns list', [
  {
    operation: 'returns',
    document: '{ returns(first: 1) { totalCount edges { cursor node { id lines { id } } } } }',
    allowed: 'signed-in',
  },
]);
