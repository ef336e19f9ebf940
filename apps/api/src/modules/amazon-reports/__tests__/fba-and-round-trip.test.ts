import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../../context';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { createTestUser } from '../../../testing/test-users';
import { amazonImportContext } from '../import-context';
import { importAmazonReport, type ImportResult } from '../import-report';
import { FBA_COLUMNS, FLAT_COLUMNS } from '../report-columns';
import { exportReturnsFlatFile } from '../returns-export';
import {
  createAmazonCatalog,
  fbaRow,
  flatRow,
  streamOf,
  tableFingerprints,
  tsv,
} from './report-files';

const databases: TestDatabase[] = [];

async function freshDatabase(): Promise<{ dataSource: DataSource; admin: AuthenticatedUser }> {
  const database = await createTestDatabase();
  databases.push(database);
  await createAmazonCatalog(database.dataSource);
  const user = await createTestUser(database.dataSource, 'importer', ['ADMIN']);
  return {
    dataSource: database.dataSource,
    admin: { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles },
  };
}

afterAll(async () => {
  for (const database of databases) await database.drop();
});

function run(
  dataSource: DataSource,
  admin: AuthenticatedUser,
  kind: 'FLAT' | 'FBA',
  text: string,
): Promise<ImportResult> {
  return importAmazonReport(amazonImportContext(dataSource, admin), streamOf(text), {
    kind,
    channel: 'AMAZON_US',
    fileName: `${kind.toLowerCase()}.tsv`,
    source: 'CLI',
  });
}

describe('FBA customer returns report', () => {
  test('rows become RECEIVED returns keyed by order, SKU and return date; FBA codes map onto the catalogue; stock is untouched', async () => {
    const { dataSource, admin } = await freshDatabase();
    const rows = [
      fbaRow({ reason: 'UNWANTED_ITEM', 'customer-comments': 'Did not need it' }),
      fbaRow({
        'order-id': '114-0000009-0000010',
        reason: 'DEFECTIVE',
        sku: 'AMZ-KETTLE',
        asin: 'B000KETTLE',
      }),
      fbaRow({ 'order-id': '114-0000009-0000011', reason: 'NOT_AS_DESCRIBED' }),
      fbaRow({
        'order-id': '114-0000009-0000012',
        reason: 'CUSTOMER_DAMAGED',
        'detailed-disposition': 'CUSTOMER_DAMAGED',
      }),
      // Same order and SKU, another day: another return.
      fbaRow({ 'return-date': '2025-04-09T08:00:00+00:00', reason: 'APPAREL_TOO_SMALL' }),
      fbaRow({ 'order-id': '114-0000009-0000013', quantity: '0' }),
      fbaRow({ 'order-id': '114-0000009-0000014', 'return-date': 'yesterday' }),
      fbaRow({ 'order-id': '114-0000009-0000015', sku: 'UNKNOWN' }),
    ];
    const header = [...FBA_COLUMNS.slice(3), ...FBA_COLUMNS.slice(0, 3), 'warehouse-note'];
    const result = await run(
      dataSource,
      admin,
      'FBA',
      tsv(header, rows, { lineEnd: '\r\n', bom: true }),
    );
    expect(result.problems).toEqual([
      { line: 7, column: 'quantity', reason: 'must be at least 1 (got 0)' },
      {
        line: 8,
        column: 'return-date',
        reason: 'must be an ISO 8601 date or date-time (got "yesterday")',
      },
      { line: 9, column: 'sku', reason: 'is not a known SKU (UNKNOWN)' },
    ]);
    expect(result.counts).toMatchObject({
      returnsCreated: 5,
      rowsFlagged: 1,
      ordersCreated: 4,
      rowsRefused: 3,
    });
    const lines = await dataSource.query<
      {
        return_key: string;
        status: string;
        reason_code: string;
        customer_comment: string | null;
        needs_review: boolean;
      }[]
    >(
      `SELECT ar.return_key, r.status, rl.reason_code, rl.customer_comment, ar.needs_review
       FROM amazon_report_rows ar JOIN returns r ON r.id = ar.return_id JOIN return_lines rl ON rl.id = ar.return_line_id
       ORDER BY ar.return_key`,
    );
    expect(lines).toEqual([
      {
        return_key: '114-0000009-0000009|AMZ-MUG|2025-04-02T08:00:00.000Z',
        status: 'RECEIVED',
        reason_code: 'NO_LONGER_NEEDED',
        customer_comment: 'Did not need it',
        needs_review: false,
      },
      {
        return_key: '114-0000009-0000009|AMZ-MUG|2025-04-09T08:00:00.000Z',
        status: 'RECEIVED',
        reason_code: 'WRONG_SIZE_SMALL',
        customer_comment: null,
        needs_review: false,
      },
      {
        return_key: '114-0000009-0000010|AMZ-KETTLE|2025-04-02T08:00:00.000Z',
        status: 'RECEIVED',
        reason_code: 'DEFECTIVE',
        customer_comment: null,
        needs_review: false,
      },
      {
        return_key: '114-0000009-0000011|AMZ-MUG|2025-04-02T08:00:00.000Z',
        status: 'RECEIVED',
        reason_code: 'NOT_AS_DESCRIBED',
        customer_comment: null,
        needs_review: false,
      },
      {
        return_key: '114-0000009-0000012|AMZ-MUG|2025-04-02T08:00:00.000Z',
        status: 'RECEIVED',
        reason_code: 'NOT_AS_DESCRIBED',
        customer_comment: null,
        needs_review: true,
      },
    ]);
    const [order] = await dataSource.query<
      { currency: string; quantity: number; unit_price_minor: number }[]
    >(
      `SELECT o.currency, l.quantity, l.unit_price_minor FROM orders o JOIN order_lines l ON l.order_id = o.id
       WHERE o.external_id = '114-0000009-0000010'`,
    );
    expect(order).toEqual({ currency: 'USD', quantity: 1, unit_price_minor: 4999 });
    const [movements] = await dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM stock_movements',
    );
    expect(movements?.count).toBe(0);

    const before = await tableFingerprints(dataSource);
    const again = await run(dataSource, admin, 'FBA', tsv(header, rows));
    expect(again.counts).toMatchObject({ rowsUnchanged: 5, returnsCreated: 0, rowsRefused: 3 });
    expect(await tableFingerprints(dataSource)).toEqual(before);
  });
});

