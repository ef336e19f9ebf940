import { describeAccessTable } from '../../../testing/access-table';

const RANGE = 'from: "2025-03-01T00:00:00Z", to: "2025-04-01T00:00:00Z"';

describeAccessTable('finance reports', [
  {
    operation: 'refundReport',
    document: `{ refundReport(filter: { ${RANGE} }, groupBy: [MONTH, SUPPLIER]) { currency total } }`,
    allowed: ['FINANCE', 'ADMIN'],
  },
  {
    operation: 'approvalQueueSummary',
    document: '{ approvalQueueSummary { count overdueCount } }',
    allowed: ['FINANCE', 'ADMIN'],
  },
  {
    operation: 'refundsIssuedBeforeReceipt',
    document: '{ refundsIssuedBeforeReceipt(first: 5) { nodes { refundId } } }',
    allowed: ['FINANCE', 'ADMIN'],
  },
  {
    operation: 'refundReconciliation',
    document: `{ refundReconciliation(${RANGE}) { currency consistent } }`,
    allowed: ['FINANCE', 'ADMIN'],
  },
]);
