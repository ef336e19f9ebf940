import { describeAccessTable } from '../../../testing/access-table';

const SOME_ID = '00000000-0000-4000-8000-000000000000';

describeAccessTable('suppliers and locations', [
  { operation: 'suppliers', document: '{ suppliers { nodes { id } } }', allowed: 'signed-in' },
  {
    operation: 'supplier',
    document: `{ supplier(id: "${SOME_ID}") { id } }`,
    allowed: 'signed-in',
  },
  { operation: 'locations', document: '{ locations { id } }', allowed: 'signed-in' },
]);
