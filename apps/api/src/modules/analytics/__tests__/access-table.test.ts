import { describeAccessTable } from '../../../testing/access-table';

const RANGE = 'range: { from: "2025-03-01", to: "2025-03-31", timeZone: "America/New_York" }';

describeAccessTable('return analytics', [
  {
    operation: 'returnRate',
    document: `{ returnRate(${RANGE}, granularity: WEEK, groupBy: [SKU, REASON]) { total { unitsSold } } }`,
    allowed: ['ADMIN'],
  },
  {
    operation: 'returnReasons',
    document: `{ returnReasons(${RANGE}) { reasonCode units } }`,
    allowed: ['ADMIN'],
  },
  {
    operation: 'topReturnedSkus',
    document: `{ topReturnedSkus(${RANGE}, first: 5) { unitsReturned } }`,
    allowed: ['ADMIN'],
  },
  {
    operation: 'supplierScorecard',
    document: `{ supplierScorecard(${RANGE}) { defectUnits claimsOwedMinor } }`,
    allowed: ['ADMIN', 'FINANCE'],
  },
  {
    operation: 'returnSpeed',
    document: `{ returnSpeed(${RANGE}) { slaBreaches } }`,
    allowed: ['ADMIN'],
  },
  {
    operation: 'returnCosts',
    document: `{ returnCosts(${RANGE}) { currency writeOffsMinor } }`,
    allowed: ['ADMIN', 'FINANCE'],
  },
]);
