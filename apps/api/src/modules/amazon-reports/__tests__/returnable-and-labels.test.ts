import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../../context';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { createTestUser } from '../../../testing/test-users';
import { amazonImportContext } from '../import-context';
import { importAmazonReport, type ImportResult } from '../import-report';
import { FLAT_COLUMNS } from '../report-columns';
import { exportReturnsFlatFile } from '../returns-export';
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

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = database.dataSource;
  await createAmazonCatalog(dataSource);
  const user = await createTestUser(dataSource, 'rules-admin', ['ADMIN']);
  admin = { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles };
});

afterAll(async () => {
  await database.drop();
});

async function importFlat(rows: FlatRow[]): Promise<ImportResult> {
  return importAmazonReport(
    amazonImportContext(dataSource, admin),
    streamOf(tsv(FLAT_COLUMNS, rows)),
    { kind: 'FLAT', channel: 'AMAZON_US', fileName: 'rules.tsv', source: 'CLI' },
  );
}

interface LabelRow {
  rma_number: string;
  status: string;
  carrier: string;
  tracking_number: string;
  cost_minor: number;
  currency: string;
  payer: string;
  location_code: string;
  issued_by_id: string;
  issued_at: Date;
  expires_at: Date;
}

async function labelsOf(returnKey: string): Promise<LabelRow[]> {
  return dataSource.query<LabelRow[]>(
    `SELECT DISTINCT r.rma_number, r.status, l.carrier, l.tracking_number, l.cost_minor::int AS cost_minor,
            l.currency, l.payer, loc.code AS location_code, l.issued_by_id, l.issued_at, l.expires_at
     FROM amazon_report_rows ar
     JOIN returns r ON r.id = ar.return_id
     JOIN return_labels l ON l.return_id = r.id
     JOIN locations loc ON loc.id = l.ship_to_location_id
     WHERE ar.return_key = $1`,
    [returnKey],
  );
}

async function statusOf(returnKey: string): Promise<string | undefined> {
  const rows = await dataSource.query<{ status: string }[]>(
    `SELECT r.status FROM amazon_report_rows ar JOIN returns r ON r.id = ar.return_id
     WHERE ar.return_key = $1 LIMIT 1`,
    [returnKey],
  );
  return rows[0]?.status;
}

async function exported(): Promise<Record<string, string>[]> {
  let text = '';
  await exportReturnsFlatFile(dataSource.manager, (chunk) => {
    text += chunk;
    return Promise.resolve();
  });
  const [header, ...lines] = text.trimEnd().split('\n');
  const columns = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? '']));
  });
}

