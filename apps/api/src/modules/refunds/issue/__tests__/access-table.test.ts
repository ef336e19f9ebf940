import { describeAccessTable } from '../../../../testing/access-table';

const NO_SUCH_REFUND = '00000000-0000-4000-8000-000000000000';

describeAccessTable('issuing refunds', [
  {
    operation: 'issueRefund',
    document: `mutation { issueRefund(input: { id: "${NO_SUCH_REFUND}", idempotencyKey: "access-table-key" }) { replayed } }`,
    allowed: ['FINANCE', 'ADMIN'],
  },
  {
    operation: 'retryRefund',
    document: `mutation { retryRefund(input: { id: "${NO_SUCH_REFUND}" }) { id } }`,
    allowed: ['FINANCE', 'ADMIN'],
  },
]);
