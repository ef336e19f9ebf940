import { describeAccessTable } from '../../../testing/access-table';

const SOME_ID = '00000000-0000-4000-8000-000000000000';
const TARGET = `skuId: "${SOME_ID}", locationId: "${SOME_ID}"`;

describeAccessTable('inventory', [
  {
    operation: 'adjustStock',
    document: `mutation { adjustStock(input: { ${TARGET}, sellableDelta: 1, reason: FOUND }) { movement { id } } }`,
    allowed: ['WAREHOUSE', 'ADMIN'],
  },
  {
    operation: 'releaseFromQuarantine',
    document: `mutation { releaseFromQuarantine(input: { ${TARGET}, units: 1 }) { movement { id } } }`,
    allowed: ['WAREHOUSE', 'ADMIN'],
  },
  {
    operation: 'shipStockToSupplier',
    document: `mutation { shipStockToSupplier(input: { ${TARGET}, units: 1, from: SELLABLE }) { movement { id } } }`,
    allowed: ['WAREHOUSE', 'ADMIN'],
  },
  {
    operation: 'stockMovements',
    document: '{ stockMovements { nodes { id } } }',
    allowed: 'signed-in',
  },
  { operation: 'stockLevels', document: '{ stockLevels { sellable } }', allowed: 'signed-in' },
]);