describe('return quantity against what is still returnable', () => {
  test('units on other returns of the order line count, rejected and cancelled ones do not; a return does not count against itself', async () => {
    const order = { 'Order ID': '114-7000001-0000001', 'Order quantity': '2' };
    const first = await importFlat([
      flatRow({ ...order, 'Amazon RMA ID': 'Q-A', 'Return quantity': '1' }),
      flatRow({ ...order, 'Amazon RMA ID': 'Q-B', 'Return quantity': '2' }),
      flatRow({ ...order, 'Amazon RMA ID': 'Q-C', 'Return quantity': '1' }),
      flatRow({ ...order, 'Amazon RMA ID': 'Q-D', 'Return quantity': '1' }),
    ]);
    expect(first.problems).toEqual([
      {
        line: 3,
        column: 'Return quantity',
        reason:
          'is more than the 1 unit(s) of SKU AMZ-KETTLE still returnable on order 114-7000001-0000001 (2 ordered, 1 already on other returns)',
      },
      {
        line: 5,
        column: 'Return quantity',
        reason:
          'is more than the 0 unit(s) of SKU AMZ-KETTLE still returnable on order 114-7000001-0000001 (2 ordered, 2 already on other returns)',
      },
    ]);
    expect(first.counts).toMatchObject({ returnsCreated: 2, rowsRefused: 2 });

    // A changed row of Q-A keeps its own unit: it is not "another return".
    const again = await importFlat([
      flatRow({ ...order, 'Amazon RMA ID': 'Q-A', 'Return quantity': '1', 'Invoice number': 'X' }),
    ]);
    expect(again.problems).toEqual([]);
    expect(again.counts).toMatchObject({ rowsUpdated: 1 });

    const other = { 'Order ID': '114-7000002-0000001', 'Order quantity': '2' };
    const rejected = await importFlat([
      flatRow({
        ...other,
        'Amazon RMA ID': 'Q-E',
        'Return quantity': '2',
        'Return request status': 'Rejected',
      }),
      flatRow({
        ...other,
        'Amazon RMA ID': 'Q-F',
        'Return quantity': '1',
        'Return request status': 'Cancelled',
      }),
      flatRow({ ...other, 'Amazon RMA ID': 'Q-G', 'Return quantity': '2' }),
    ]);
    expect(rejected.problems).toEqual([]);
    expect(await statusOf('Q-G')).toBe('AUTHORIZED');
  });

  test('units of a return made in Rebound (not from a report) count too', async () => {
    await importFlat([
      flatRow({ 'Order ID': '114-7000003-0000001', 'Amazon RMA ID': 'Q-H', 'Order quantity': '3' }),
    ]);
    // Another return of the same line made outside the report (as support would), 2 units.
    await dataSource.query(
      `INSERT INTO returns (id, rma_number, order_id, status, requested_at, policy_verdict, first_response_due_at, version, requested_by_id)
       SELECT gen_random_uuid(), 'RMA-Q-OTHER', r.order_id, 'AUTHORIZED', now(), '{}'::jsonb, now(), 1, $2
       FROM amazon_report_rows ar JOIN returns r ON r.id = ar.return_id WHERE ar.return_key = $1`,
      ['Q-H', admin.id],
    );
    await dataSource.query(
      `INSERT INTO return_lines (id, return_id, order_line_id, quantity, reason_code)
       SELECT gen_random_uuid(), (SELECT id FROM returns WHERE rma_number = 'RMA-Q-OTHER'), rl.order_line_id, 2, 'DEFECTIVE'
       FROM amazon_report_rows ar JOIN return_lines rl ON rl.id = ar.return_line_id WHERE ar.return_key = $1`,
      ['Q-H'],
    );
    const result = await importFlat([
      flatRow({
        'Order ID': '114-7000003-0000001',
        'Amazon RMA ID': 'Q-I',
        'Order quantity': '3',
        'Return quantity': '1',
      }),
    ]);
    expect(result.problems).toEqual([
      {
        line: 2,
        column: 'Return quantity',
        reason:
          'is more than the 0 unit(s) of SKU AMZ-KETTLE still returnable on order 114-7000003-0000001 (3 ordered, 3 already on other returns)',
      },
    ]);
  });
});

