import { parse } from 'csv-parse/sync';
import type { TestClient } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import { REFUND_EXPORT_COLUMNS } from '../refund-export.csv';
import { EXPORT_REFUNDS, expectedRecord } from './export-fixtures';
import { startFinanceTestbed, type FinanceTestbed } from './finance-testbed';
import { createRefunds, type FixtureRefund } from './report-fixtures';

const MARCH = { from: '2025-03-01T00:00:00Z', to: '2025-04-01T00:00:00Z' };

let bed: FinanceTestbed;
let refunds: FixtureRefund[];
let admin: TestClient;
let support: TestClient;
let warehouse: TestClient;

beforeAll(async () => {
  bed = await startFinanceTestbed();
  for (const role of ['ADMIN', 'SUPPORT', 'WAREHOUSE'] as const) {
    await createTestUser(bed.database.dataSource, role.toLowerCase(), [role]);
  }
  admin = await bed.server.signIn('admin@rebound.test');
  support = await bed.server.signIn('support@rebound.test');
  warehouse = await bed.server.signIn('warehouse@rebound.test');
  refunds = await createRefunds(bed.database.dataSource, bed.world, EXPORT_REFUNDS);
});

afterAll(async () => {
  await bed.close();
});

const download = (
  params: Record<string, string> | string,
  client: TestClient | null,
): Promise<Response> => {
  const query = typeof params === 'string' ? params : new URLSearchParams(params).toString();
  return fetch(`${bed.server.url}/exports/refunds.csv?${query}`, {
    headers: client?.headers ?? {},
  });
};

async function records(
  params: Record<string, string>,
  client: TestClient = bed.finance,
): Promise<string[][]> {
  const response = await download(params, client);
  expect(response.status).toBe(200);
  const rows = parse(await response.text());
  expect(rows[0]).toEqual([...REFUND_EXPORT_COLUMNS]);
  return rows.slice(1);
}

const refund = (index: number): FixtureRefund => {
  const found = refunds[index];
  if (found === undefined) throw new Error(`no refund ${index}`);
  return found;
};
const idsOf = (rows: string[][]): (string | undefined)[] => rows.map((row) => row[0]);
const ids = (...indexes: number[]): string[] => indexes.map((index) => refund(index).id);

async function auditEvents(): Promise<
  { outcome: string; error_code: string | null; after: Record<string, unknown> | null }[]
> {
  return bed.database.dataSource.query(
    `SELECT outcome, error_code, after FROM audit_events
     WHERE action = 'exportRefunds' AND target_type = 'RefundExport' ORDER BY id`,
  );
}

describe('GET /exports/refunds.csv', () => {
  test('finance downloads the refunds created in [from, to) as a CSV attachment: a header, then one record per refund in creation order', async () => {
    const response = await download(MARCH, bed.finance);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="refunds-2025-03-01T000000Z-2025-04-01T000000Z.csv"',
    );
    const text = await response.text();
    expect(text.startsWith(`${REFUND_EXPORT_COLUMNS.join(',')}\r\n`)).toBe(true);
    const rows = parse(text).slice(1);
    expect(rows).toEqual([
      expectedRecord(refund(0), 'SUPA'),
      expectedRecord(refund(1), 'SUPB;SUPC'),
      expectedRecord(refund(2), 'SUPC'),
      expectedRecord(refund(3), 'SUPB'),
      expectedRecord(refund(4), 'SUPB'),
    ]);
  });

  test('amounts are major units with the currency decimals: 43.49 USD, 2450 JPY, 12.345 KWD', async () => {
    const rows = await records(MARCH);
    const totals = rows.map((row) => `${row[7]} ${row[6]}`);
    expect(totals).toEqual(['43.49 USD', '2450 JPY', '523.29 EUR', '12.345 KWD', '19.99 USD']);
    expect(rows[0]?.slice(7, 14)).toEqual([
      '43.49',
      '49.99',
      '0.00',
      '0.00',
      '0.00',
      '6.50',
      '0.00',
    ]);
  });

  test('a reference holding a comma and quotes, or a line break, is quoted (quotes doubled) and reads back exactly', async () => {
    const response = await download(MARCH, bed.finance);
    const text = await response.text();
    expect(text).toContain(',"SC-114, ""rush"" refund",SUPA\r\n');
    expect(text).toContain(',"line one\nline two",SUPB;SUPC\r\n');
    const rows = parse(text).slice(1);
    expect(rows.map((row) => row[17])).toEqual([
      'SC-114, "rush" refund',
      'line one\nline two',
      '',
      '',
      '',
    ]);
  });

  test('status, method, currency and supplier filters keep only the matching refunds', async () => {
    expect(idsOf(await records({ ...MARCH, status: 'ISSUED,PENDING_APPROVAL' }))).toEqual(
      ids(0, 1, 2),
    );
    expect(idsOf(await records({ ...MARCH, status: 'ISSUED', method: 'STORE_CREDIT' }))).toEqual(
      ids(1),
    );
    expect(idsOf(await records({ ...MARCH, currency: 'USD' }))).toEqual(ids(0, 4));
    const supplierC = bed.world.suppliers[2]?.id ?? '';
    expect(idsOf(await records({ ...MARCH, supplierId: supplierC }))).toEqual(ids(1, 2));
  });

  test('repeated status parameters are a list, like comma-separated values', async () => {
    const response = await download(
      `from=${MARCH.from}&to=${MARCH.to}&status=DRAFT&status=APPROVED`,
      bed.finance,
    );
    const rows = parse(await response.text()).slice(1);
    expect(idsOf(rows)).toEqual(ids(3, 4));
  });

  test('plain dates are local midnights in timeZone: New York keeps 22:00 on 31 March, UTC does not', async () => {
    const response = await download(
      { from: '2025-03-01', to: '2025-04-01', timeZone: 'America/New_York' },
      bed.finance,
    );
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="refunds-2025-03-01-2025-04-01.csv"',
    );
    expect(idsOf(parse(await response.text()).slice(1))).toEqual(ids(0, 1, 2, 3, 4, 5));
    expect(idsOf(await records({ from: '2025-03-01', to: '2025-04-01' }))).toEqual(
      ids(0, 1, 2, 3, 4),
    );
  });

  test('an export of many refunds crosses statements and batches: each refund once, in creation order', async () => {
    const template = refund(0);
    // 650 copies in June, every status, some sharing an instant: more than six fetches per status.
    await bed.database.dataSource.query(
      `INSERT INTO refunds (return_id, order_id, status, method, currency, total_minor, breakdown, created_by_id, version, created_at)
       SELECT r.return_id, r.order_id, (ARRAY['DRAFT','PENDING_APPROVAL','APPROVED','ISSUED','FAILED','REJECTED'])[1 + i % 6],
         r.method, r.currency, r.total_minor, r.breakdown, r.created_by_id, 1,
         timestamptz '2025-06-01T00:00:00Z' + (i / 3) * interval '1 minute' + (i % 2) * interval '1 microsecond'
       FROM refunds r, generate_series(1, 650) AS i WHERE r.id = $1`,
      [template.id],
    );
    const expected = await bed.database.dataSource.query<{ id: string }[]>(
      `SELECT id FROM refunds WHERE created_at >= '2025-06-01' AND created_at < '2025-07-01' ORDER BY created_at, id`,
    );
    const rows = await records({ from: '2025-06-01', to: '2025-07-01' });
    expect(rows).toHaveLength(650);
    expect(idsOf(rows)).toEqual(expected.map((row) => row.id));
    const like = expectedRecord(template, '');
    for (const row of rows) {
      // The template's return, order and amounts; no refund lines, so no supplier codes.
      expect([...row.slice(1, 4), ...row.slice(5, 14), row[18]]).toEqual([
        ...like.slice(1, 4),
        ...like.slice(5, 14),
        '',
      ]);
    }
  });

  test('an empty range gives the header alone', async () => {
    const response = await download({ from: MARCH.from, to: MARCH.from }, bed.finance);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(`${REFUND_EXPORT_COLUMNS.join(',')}\r\n`);
  });

  test('an admin may export too, and each export is audited with its filter', async () => {
    const before = (await auditEvents()).length;
    expect(idsOf(await records({ ...MARCH, currency: 'KWD' }, admin))).toEqual(ids(3));
    const events = await auditEvents();
    expect(events).toHaveLength(before + 1);
    expect(events[events.length - 1]).toEqual({
      outcome: 'SUCCEEDED',
      error_code: null,
      after: {
        from: '2025-03-01T00:00:00.000Z',
        to: '2025-04-01T00:00:00.000Z',
        timeZone: 'UTC',
        status: null,
        method: null,
        currency: 'KWD',
        supplierId: null,
      },
    });
  });
});

