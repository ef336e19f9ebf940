import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestUser } from '../../../testing/test-users';
import { createCliDatabase, runOrdersImport, type CliDatabase } from './cli-database';
import { createCatalog, orderTableCounts } from './order-fixtures';

const HEADER =
  'channel,external_order_id,customer_email,customer_name,currency,ordered_at,delivered_at,line_no,sku,quantity,unit_price,tax,shipping';
const AT = '2025-03-04T10:00:00Z';

/** Line 1 is the header; the comment after each row says what it proves. */
const ROWS = [
  `AMAZON_US,114-0000001-0000001,Ann@Example.com,Ann Lee,USD,2025-03-01T10:00:00Z,2025-03-05,1,HP-T-001,2,49.99,8.01,5.99`, // 2 good
  `AMAZON_US,114-0000001-0000001,ann@example.com,Ann Lee,USD,2025-03-01T10:00:00Z,2025-03-05,2,HP-T-002,1,12.99,1.04,0`, // 3 same order
  `AMAZON_US,114-0000002-0000002,bob@example.com,Bob Ray,USD,2025-03-02T10:00:00Z,,1,HP-T-001,1,49.99,0,0`, // 4 good, undelivered
  `AMAZON_US,114-0000003-0000003,cy@example.com,Cy Dee,USD,2025-03-03T10:00:00Z,,1,HP-T-001,1,49.99,0,0`, // 5 refused with line 6
  `AMAZON_US,114-0000003-0000003,cy@example.com,Cy Dee,USD,2025-03-03T10:00:00Z,,2,HP-T-002,0,12.99,0,0`, // 6 quantity 0
  `AMAZON_US,114-0000004-0000004,di@example.com,Di Fox,USD,${AT},,1,NOPE-1,1,10.00,0,0`, // 7 unknown SKU
  `AMAZON_US,114-12-3,ed@example.com,Ed Gu,USD,${AT},,1,HP-T-001,1,10.00,0,0`, // 8 malformed order number
  `AMAZON_US,114-0000005-0000005,fay@example.com,Fay Ho,USD,${AT},,1,HP-T-001,1,4.999,0,0`, // 9 three decimals
  `SHOPIFY,"#10,01",gil@example.com,"Gil ""G"" Ito",USD,2025-03-04T10:00:00+02:00,,1,HP-T-002,3,12.99,0,0`, // 10 good, quoted
  `AMAZON_US,114-0000008-0000008,jo@example.com,Jo Kim,EUR,${AT},,1,HP-T-001,1,49.99,0,0`, // 11 SKU in USD
  `AMAZON_US,114-0000001-0000001,ann@example.com,Ann Lee,USD,2025-03-01T10:00:00Z,2025-03-05,3,HP-T-002,1,12.99,0,0`, // 12 not consecutive
  `AMAZON_US,114-0000006-0000006,kim@example.com,Kim Lo,USD,not-a-date,,1,HP-T-001,1,49.99,0,0`, // 13 bad date
  `AMAZON_US,114-0000007-0000007,ivy@example.com,Ivy Ng,USD,${AT},,1,HP-T-001,1,49.99,0,0`, // 14 refused with line 15
  `AMAZON_US,114-0000007-0000007,ivy@example.com,Ivy Ng`, // 15 too few fields
];

const EXPECTED_PROBLEMS = [
  'line 6: quantity must be ≥ 1',
  'line 7: sku is not a known SKU code (NOPE-1)',
  'line 8: external_order_id must be an Amazon order number of 3-7-7 digits, like 114-1234567-1234567',
  'line 9: unit_price has too many decimals for USD (got "4.999")',
  'line 11: sku is listed in USD, not in the order currency EUR (HP-T-001)',
  'line 12: this order already appeared at line 2: rows of one order must be consecutive',
  'line 13: ordered_at must be an ISO 8601 date, or a date-time with Z or an offset, like 2025-03-01T14:30:00Z (got "not-a-date")',
  'line 14: order not imported: line 15 could not be read and may belong to it',
  'line 15: could not be read: has 4 fields; the header has 13',
];

let database: CliDatabase;
let folder: string;
let sample: string;

function problemsIn(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith('line '));
}

function summaryOf(stdout: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const match of stdout.matchAll(/^ {2}(orders \w+|rows refused) +(\d+)$/gm)) {
    counts[match[1] ?? ''] = Number(match[2]);
  }
  return counts;
}

beforeAll(async () => {
  database = await createCliDatabase();
  await database.use(async (dataSource) => {
    await createCatalog(dataSource);
    await createTestUser(dataSource, 'adam', ['ADMIN']);
    await createTestUser(dataSource, 'walt', ['WAREHOUSE']);
  });
  folder = await mkdtemp(path.join(tmpdir(), 'rebound-orders-csv-'));
  sample = path.join(folder, 'orders.csv');
  // UTF-8 with a byte-order mark and CRLF line ends, as spreadsheet exports write it.
  await writeFile(sample, `\ufeff${[HEADER, ...ROWS].join('\r\n')}\r\n`, 'utf8');
});

afterAll(async () => {
  await database.drop();
  await rm(folder, { recursive: true, force: true });
});

