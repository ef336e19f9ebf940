import { describeAccessTable } from '../../../testing/access-table';

const ID = '00000000-0000-4000-8000-000000000000';
const FINANCE_DESK = ['FINANCE', 'ADMIN'] as const;

describeAccessTable('refunds: computing, amending, deciding and reading', [
  {
    operation: 'createRefund',
    document: `mutation { createRefund(input: { returnId: "${ID}" }) { id } }`,
    allowed: ['SUPPORT', 'FINANCE', 'ADMIN'],
  },
  {
    operation: 'recalculateRefund',
    document: `mutation { recalculateRefund(input: { id: "${ID}" }) { id } }`,
    allowed: FINANCE_DESK,
  },
  {
    operation: 'adjustRefundAmount',
    document: `mutation { adjustRefundAmount(input: { id: "${ID}", total: 1, reason: "probe" }) { id } }`,
    allowed: FINANCE_DESK,
  },
  {
    operation: 'submitRefund',
    document: `mutation { submitRefund(input: { id: "${ID}" }) { id } }`,
    allowed: FINANCE_DESK,
  },
  {
    operation: 'approveRefund',
    document: `mutation { approveRefund(input: { id: "${ID}" }) { id } }`,
    allowed: ['FINANCE'],
  },
  {
    operation: 'rejectRefund',
    document: `mutation { rejectRefund(input: { id: "${ID}", reason: "probe" }) { id } }`,
    allowed: FINANCE_DESK,
  },
  {
    operation: 'refund',
    document: `{ refund(id: "${ID}") { id } }`,
    allowed: ['SUPPORT', 'FINANCE', 'ADMIN'],
  },
  {
    operation: 'refunds',
    document: `{ refunds(filter: { returnId: "${ID}" }) { nodes { id } } }`,
    allowed: ['SUPPORT', 'FINANCE', 'ADMIN'],
  },
  {
    operation: 'approvalQueue',
    document: '{ approvalQueue { nodes { canApprove } } }',
    allowed: FINANCE_DESK,
  },
]);
