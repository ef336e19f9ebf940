import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { createTestUser } from '../../../testing/test-users';
import type { AuthenticatedUser } from '../../../context';
import { amazonImportContext } from '../import-context';
import { importAmazonReport, type ImportResult } from '../import-report';
import { FLAT_COLUMNS, ReportFormatError } from '../report-columns';
import {
  createAmazonCatalog,
  flatRow,
  streamOf,
  tableFingerprints,
  tsv,
  type FlatRow,
} from './report-files';

let database: TestDatabase;
let dataSource: DataSource;
let admin: AuthenticatedUser;
let support: AuthenticatedUser;

const asUser = (entity: {
  id: string;
  email: string;
  displayName: string;
  roles: AuthenticatedUser['roles'];
}): AuthenticatedUser => ({
  id: entity.id,
  email: entity.email,
  displayName: entity.displayName,
  roles: entity.roles,
});

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = database.dataSource;
  await createAmazonCatalog(dataSource);
  admin = asUser(await createTestUser(dataSource, 'amazon-admin', ['ADMIN']));
  support = asUser(await createTestUser(dataSource, 'amazon-support', ['SUPPORT']));
});

afterAll(async () => {
  await database.drop();
});

async function importFlat(
  text: string,
  user: AuthenticatedUser = admin,
  batchSize?: number,
): Promise<ImportResult> {
  return importAmazonReport(amazonImportContext(dataSource, user), streamOf(text), {
    kind: 'FLAT',
    channel: 'AMAZON_US',
    fileName: 'returns.tsv',
    source: 'CLI',
    ...(batchSize === undefined ? {} : { batchSize }),
  });
}

const flatFile = (rows: FlatRow[], options?: Parameters<typeof tsv>[2]): string =>
  tsv(FLAT_COLUMNS, rows, options);

interface ReturnRow {
  rma_number: string;
  status: string;
  external_id: string;
  sku: string;
  quantity: number;
  reason_code: string;
  received_at: Date | null;
  requested_at: Date;
}

async function returnOf(returnKey: string): Promise<ReturnRow | undefined> {
  const rows = await dataSource.query<ReturnRow[]>(
    `SELECT r.rma_number, r.status, o.external_id, s.code AS sku, rl.quantity, rl.reason_code,
            r.received_at, r.requested_at
     FROM amazon_report_rows ar
     JOIN returns r ON r.id = ar.return_id
     JOIN return_lines rl ON rl.id = ar.return_line_id
     JOIN order_lines ol ON ol.id = rl.order_line_id
     JOIN orders o ON o.id = ol.order_id
     JOIN skus s ON s.id = ol.sku_id
     WHERE ar.return_key = $1`,
    [returnKey],
  );
  return rows[0];
}

async function timelineOf(returnKey: string): Promise<string[]> {
  const rows = await dataSource.query<{ kind: string; to_status: string | null }[]>(
    `SELECT e.kind, e.to_status FROM return_events e
     JOIN amazon_report_rows ar ON ar.return_id = e.return_id AND ar.return_key = $1
     ORDER BY e.occurred_at, e.kind`,
    [returnKey],
  );
  return rows.map((row) => (row.to_status === null ? row.kind : `${row.kind}→${row.to_status}`));
}

