import { describeAccessTable } from '../../../testing/access-table';

describeAccessTable('catalogue', [
  { operation: 'skus', document: '{ skus { nodes { id } } }', allowed: 'signed-in' },
  {
    operation: 'sku',
    document: '{ sku(id: "00000000-0000-4000-8000-000000000000") { id } }',
    allowed: 'signed-in',
  },
]);