describe('orders:import reads a CSV of order lines into orders', () => {
  test('it imports the good orders, reports each bad line by number with its reason, and exits 0', async () => {
    const run = await runOrdersImport(database, [sample]);
    expect(run.code).toBe(0);
    expect(problemsIn(run.stderr)).toEqual(EXPECTED_PROBLEMS);
    expect(summaryOf(run.stdout)).toEqual({
      'orders created': 3,
      'orders updated': 0,
      'orders unchanged': 0,
      'orders refused': 8,
      'rows refused': 10,
    });
    expect(run.stdout).toContain('14 rows read');
    expect(run.stdout).toContain('as adam@rebound.test');

    await database.use(async (dataSource) => {
      expect(await orderTableCounts(dataSource)).toEqual({
        orders: 3,
        orderLines: 4,
        customers: 3,
      });
      const lines = await dataSource.query<Record<string, unknown>[]>(
        `SELECT o.channel, o.external_id, o.ordered_at, o.delivered_at, c.email, c.name,
                l.line_no, l.quantity, l.unit_price_minor, l.tax_minor, l.shipping_minor
         FROM orders o JOIN customers c ON c.id = o.customer_id JOIN order_lines l ON l.order_id = o.id
         ORDER BY o.external_id, l.line_no`,
      );
      expect(lines).toEqual([
        expect.objectContaining({
          external_id: '#10,01',
          name: 'Gil "G" Ito',
          ordered_at: new Date('2025-03-04T08:00:00Z'),
          quantity: 3,
          unit_price_minor: 1299,
        }),
        expect.objectContaining({
          external_id: '114-0000001-0000001',
          email: 'ann@example.com',
          delivered_at: new Date('2025-03-05T00:00:00Z'),
          line_no: 1,
          quantity: 2,
          unit_price_minor: 4999,
          tax_minor: 801,
          shipping_minor: 599,
        }),
        expect.objectContaining({
          external_id: '114-0000001-0000001',
          line_no: 2,
          unit_price_minor: 1299,
          tax_minor: 104,
          shipping_minor: 0,
        }),
        expect.objectContaining({ external_id: '114-0000002-0000002', delivered_at: null }),
      ]);
      const [audit] = await dataSource.query<{ succeeded: number; failed: number }[]>(
        `SELECT count(*) FILTER (WHERE outcome = 'SUCCEEDED')::int AS succeeded,
                count(*) FILTER (WHERE outcome = 'FAILED')::int AS failed
         FROM audit_events WHERE action = 'upsertOrder' AND request_id LIKE 'orders-import:%'`,
      );
      // Unknown SKU and currency mismatch reach the service; row and validation refusals do not.
      expect(audit).toEqual({ succeeded: 3, failed: 2 });
    });
  });

  test('running the same file again changes nothing', async () => {
    const counts = await database.use((dataSource) => orderTableCounts(dataSource));
    const run = await runOrdersImport(database, [sample]);
    expect(run.code).toBe(0);
    expect(problemsIn(run.stderr)).toEqual(EXPECTED_PROBLEMS);
    expect(summaryOf(run.stdout)).toMatchObject({
      'orders created': 0,
      'orders updated': 0,
      'orders unchanged': 3,
    });
    expect(await database.use((dataSource) => orderTableCounts(dataSource))).toEqual(counts);
  });

  test('a file with LF line ends and no BOM updates a changed order, acting as the user --as names', async () => {
    const changed = path.join(folder, 'changed.csv');
    await writeFile(
      changed,
      `${HEADER}\n${ROWS[2]?.replace(',,1,', ',2025-03-06T12:00:00Z,1,') ?? ''}\n`,
      'utf8',
    );
    const run = await runOrdersImport(database, ['--as', 'ADAM@rebound.test', changed]);
    expect(run.stderr).toBe('');
    expect(summaryOf(run.stdout)).toMatchObject({
      'orders created': 0,
      'orders updated': 1,
      'rows refused': 0,
    });
    const [order] = await database.use((dataSource) =>
      dataSource.query<{ delivered_at: Date }[]>(
        `SELECT delivered_at FROM orders WHERE external_id = '114-0000002-0000002'`,
      ),
    );
    expect(order?.delivered_at).toEqual(new Date('2025-03-06T12:00:00Z'));
  });
});

describe('orders:import exits 1 only when the file or the setup cannot be used', () => {
  test.each([
    [
      'a missing file',
      () => [path.join(folder, 'nowhere.csv')],
      /cannot read .*nowhere\.csv: ENOENT/,
    ],
    [
      'a user without SUPPORT or ADMIN',
      () => ['--as', 'walt@rebound.test', sample],
      /walt@rebound\.test cannot import orders/,
    ],
  ])('%s', async (_case, args, message) => {
    const run = await runOrdersImport(database, args());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  test('a header that lacks documented columns', async () => {
    const file = path.join(folder, 'bad-header.csv');
    await writeFile(
      file,
      'channel,external_order_id,sku\nAMAZON_US,114-0000001-0000001,HP-T-001\n',
    );
    const run = await runOrdersImport(database, [file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('line 1: the header lacks customer_email, customer_name');
  });
});