describe('flat-file returns report', () => {
  test('a row becomes a return on an order created from the report, in the state its status says', async () => {
    const result = await importFlat(
      flatFile([
        flatRow({
          'Amazon RMA ID': 'F-PENDING',
          'Order ID': '114-1000001-0000001',
          'Return request status': 'Pending',
        }),
        flatRow({ 'Amazon RMA ID': 'F-APPROVED', 'Order ID': '114-1000002-0000001' }),
        flatRow({
          'Amazon RMA ID': 'F-LABEL',
          'Order ID': '114-1000003-0000001',
          'Tracking ID': '1Z999',
        }),
        flatRow({
          'Amazon RMA ID': 'F-RECEIVED',
          'Order ID': '114-1000004-0000001',
          'Tracking ID': '1Z998',
          'Return delivery date': '2025-03-15 12:00:00 UTC',
        }),
        flatRow({
          'Amazon RMA ID': 'F-REJECTED',
          'Order ID': '114-1000005-0000001',
          'Return request status': 'Rejected',
        }),
        flatRow({
          'Amazon RMA ID': 'F-CANCELLED',
          'Order ID': '114-1000006-0000001',
          'Return request status': 'Cancelled',
        }),
      ]),
    );
    expect(result.problems).toEqual([]);
    expect(result.counts).toMatchObject({
      rowsRead: 6,
      returnsCreated: 6,
      ordersCreated: 6,
      rowsRefused: 0,
    });
    expect((await returnOf('F-PENDING'))?.status).toBe('REQUESTED');
    expect((await returnOf('F-APPROVED'))?.status).toBe('AUTHORIZED');
    expect((await returnOf('F-LABEL'))?.status).toBe('LABEL_ISSUED');
    const received = await returnOf('F-RECEIVED');
    expect(received).toMatchObject({
      status: 'RECEIVED',
      external_id: '114-1000004-0000001',
      sku: 'AMZ-KETTLE',
      quantity: 1,
      reason_code: 'DEFECTIVE',
    });
    expect(received?.received_at).toEqual(new Date('2025-03-15T12:00:00Z'));
    expect(received?.requested_at).toEqual(new Date('2025-03-10T09:00:00Z'));
    expect(await timelineOf('F-RECEIVED')).toEqual([
      'authorize→AUTHORIZED',
      'issueLabel→LABEL_ISSUED',
      'request→REQUESTED',
      'receive→RECEIVED',
    ]);
    expect((await returnOf('F-REJECTED'))?.status).toBe('REJECTED');
    expect((await returnOf('F-CANCELLED'))?.status).toBe('CANCELLED');

    const [order] = await dataSource.query<
      {
        currency: string;
        ordered_at: Date;
        quantity: number;
        unit_price_minor: number;
        tax_minor: number;
        kind: string;
      }[]
    >(
      `SELECT o.currency, o.ordered_at, l.quantity, l.unit_price_minor, l.tax_minor, ro.kind
       FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN amazon_report_orders ro ON ro.order_id = o.id
       WHERE o.external_id = '114-1000002-0000001'`,
    );
    expect(order).toMatchObject({
      currency: 'USD',
      quantity: 2,
      unit_price_minor: 4999,
      tax_minor: 0,
      kind: 'FLAT',
    });
    expect(order?.ordered_at).toEqual(new Date('2025-03-01T10:00:00Z'));
    const stock = await dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM stock_movements',
    );
    expect(stock[0]?.count).toBe(0);
  });

  test('columns are matched by name in any order; unknown columns are kept with the row', async () => {
    const header = [...FLAT_COLUMNS].reverse();
    const withExtra = [...header.slice(0, 5), 'Marketplace note', ...header.slice(5)];
    const result = await importFlat(
      tsv(withExtra, [
        flatRow({
          'Amazon RMA ID': 'F-SHUFFLED',
          'Order ID': '114-1000010-0000001',
          'Marketplace note': 'gift',
        }),
      ]),
    );
    expect(result.problems).toEqual([]);
    expect(result.counts.returnsCreated).toBe(1);
    const [row] = await dataSource.query<
      { extra: Record<string, string>; fields: Record<string, string> }[]
    >(`SELECT extra, fields FROM amazon_report_rows WHERE return_key = 'F-SHUFFLED'`);
    expect(row?.extra).toEqual({ 'Marketplace note': 'gift' });
    expect(row?.fields['Invoice number']).toBe('INV-1');
  });

  test('a UTF-8 BOM, CRLF line ends and quoted fields holding tabs, quotes and line breaks are read', async () => {
    const result = await importFlat(
      flatFile(
        [
          flatRow({
            'Amazon RMA ID': 'F-QUOTED',
            'Order ID': '114-1000011-0000001',
            'Item Name': 'Kettle\t"Deluxe"\nEdition',
          }),
          flatRow({ 'Amazon RMA ID': 'F-AFTER-QUOTED', 'Order ID': '114-1000012-0000001' }),
        ],
        { bom: true, lineEnd: '\r\n' },
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.counts.returnsCreated).toBe(2);
    const [row] = await dataSource.query<{ fields: Record<string, string> }[]>(
      `SELECT fields FROM amazon_report_rows WHERE return_key = 'F-QUOTED'`,
    );
    expect(row?.fields['Item Name']).toBe('Kettle\t"Deluxe"\nEdition');
  });

  test('a missing required column is a file-level error naming it, and records a failed run', async () => {
    const header = FLAT_COLUMNS.filter(
      (column) => column !== 'Amazon RMA ID' && column !== 'Merchant SKU',
    );
    await expect(importFlat(tsv(header, [flatRow()]))).rejects.toThrow(
      new ReportFormatError(
        'line 1: the header of this flat-file returns report lacks the required column(s) Amazon RMA ID, Merchant SKU',
      ),
    );
    const [run] = await dataSource.query<{ status: string; failure: string }[]>(
      `SELECT status, failure FROM amazon_import_runs ORDER BY started_at DESC LIMIT 1`,
    );
    expect(run?.status).toBe('FAILED');
    expect(run?.failure).toContain('Amazon RMA ID');
  });

  test('bad rows are reported with line, column and reason, and the other rows still import', async () => {
    // The order the later rows contradict, made by a first import.
    await importFlat(
      flatFile([flatRow({ 'Amazon RMA ID': 'F-BASE', 'Order ID': '114-1000020-0000001' })]),
    );
    const rows = [
      flatRow({ 'Amazon RMA ID': 'F-BAD-DATE', 'Return request date': '10/03/2025' }),
      flatRow({ 'Amazon RMA ID': 'F-NEGATIVE', 'Return quantity': '-1' }),
      flatRow({
        'Amazon RMA ID': 'F-CURRENCY',
        'Order ID': '114-1000020-0000001',
        'Currency code': 'EUR',
        'Merchant SKU': 'AMZ-LAMP-EU',
        ASIN: '',
      }),
      flatRow({ 'Amazon RMA ID': 'F-UNKNOWN-SKU', 'Merchant SKU': 'NOPE-1' }),
      flatRow({ 'Amazon RMA ID': 'F-BAD-STATUS', 'Return request status': 'Teleported' }),
      flatRow({ 'Amazon RMA ID': 'F-TOO-MANY', 'Return quantity': '3' }),
      flatRow({ 'Amazon RMA ID': 'F-BAD-MONEY', 'Label cost': 'six' }),
      flatRow({ 'Amazon RMA ID': 'F-BAD-ORDER', 'Order ID': '12345' }),
      flatRow({
        'Amazon RMA ID': 'F-SKU-CURRENCY',
        'Order ID': '114-1000023-0000001',
        'Merchant SKU': 'AMZ-LAMP-EU',
        ASIN: '',
      }),
      flatRow({ 'Amazon RMA ID': 'F-ASIN', 'Order ID': '114-1000024-0000001', ASIN: 'B0OTHER000' }),
      flatRow({ 'Amazon RMA ID': 'F-GOOD', 'Order ID': '114-1000021-0000001' }),
    ];
    const text = flatFile(rows).replace(/\n$/, '\nonly\ttwo fields\n');
    const result = await importFlat(text);
    expect(result.counts).toMatchObject({ rowsRead: 12, returnsCreated: 1, rowsRefused: 11 });
    expect(result.problems).toEqual([
      {
        line: 2,
        column: 'Return request date',
        reason: 'must be an ISO 8601 date or date-time (got "10/03/2025")',
      },
      { line: 3, column: 'Return quantity', reason: 'must be at least 1 (got -1)' },
      {
        line: 4,
        column: 'Currency code',
        reason: 'contradicts order 114-1000020-0000001, which is in USD (the row says EUR)',
      },
      { line: 5, column: 'Merchant SKU', reason: 'is not a known SKU (NOPE-1)' },
      {
        line: 6,
        column: 'Return request status',
        reason: 'is not a status Rebound knows (got "Teleported")',
      },
      { line: 7, column: 'Return quantity', reason: 'is more than the order quantity (3 > 2)' },
      { line: 8, column: 'Label cost', reason: 'must be an amount in USD like 49.99 (got "six")' },
      {
        line: 9,
        column: 'Order ID',
        reason: 'must be an Amazon order number like 114-1234567-1234567 (got "12345")',
      },
      {
        line: 10,
        column: 'Currency code',
        reason: 'contradicts SKU AMZ-LAMP-EU, which is listed in EUR (the row says USD)',
      },
      {
        line: 11,
        column: 'ASIN',
        reason: 'contradicts SKU AMZ-KETTLE, whose ASIN is B000KETTLE (got B0OTHER000)',
      },
      { line: 13, column: null, reason: 'could not be read: has 2 fields; the header has 32' },
    ]);
    expect((await returnOf('F-GOOD'))?.status).toBe('AUTHORIZED');
    expect(await returnOf('F-CURRENCY')).toBeUndefined();
  });

  test('a SKU the order (from the orders feed) does not hold is refused', async () => {
    const [customer] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO customers (email, name) VALUES ('feed@example.com', 'Feed') RETURNING id`,
    );
    const [order] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO orders (channel, external_id, customer_id, currency, ordered_at)
       VALUES ('AMAZON_US', '114-1000030-0000001', $1, 'USD', '2025-03-01') RETURNING id`,
      [customer?.id],
    );
    await dataSource.query(
      `INSERT INTO order_lines (order_id, line_no, sku_id, quantity, unit_price_minor, tax_minor, shipping_minor)
       SELECT $1, 1, id, 1, 4999, 0, 0 FROM skus WHERE code = 'AMZ-KETTLE'`,
      [order?.id],
    );
    const result = await importFlat(
      flatFile([
        flatRow({
          'Amazon RMA ID': 'F-FEED-MUG',
          'Order ID': '114-1000030-0000001',
          'Merchant SKU': 'AMZ-MUG',
          ASIN: '',
        }),
        flatRow({ 'Amazon RMA ID': 'F-FEED-KETTLE', 'Order ID': '114-1000031-0000001' }),
      ]),
    );
    expect(result.problems).toEqual([
      {
        line: 2,
        column: 'Merchant SKU',
        reason: 'contradicts order 114-1000030-0000001: it has no line for SKU AMZ-MUG',
      },
    ]);
    const again = await importFlat(
      flatFile([
        flatRow({
          'Amazon RMA ID': 'F-FEED-KETTLE2',
          'Order ID': '114-1000030-0000001',
          'Return quantity': '2',
          'Order quantity': '',
        }),
      ]),
    );
    expect(again.problems).toEqual([
      {
        line: 2,
        column: 'Return quantity',
        reason: 'is more than the 1 unit(s) on order 114-1000030-0000001',
      },
    ]);
  });

  test('an unmapped reason is imported, flagged for review and noted on the timeline, never guessed silently', async () => {
    const result = await importFlat(
      flatFile([
        flatRow({
          'Amazon RMA ID': 'F-ODD-REASON',
          'Order ID': '114-1000040-0000001',
          'Return Reason': 'Customer changed mind about colour',
        }),
        flatRow({
          'Amazon RMA ID': 'F-TEXT-CASE',
          'Order ID': '114-1000041-0000001',
          'Return Reason': 'no longer needed OR wanted',
        }),
      ]),
    );
    expect(result.counts).toMatchObject({ returnsCreated: 2, rowsFlagged: 1 });
    const flagged = await dataSource.query<
      {
        return_key: string;
        reason_text: string;
        reason_code: string | null;
        review_reason: string;
      }[]
    >(
      `SELECT return_key, reason_text, reason_code, review_reason FROM amazon_report_rows WHERE needs_review`,
    );
    expect(flagged).toEqual([
      {
        return_key: 'F-ODD-REASON',
        reason_text: 'Customer changed mind about colour',
        reason_code: null,
        review_reason:
          'the reason "Customer changed mind about colour" is not in the reason catalogue',
      },
    ]);
    expect(await timelineOf('F-ODD-REASON')).toContain('reasonNeedsReview');
    expect((await returnOf('F-TEXT-CASE'))?.reason_code).toBe('NO_LONGER_NEEDED');
  });

  test('a SUPPORT user cannot bring a return to RECEIVED: the machine refuses, the row says why', async () => {
    const result = await importFlat(
      flatFile([
        flatRow({ 'Amazon RMA ID': 'F-SUPPORT-OK', 'Order ID': '114-1000050-0000001' }),
        flatRow({
          'Amazon RMA ID': 'F-SUPPORT-RECEIVED',
          'Order ID': '114-1000051-0000001',
          'Return delivery date': '2025-03-12',
        }),
      ]),
      support,
    );
    expect(result.counts).toMatchObject({ returnsCreated: 1, rowsRefused: 1 });
    expect(result.problems[0]).toMatchObject({ line: 3, column: 'Return request status' });
    expect(result.problems[0]?.reason).toContain('may not receive');
  });

  test('re-importing the same file changes nothing; a later overlapping file updates without duplicating', async () => {
    const rows = [
      flatRow({ 'Amazon RMA ID': 'F-IDEM-1', 'Order ID': '114-1000060-0000001' }),
      flatRow({
        'Amazon RMA ID': 'F-IDEM-2',
        'Order ID': '114-1000061-0000001',
        'Return request status': 'Pending',
      }),
      // A second item of the same RMA: one return, two lines.
      flatRow({
        'Amazon RMA ID': 'F-IDEM-2',
        'Order ID': '114-1000061-0000001',
        'Merchant SKU': 'AMZ-MUG',
        ASIN: '',
        'Return request status': 'Pending',
      }),
      flatRow({
        'Amazon RMA ID': 'F-IDEM-3',
        'Order ID': '114-1000062-0000001',
        'Return Reason': 'Mystery',
      }),
    ];
    const first = await importFlat(flatFile(rows), admin, 2);
    expect(first.counts).toMatchObject({ returnsCreated: 3, linesAdded: 1, ordersCreated: 3 });
    const before = await tableFingerprints(dataSource);
    const again = await importFlat(flatFile(rows), admin, 2);
    expect(again.counts).toMatchObject({ rowsUnchanged: 4, returnsCreated: 0, rowsUpdated: 0 });
    expect(await tableFingerprints(dataSource)).toEqual(before);

    const later = [
      flatRow({
        'Amazon RMA ID': 'F-IDEM-1',
        'Order ID': '114-1000060-0000001',
        'Tracking ID': '1ZLATER',
        'Return delivery date': '2025-03-20T10:00:00Z',
      }),
      flatRow({ 'Amazon RMA ID': 'F-IDEM-4', 'Order ID': '114-1000063-0000001' }),
    ];
    const overlap = await importFlat(flatFile(later));
    expect(overlap.counts).toMatchObject({ rowsUpdated: 1, returnsCreated: 1 });
    expect((await returnOf('F-IDEM-1'))?.status).toBe('RECEIVED');
    expect(await timelineOf('F-IDEM-1')).toEqual([
      'authorize→AUTHORIZED',
      'request→REQUESTED',
      'issueLabel→LABEL_ISSUED',
      'receive→RECEIVED',
    ]);
    const [counted] = await dataSource.query<{ returns: number; lines: number }[]>(
      `SELECT count(DISTINCT return_id)::int AS returns, count(*)::int AS lines
       FROM amazon_report_rows WHERE return_key LIKE 'F-IDEM-%'`,
    );
    expect(counted).toEqual({ returns: 4, lines: 5 });
  });

  test('a row the database refuses rolls back alone: its batch is replayed row by row and the others import', async () => {
    const result = await importFlat(
      flatFile([
        flatRow({ 'Amazon RMA ID': 'F-BATCH-1', 'Order ID': '114-1000070-0000001' }),
        // Passes every check, but 3,000,000,000 does not fit the quantity column.
        flatRow({
          'Amazon RMA ID': 'F-BATCH-HUGE',
          'Order ID': '114-1000071-0000001',
          'Return quantity': '3000000000',
          'Order quantity': '3000000000',
        }),
        flatRow({ 'Amazon RMA ID': 'F-BATCH-3', 'Order ID': '114-1000072-0000001' }),
      ]),
    );
    expect(result.counts).toMatchObject({ returnsCreated: 2, rowsRefused: 1, ordersCreated: 2 });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 3, column: null });
    expect(result.problems[0]?.reason).toContain('out of range');
    const orders = await dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM orders WHERE external_id = '114-1000071-0000001'`,
    );
    expect(orders[0]?.count).toBe(0);
    expect((await returnOf('F-BATCH-1'))?.status).toBe('AUTHORIZED');
    expect((await returnOf('F-BATCH-3'))?.status).toBe('AUTHORIZED');
  });

  test('every run is recorded: who, when, which file, its counts and first problems', async () => {
    const runs = await dataSource.query<
      {
        kind: string;
        file_name: string;
        source: string;
        imported_by_id: string;
        status: string;
        counts: Record<string, number>;
        finished_at: Date | null;
      }[]
    >(
      `SELECT kind, file_name, source, imported_by_id, status, counts, finished_at FROM amazon_import_runs ORDER BY started_at`,
    );
    expect(runs.length).toBeGreaterThan(5);
    const last = runs.at(-1);
    expect(last).toMatchObject({
      kind: 'FLAT',
      file_name: 'returns.tsv',
      source: 'CLI',
      imported_by_id: admin.id,
      status: 'FINISHED',
    });
    expect(last?.counts).toMatchObject({ rowsRead: 3, returnsCreated: 2, rowsRefused: 1 });
    expect(last?.finished_at).not.toBeNull();
  });
});