describe('labels of LABEL_ISSUED rows', () => {
  test('a label-issued row gets a return_labels row from its carrier, tracking ID, cost and payer, issued on the request date', async () => {
    const result = await importFlat([
      flatRow({
        'Order ID': '114-7100001-0000001',
        'Amazon RMA ID': 'L-1',
        'Tracking ID': '1ZLABEL0001',
        'Return carrier': 'UPS',
        'Label cost': '6.95',
        'Label to be paid by': 'Customer',
      }),
      flatRow({
        'Order ID': '114-7100002-0000001',
        'Amazon RMA ID': 'L-2',
        'Tracking ID': '792000000001',
        'Return carrier': 'FedEx',
        'Label cost': '',
        'Label to be paid by': '',
      }),
      flatRow({
        'Order ID': '114-7100003-0000001',
        'Amazon RMA ID': 'L-DHL',
        'Tracking ID': 'JD0001',
        'Return carrier': 'DHL',
      }),
    ]);
    expect(result.problems).toEqual([]);
    const issuedAt = new Date('2025-03-10T09:00:00Z');
    expect(await labelsOf('L-1')).toEqual([
      expect.objectContaining({
        status: 'LABEL_ISSUED',
        carrier: 'UPS',
        tracking_number: '1ZLABEL0001',
        cost_minor: 695,
        currency: 'USD',
        payer: 'CUSTOMER',
        location_code: 'RC-AMZ',
        issued_by_id: admin.id,
        issued_at: issuedAt,
        expires_at: new Date(issuedAt.getTime() + 30 * 86_400_000),
      }),
    ]);
    // No cost: the carrier's list price; no payer: fault decides (DEFECTIVE → supplier → seller).
    expect(await labelsOf('L-2')).toEqual([
      expect.objectContaining({ carrier: 'FEDEX', cost_minor: 725, payer: 'SELLER' }),
    ]);
    // A carrier Rebound holds no labels of: the return is imported, without a label row.
    expect(await statusOf('L-DHL')).toBe('LABEL_ISSUED');
    expect(await labelsOf('L-DHL')).toEqual([]);
  });

  test('re-importing writes nothing; a later report moves an authorized return to LABEL_ISSUED with its label, then updates that label', async () => {
    const rows = [
      flatRow({
        'Order ID': '114-7200001-0000001',
        'Amazon RMA ID': 'L-3',
        'Tracking ID': '1ZLABEL0003',
      }),
      flatRow({ 'Order ID': '114-7200002-0000001', 'Amazon RMA ID': 'L-4' }),
    ];
    await importFlat(rows);
    const before = await tableFingerprints(dataSource);
    const repeat = await importFlat(rows);
    expect(repeat.counts).toMatchObject({ rowsUnchanged: 2 });
    expect(await tableFingerprints(dataSource)).toEqual(before);

    expect(await labelsOf('L-4')).toEqual([]);
    const later = await importFlat([
      flatRow({
        'Order ID': '114-7200002-0000001',
        'Amazon RMA ID': 'L-4',
        'Tracking ID': '1ZLABEL0004',
      }),
    ]);
    expect(later.counts).toMatchObject({ rowsUpdated: 1, rowsRefused: 0 });
    const [issued] = await labelsOf('L-4');
    expect(issued).toMatchObject({
      status: 'LABEL_ISSUED',
      tracking_number: '1ZLABEL0004',
      cost_minor: 650,
    });

    await importFlat([
      flatRow({
        'Order ID': '114-7200002-0000001',
        'Amazon RMA ID': 'L-4',
        'Tracking ID': '1ZLABEL0004',
        'Label cost': '7.10',
        'Label to be paid by': 'Seller',
      }),
    ]);
    expect(await labelsOf('L-4')).toEqual([
      expect.objectContaining({ tracking_number: '1ZLABEL0004', cost_minor: 710, payer: 'SELLER' }),
    ]);
  });

  test("a tracking ID already on another return's label refuses the row, naming the column", async () => {
    await importFlat([
      flatRow({
        'Order ID': '114-7300001-0000001',
        'Amazon RMA ID': 'L-5',
        'Tracking ID': '1ZLABEL0005',
      }),
    ]);
    const result = await importFlat([
      flatRow({
        'Order ID': '114-7300002-0000001',
        'Amazon RMA ID': 'L-6',
        'Tracking ID': '1ZLABEL0005',
      }),
    ]);
    expect(result.problems.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 2, column: 'Tracking ID' },
    ]);
    expect(result.problems[0]?.reason).toMatch(
      /^is already the tracking number of another return's label \(RMA-\d+\)$/,
    );
    expect(await statusOf('L-6')).toBeUndefined();
  });

  test('the export writes the label back in the same columns', async () => {
    await importFlat([
      flatRow({
        'Order ID': '114-7400001-0000001',
        'Amazon RMA ID': 'L-7',
        'Tracking ID': '792000000007',
        'Return carrier': 'FedEx',
        'Label cost': '8.40',
        'Label to be paid by': 'Seller',
      }),
    ]);
    // Changed in Rebound after the import: the export says what Rebound holds now.
    await dataSource.query(
      `UPDATE return_labels SET cost_minor = 905, payer = 'CUSTOMER' WHERE tracking_number = '792000000007'`,
    );
    const line = (await exported()).find((row) => row['Amazon RMA ID'] === 'L-7');
    expect(line).toMatchObject({
      'Return request status': 'Approved',
      'Return carrier': 'FedEx',
      'Tracking ID': '792000000007',
      'Label cost': '9.05',
      'Currency code': 'USD',
      'Label to be paid by': 'Customer',
    });
  });
});
