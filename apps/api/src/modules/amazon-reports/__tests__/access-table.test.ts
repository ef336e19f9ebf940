import { describeAccessTable } from '../../../testing/access-table';

describeAccessTable('Amazon report imports', [
  {
    operation: 'amazonImportRuns',
    document: '{ amazonImportRuns { nodes { id } } }',
    allowed: ['SUPPORT', 'ADMIN'],
  },
  {
    operation: 'amazonReturnsToReview',
    document: '{ amazonReturnsToReview { nodes { returnId } } }',
    allowed: ['SUPPORT', 'ADMIN'],
  },
  {
    operation: 'reviewAmazonReturnReason',
    document:
      'mutation { reviewAmazonReturnReason(input: { returnLineId: "00000000-0000-4000-8000-000000000000", reasonCode: DEFECTIVE }) { returnId } }',
    allowed: ['SUPPORT', 'ADMIN'],
  },
]);
