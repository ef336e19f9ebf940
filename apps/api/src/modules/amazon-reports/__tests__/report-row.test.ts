import type { ReportRecord } from '../report-reader';
import { readFbaRow, readFlatRow, type ReturnReportRow, type RowProblem } from '../report-row';
import { fbaRow, flatRow, type FbaRow, type FlatRow } from './report-files';

const record = (
  fields: Record<string, string>,
  extra: Record<string, string> = {},
): ReportRecord => ({
  line: 7,
  fields,
  extra,
});

function readFlat(overrides: FlatRow): ReturnReportRow {
  const read = readFlatRow(record(flatRow(overrides)));
  if (Array.isArray(read)) throw new Error(JSON.stringify(read));
  return read;
}

const flatProblems = (overrides: FlatRow): RowProblem[] => {
  const read = readFlatRow(record(flatRow(overrides)));
  return Array.isArray(read) ? read : [];
};

const fbaProblems = (overrides: FbaRow): RowProblem[] => {
  const read = readFbaRow(record(fbaRow(overrides)));
  return Array.isArray(read) ? read : [];
};

describe('a flat-file row', () => {
  test('reads every column Rebound uses', () => {
    const row = readFlat({
      'Order ID': '114-1111111-2222222',
      'Order date': '2025-02-01T08:00:00+01:00',
      'Return request date': '2025-02-10',
      'Return request status': 'Approved',
      'Amazon RMA ID': 'DABC123RRMA',
      'Currency code': 'eur',
      'Merchant SKU': 'AMZ-LAMP-EU',
      ASIN: 'B0LAMP0000',
      'Return quantity': '2',
      'Order quantity': '3',
      'Order Amount': '117.00',
      'Return Reason': 'Missing parts or accessories',
      'In policy': 'N',
      'Tracking ID': '1ZXYZ',
      'Return carrier': 'DHL',
      'Return delivery date': '2025-02-14 09:30:00 UTC',
    });
    expect(row).toMatchObject({
      line: 7,
      kind: 'FLAT',
      returnKey: 'DABC123RRMA',
      orderExternalId: '114-1111111-2222222',
      orderedAt: new Date('2025-02-01T07:00:00Z'),
      currency: 'EUR',
      skuCode: 'AMZ-LAMP-EU',
      asin: 'B0LAMP0000',
      quantity: 2,
      orderQuantity: 3,
      orderAmount: 11700,
      requestedAt: new Date('2025-02-10T00:00:00Z'),
      receivedAt: new Date('2025-02-14T09:30:00Z'),
      inPolicy: false,
      reportStatus: 'Approved',
      target: { status: 'RECEIVED' },
      trackingId: '1ZXYZ',
      carrier: 'DHL',
      reasonCode: 'MISSING_PARTS',
    });
  });

  test('the same cells give the same hash; any change, an extra column included, another', () => {
    const a = readFlatRow(record(flatRow()));
    const b = readFlatRow(record(flatRow()));
    const c = readFlatRow(record(flatRow({ 'Invoice number': 'INV-2' })));
    const d = readFlatRow(record(flatRow(), { Note: 'x' }));
    const hash = (row: ReturnReportRow | RowProblem[]): string =>
      Array.isArray(row) ? '' : row.rowHash;
    expect(hash(a)).toBe(hash(b));
    expect(new Set([hash(a), hash(c), hash(d)]).size).toBe(3);
  });

  test.each([
    ['Order ID', '', 'is missing'],
    ['Order ID', '1234', 'must be an Amazon order number like 114-1234567-1234567 (got "1234")'],
    ['Order date', '2025-13-01', 'must be an ISO 8601 date or date-time (got "2025-13-01")'],
    ['Return request date', '', 'is missing'],
    ['Return request status', 'Lost', 'is not a status Rebound knows (got "Lost")'],
    ['Amazon RMA ID', '', 'is missing'],
    ['Label cost', '-1.00', 'must not be negative (got "-1.00")'],
    ['Currency code', 'XXX', 'is not an ISO 4217 code Rebound supports (got "XXX")'],
    ['A-to-Z Claim', 'maybe', 'must be Y or N (got "maybe")'],
    ['Is prime', '2', 'must be Y or N (got "2")'],
    ['Merchant SKU', '', 'is missing'],
    ['Return quantity', '1.5', 'must be a whole number (got "1.5")'],
    ['Return quantity', '0', 'must be at least 1 (got 0)'],
    ['Return Reason', '', 'is missing'],
    ['In policy', 'perhaps', 'must be Y or N (got "perhaps")'],
    ['Return delivery date', '2025-03-01', 'is before the return request date'],
    ['Order Amount', '12.345', 'must be an amount in USD like 49.99 (got "12.345")'],
    ['Order quantity', '-2', 'must be at least 1 (got -2)'],
    ['SafeT claim creation time', 'soon', 'must be an ISO 8601 date or date-time (got "soon")'],
    ['SafeT claim reimbursement amount', 'ten', 'must be an amount in USD like 49.99 (got "ten")'],
    ['Refunded Amount', '1,00', 'must be an amount in USD like 49.99 (got "1,00")'],
  ])('%s "%s" is refused: %s', (column, value, reason) => {
    expect(flatProblems({ [column]: value })).toEqual([{ line: 7, column, reason }]);
  });

  test('a return requested before the order was placed is refused', () => {
    expect(flatProblems({ 'Return request date': '2025-02-01' })).toEqual([
      { line: 7, column: 'Return request date', reason: 'is before the order date' },
    ]);
  });

  test('every problem of a row is reported at once', () => {
    expect(
      flatProblems({ 'Order date': 'x', 'Return quantity': '-1' }).map((p) => p.column),
    ).toEqual(['Order date', 'Return quantity']);
  });
});

describe('an FBA row', () => {
  test('reads its columns; its key is order id, SKU and return date', () => {
    const read = readFbaRow(
      record(fbaRow({ 'customer-comments': 'Too loud', 'license-plate-number': 'LPN9' })),
    );
    if (Array.isArray(read)) throw new Error(JSON.stringify(read));
    expect(read).toMatchObject({
      kind: 'FBA',
      returnKey: '114-0000009-0000009|AMZ-MUG|2025-04-02T08:00:00.000Z',
      orderedAt: null,
      currency: null,
      quantity: 1,
      receivedAt: new Date('2025-04-02T08:00:00Z'),
      target: { status: 'RECEIVED' },
      reasonCode: 'NO_LONGER_NEEDED',
      comment: 'Too loud',
      trackingId: 'LPN9',
    });
  });

  test.each([
    ['return-date', '02/04/2025', 'must be an ISO 8601 date or date-time (got "02/04/2025")'],
    ['order-id', 'abc', 'must be an Amazon order number like 114-1234567-1234567 (got "abc")'],
    ['sku', '', 'is missing'],
    ['quantity', '-3', 'must be at least 1 (got -3)'],
    ['reason', '', 'is missing'],
    ['status', '', 'is missing'],
  ])('%s "%s" is refused: %s', (column, value, reason) => {
    expect(fbaProblems({ [column]: value })).toEqual([{ line: 7, column, reason }]);
  });
});