interface NaturalLine {
  key: string;
  order: string;
  sku: string;
  quantity: number;
  reason: string;
  status: string;
  requested: string;
  received: string | null;
  currency: string;
  ordered: string;
  orderQuantity: number;
  orderAmount: number;
}

/** Every return line in terms that do not depend on generated ids or RMA numbers. */
async function naturalLines(dataSource: DataSource): Promise<NaturalLine[]> {
  return dataSource.query<NaturalLine[]>(
    `SELECT coalesce(ar.return_key, r.rma_number) AS key, o.external_id AS "order", s.code AS sku,
            rl.quantity, rl.reason_code AS reason, r.status,
            to_char(r.requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') AS requested,
            to_char(r.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') AS received,
            o.currency,
            to_char(o.ordered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') AS ordered,
            ol.quantity AS "orderQuantity",
            (ol.unit_price_minor * ol.quantity + ol.tax_minor)::int AS "orderAmount"
     FROM return_lines rl
     JOIN returns r ON r.id = rl.return_id
     JOIN order_lines ol ON ol.id = rl.order_line_id
     JOIN orders o ON o.id = ol.order_id
     JOIN skus s ON s.id = ol.sku_id
     LEFT JOIN amazon_report_rows ar ON ar.return_line_id = rl.id
     ORDER BY key, sku`,
  );
}

async function exportText(dataSource: DataSource): Promise<string> {
  let text = '';
  await exportReturnsFlatFile(dataSource.manager, (chunk) => {
    text += chunk;
    return Promise.resolve();
  });
  return text;
}

