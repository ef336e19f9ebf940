import { describeAccessTable } from '../../../testing/access-table';

const SOME_ID = '00000000-0000-4000-8000-000000000000';

describeAccessTable('supplier recovery', [
  {
    operation: 'supplierClaims',
    document: '{ supplierClaims { nodes { id } } }',
    allowed: ['FINANCE', 'ADMIN'],
  },
  {
    operation: 'supplierClaim',
    document: `{ supplierClaim(id: "${SOME_ID}") { id } }`,
    allowed: ['FINANCE', 'ADMIN'],
  },
  {
    operation: 'supplierBalances',
    document: '{ supplierBalances { currency outstanding } }',
    allowed: ['FINANCE', 'ADMIN'],
  },
  {
    operation: 'submitSupplierClaim',
    document: `mutation { submitSupplierClaim(input: { id: "${SOME_ID}" }) { id } }`,
    allowed: ['FINANCE', 'ADMIN'],
  },
  {
    operation: 'acceptSupplierClaim',
    document: `mutation { acceptSupplierClaim(input: { id: "${SOME_ID}", credited: 100, supplierReference: "CN-1" }) { id } }`,
    allowed: ['FINANCE', 'ADMIN'],
  },
  {
    operation: 'rejectSupplierClaim',
    document: `mutation { rejectSupplierClaim(input: { id: "${SOME_ID}", reason: "not defective" }) { id } }`,
    allowed: ['FINANCE', 'ADMIN'],
  },
]);