describe('GET /exports/refunds.csv refusals', () => {
  test('an anonymous caller gets 401 UNAUTHENTICATED as JSON, and the attempt is audited as DENIED', async () => {
    const before = (await auditEvents()).length;
    const response = await download(MARCH, null);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'UNAUTHENTICATED',
    );
    const events = await auditEvents();
    expect(events.slice(before)).toEqual([
      { outcome: 'DENIED', error_code: 'UNAUTHENTICATED', after: null },
    ]);
  });

  test.each([
    ['SUPPORT', () => support],
    ['WAREHOUSE', () => warehouse],
  ])('%s gets 403 FORBIDDEN as JSON, and no refund leaves', async (_role, client) => {
    const response = await download(MARCH, client());
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { code: string; requiredRoles: string[] } };
    expect(body.error.code).toBe('FORBIDDEN');
    expect(body.error.requiredRoles).toEqual(['FINANCE', 'ADMIN']);
  });

  test.each([
    ['from is missing', 'from', `to=${MARCH.to}`],
    ['to is not an instant', 'to', `from=${MARCH.from}&to=yesterday`],
    ['to is before from', 'to', `from=${MARCH.to}&to=${MARCH.from}`],
    ['an impossible date', 'from', `from=2025-02-30&to=${MARCH.to}`],
    ['an unknown status', 'status', `from=${MARCH.from}&to=${MARCH.to}&status=ISSUED,LOST`],
    ['an unknown method', 'method', `from=${MARCH.from}&to=${MARCH.to}&method=CASH`],
    ['an unknown currency', 'currency', `from=${MARCH.from}&to=${MARCH.to}&currency=usd`],
    ['a malformed supplier id', 'supplierId', `from=${MARCH.from}&to=${MARCH.to}&supplierId=acme`],
    ['an unknown time zone', 'timeZone', `from=${MARCH.from}&to=${MARCH.to}&timeZone=Mars/Olympus`],
    ['from given twice', 'from', `from=${MARCH.from}&from=${MARCH.from}&to=${MARCH.to}`],
    ['an unknown parameter', 'format', `from=${MARCH.from}&to=${MARCH.to}&format=xlsx`],
  ])('%s is 400 BAD_USER_INPUT naming %s', async (_name, field, query) => {
    const before = (await auditEvents()).length;
    const response = await download(query, bed.finance);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; fields: { path: string }[] } };
    expect(body.error.code).toBe('BAD_USER_INPUT');
    expect(body.error.fields.map((problem) => problem.path)).toEqual([field]);
    expect((await auditEvents()).slice(before)).toEqual([
      { outcome: 'FAILED', error_code: 'BAD_USER_INPUT', after: null },
    ]);
  });
});