describe('flat-file export', () => {
  test('round trip: export, import into an empty database, same returns', async () => {
    const source = await freshDatabase();
    const rows = [
      flatRow({
        'Amazon RMA ID': 'RT-1',
        'Order ID': '114-2000001-0000001',
        'Return request status': 'Pending',
      }),
      flatRow({
        'Amazon RMA ID': 'RT-2',
        'Order ID': '114-2000002-0000001',
        'Order Amount': '99.99',
      }),
      flatRow({
        'Amazon RMA ID': 'RT-3',
        'Order ID': '114-2000003-0000001',
        'Tracking ID': '1ZRT3',
      }),
      flatRow({
        'Amazon RMA ID': 'RT-4',
        'Order ID': '114-2000004-0000001',
        'Tracking ID': '1ZRT4',
        'Return delivery date': '2025-03-18T08:30:00Z',
        'Return Reason': 'Wrong size: too small/short',
      }),
      flatRow({
        'Amazon RMA ID': 'RT-4',
        'Order ID': '114-2000004-0000001',
        'Merchant SKU': 'AMZ-MUG',
        ASIN: '',
        'Tracking ID': '1ZRT4',
        'Return delivery date': '2025-03-18T08:30:00Z',
        'Order Amount': '12.99',
        'Order quantity': '1',
      }),
      flatRow({
        'Amazon RMA ID': 'RT-5',
        'Order ID': '114-2000005-0000001',
        'Return request status': 'Rejected',
      }),
      flatRow({
        'Amazon RMA ID': 'RT-6',
        'Order ID': '114-2000006-0000001',
        'Return request status': 'Cancelled',
        'Return Reason': 'Something new',
      }),
    ];
    const imported = await run(source.dataSource, source.admin, 'FLAT', tsv(FLAT_COLUMNS, rows));
    expect(imported.problems).toEqual([]);
    // A return made in Rebound itself (no Amazon RMA ID): exported under its RMA number.
    const [native] = await source.dataSource.query<{ order_id: string; line_id: string }[]>(
      `SELECT o.id AS order_id, l.id AS line_id FROM orders o JOIN order_lines l ON l.order_id = o.id
       WHERE o.external_id = '114-2000002-0000001'`,
    );
    const [rma] = await source.dataSource.query<{ id: string }[]>(
      `INSERT INTO returns (rma_number, order_id, status, requested_at, policy_verdict, first_response_due_at, version)
       VALUES ('RMA-900001', $1, 'REQUESTED', '2025-03-11T00:00:00Z', '{"withinWindow": true}'::jsonb, '2025-03-12T00:00:00Z', 1)
       RETURNING id`,
      [native?.order_id],
    );
    await source.dataSource.query(
      `INSERT INTO return_lines (return_id, order_line_id, quantity, reason_code) VALUES ($1, $2, 1, 'BETTER_PRICE')`,
      [rma?.id, native?.line_id],
    );

    const exported = await exportText(source.dataSource);
    expect(exported.split('\n')[0]).toBe(FLAT_COLUMNS.join('\t'));
    expect(exported.trimEnd().split('\n')).toHaveLength(1 + 8);

    const target = await freshDatabase();
    const reimported = await run(target.dataSource, target.admin, 'FLAT', exported);
    expect(reimported.problems).toEqual([]);
    // The native return's units come from the same order line as RT-2's: one order, two returns.
    expect(await naturalLines(target.dataSource)).toEqual(await naturalLines(source.dataSource));
    // Exported again, only Rebound's own RMA numbers (Merchant RMA ID) differ.
    const withoutMerchantRma = (text: string): string[] =>
      text
        .trimEnd()
        .split('\n')
        .map((line) =>
          line
            .split('\t')
            .filter((_, index) => index !== 5)
            .join('\t'),
        )
        .sort();
    expect(withoutMerchantRma(await exportText(target.dataSource))).toEqual(
      withoutMerchantRma(exported),
    );
  });
});
