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
]);
