import { describeAccessTable } from '../../../testing/access-table';

const NO_SUCH_RETURN = '00000000-0000-4000-8000-000000000000';

describeAccessTable('return labels and carrier scans', [
  {
    operation: 'issueReturnLabel',
    document: `mutation { issueReturnLabel(input: { id: "${NO_SUCH_RETURN}" }) { returnStatus } }`,
    allowed: ['SUPPORT', 'ADMIN'],
  },
  {
    operation: 'recordCarrierScan',
    document:
      'mutation { recordCarrierScan(input: { trackingNumber: "1Z0000000000000000", event: PICKED_UP, scannedAt: "2026-03-02T09:15:00Z" }) { returnStatus } }',
    allowed: ['WAREHOUSE', 'ADMIN'],
  },
  {
    operation: 'returnLabels',
    document: `{ returnLabels(returnId: "${NO_SUCH_RETURN}") { id } }`,
    allowed: 'signed-in',
  },
  {
    operation: 'carrierScans',
    document: `{ carrierScans(returnId: "${NO_SUCH_RETURN}") { id } }`,
    allowed: 'signed-in',
  },
]);
