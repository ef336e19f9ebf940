import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import type { RefundReportFilter, RefundReportGroup } from '../refund-report.input';
import { checkRefundReport } from '../refund-report.service';
import { refundReportStatement } from '../refund-report.sql';
import { DST_RANGE, DST_REFUNDS } from './dst-refunds';
import {
  createRefunds,
  createReportWorld,
  type FixtureRefund,
  type ReportWorld,
} from './report-fixtures';
import {
  byKeys,
  expectedRows,
  periodInstant,
  type ExpectedRow,
  type Grouping,
} from './report-expectations';

const REPORT = `
  query Report($filter: RefundReportFilter!, $groupBy: [RefundReportGroup!]!) {
    refundReport(filter: $filter, groupBy: $groupBy) {
      periodStart periodStartsAt status method currency supplierId supplierCode supplierName
      refundCount total items tax shipping restockingFees labelDeductions shippingReimbursements
    }
  }`;

interface ReportRow extends ExpectedRow {
  periodStartsAt: string | null;
  supplierCode: string | null;
  supplierName: string | null;
}

let database: TestDatabase;
let server: TestServer;
let finance: TestClient;
let world: ReportWorld;
let refunds: FixtureRefund[];

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  const user = await createTestUser(database.dataSource, 'finance', ['FINANCE']);
  finance = await server.signIn('finance@rebound.test');
  world = await createReportWorld(database.dataSource, user.id);
  refunds = await createRefunds(database.dataSource, world, DST_REFUNDS);
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

async function report(filter: Record<string, unknown>, groupBy: string[]): Promise<ReportRow[]> {
  const data = await finance.data<{ refundReport: ReportRow[] }>(REPORT, {
    filter: { ...DST_RANGE, ...filter },
    groupBy,
  });
  return data.refundReport;
}

const keysAndSums = (rows: readonly ReportRow[]): ExpectedRow[] =>
  rows
    .map(({ periodStartsAt: _at, supplierCode: _code, supplierName: _name, ...row }) => row)
    .sort(byKeys);

describe('refundReport periods', () => {
  test.each([
    ['DAY', 'UTC'],
    ['WEEK', 'UTC'],
    ['MONTH', 'UTC'],
    ['DAY', 'America/New_York'],
    ['WEEK', 'America/New_York'],
    ['MONTH', 'America/New_York'],
  ] as const)(
    'by %s in %s, each period and currency sums exactly the refunds created on its local days',
    async (period, timeZone) => {
      const rows = await report({ timeZone }, [period, 'CURRENCY']);
      expect(keysAndSums(rows)).toEqual(expectedRows(refunds, { period, timeZone }));
      for (const row of rows) {
        expect(row.periodStartsAt).toBe(periodInstant(row.periodStart ?? '', timeZone));
      }
    },
  );

  test('days follow the DST change in New York: 9 March is one local day of 23 hours', async () => {
    const rows = await report({ timeZone: 'America/New_York', currency: 'USD' }, ['DAY']);
    const march9 = rows.find((row) => row.periodStart === '2025-03-09');
    expect(march9?.periodStartsAt).toBe('2025-03-09T05:00:00.000Z');
    expect(rows.find((row) => row.periodStart === '2025-03-10')?.periodStartsAt).toBe(
      '2025-03-10T04:00:00.000Z',
    );
    // 05:00 EST and 03:30 EDT and 23:59 EDT: the same local day; 04:59Z belongs to 8 March.
    expect(march9?.refundCount).toBe(2);
  });

  test('weeks start on Monday: Sunday 2 March 23:30 in New York is in the week of 24 February', async () => {
    const rows = await report({ timeZone: 'America/New_York', currency: 'EUR' }, ['WEEK']);
    expect(rows.map((row) => row.periodStart)).toEqual(['2025-02-24', '2025-03-03', '2025-03-31']);
    const utc = await report({ currency: 'EUR' }, ['WEEK']);
    expect(utc.map((row) => row.periodStart)).toEqual(['2025-03-03', '2025-03-10', '2025-03-31']);
  });

  test('rows come in period order, then currency', async () => {
    const rows = await report({}, ['MONTH']);
    expect(rows.map((row) => `${row.periodStart} ${row.currency}`)).toEqual([
      '2025-02-01 USD',
      '2025-03-01 EUR',
      '2025-03-01 JPY',
      '2025-03-01 USD',
      '2025-04-01 EUR',
      '2025-04-01 USD',
    ]);
  });
});

describe('refundReport dimensions', () => {
  test('without keys, one row per currency: amounts of different currencies are never added', async () => {
    const rows = await report({}, []);
    expect(rows.map((row) => row.currency)).toEqual(['EUR', 'JPY', 'USD']);
    expect(keysAndSums(rows)).toEqual(expectedRows(refunds, {}));
  });

  test('by status and method, the sums equal a plain SQL GROUP BY over refunds and their breakdowns', async () => {
    const rows = await report({}, ['STATUS', 'METHOD', 'CURRENCY']);
    const plain = await database.dataSource.query<Record<string, unknown>[]>(
      `SELECT status, method, currency, count(*)::int AS "refundCount", sum(total_minor)::bigint AS total,
         sum((breakdown->>'items')::bigint)::bigint AS items, sum((breakdown->>'tax')::bigint)::bigint AS tax,
         sum((breakdown->>'shipping')::bigint)::bigint AS shipping,
         sum((breakdown->>'restockingFees')::bigint)::bigint AS "restockingFees",
         sum((breakdown->>'labelDeduction')::bigint)::bigint AS "labelDeductions",
         sum((breakdown->>'shippingReimbursement')::bigint)::bigint AS "shippingReimbursements"
       FROM refunds GROUP BY status, method, currency`,
    );
    const expected = plain.map(
      (row) => ({ periodStart: null, supplierId: null, ...row }) as ExpectedRow,
    );
    expect(keysAndSums(rows)).toEqual(expected.sort(byKeys));
    expect(keysAndSums(rows)).toEqual(expectedRows(refunds, { byStatus: true, byMethod: true }));
  });

  test("by supplier, each refund's amount is attributed through its lines, adjustments split by largest remainder", async () => {
    const rows = await report({}, ['SUPPLIER']);
    expect(keysAndSums(rows)).toEqual(expectedRows(refunds, { bySupplier: true }));
    const names = new Map(world.suppliers.map((supplier) => [supplier.id, supplier]));
    for (const row of rows) {
      expect(row.supplierName).toBe(names.get(row.supplierId ?? '')?.name);
      expect(row.supplierCode).toBe(names.get(row.supplierId ?? '')?.code);
    }
    // The three-way refund: 1001 over equal weights is 334 + 334 + 333, lower supplier ids first.
    const failed = await report({ status: ['FAILED'] }, ['SUPPLIER']);
    const shares = failed.map((row) => ({ id: row.supplierId, share: row.labelDeductions }));
    shares.sort((a, b) => ((a.id ?? '') < (b.id ?? '') ? -1 : 1));
    expect(shares.map((entry) => entry.share)).toEqual([334, 334, 333]);
  });

  test('supplier rows of a currency add up to exactly the currency row, for every amount', async () => {
    const whole = await report({}, ['CURRENCY']);
    const bySupplier = await report({}, ['SUPPLIER', 'CURRENCY']);
    for (const row of whole) {
      const parts = bySupplier.filter((part) => part.currency === row.currency);
      for (const field of [
        'total',
        'items',
        'tax',
        'shipping',
        'restockingFees',
        'labelDeductions',
        'shippingReimbursements',
      ] as const) {
        expect(parts.reduce((sum, part) => sum + part[field], 0)).toBe(row[field]);
      }
    }
  });

  test('supplier grouping combines with a period and a status', async () => {
    const grouping: Grouping = {
      period: 'WEEK',
      timeZone: 'America/New_York',
      byStatus: true,
      bySupplier: true,
    };
    const rows = await report({ timeZone: 'America/New_York' }, ['WEEK', 'STATUS', 'SUPPLIER']);
    expect(keysAndSums(rows)).toEqual(expectedRows(refunds, grouping));
  });
});

describe('refundReport supplier parts', () => {
  const cases: [Partial<RefundReportFilter> & { firstSupplier?: true }, RefundReportGroup[]][] = [
    [{}, ['SUPPLIER']],
    [{ timeZone: 'America/New_York' }, ['WEEK', 'STATUS', 'METHOD', 'SUPPLIER']],
    [{ status: ['FAILED', 'ISSUED'] }, ['DAY', 'SUPPLIER']],
    [{ firstSupplier: true }, ['MONTH']],
    [{ firstSupplier: true }, ['SUPPLIER', 'CURRENCY']],
  ];
  test.each(cases)(
    'the stored parts (read by the API) give the rows the attribution computes from the breakdowns: %j %j',
    async ({ firstSupplier, ...filter }, groupBy) => {
      const query = checkRefundReport(
        {
          from: new Date(DST_RANGE.from),
          to: new Date(DST_RANGE.to),
          timeZone: 'UTC',
          ...filter,
          ...(firstSupplier === true ? { supplierId: world.suppliers[0]?.id } : {}),
        },
        groupBy,
      );
      const run = async (source: 'stored' | 'computed'): Promise<unknown[]> => {
        const statement = refundReportStatement(query, source);
        return database.dataSource.query(statement.sql, statement.params);
      };
      const stored = await run('stored');
      expect(stored.length).toBeGreaterThan(0);
      expect(stored).toEqual(await run('computed'));
    },
  );
});

describe('refundReport filters', () => {
  test('status, method and currency filters keep only the matching refunds', async () => {
    const rows = await report(
      {
        status: ['ISSUED', 'FAILED'],
        method: ['ORIGINAL_PAYMENT', 'STORE_CREDIT'],
        currency: 'USD',
      },
      ['STATUS'],
    );
    const kept = refunds.filter(
      (refund) =>
        ['ISSUED', 'FAILED'].includes(refund.spec.status) &&
        ['ORIGINAL_PAYMENT', 'STORE_CREDIT'].includes(refund.method) &&
        refund.spec.currency === 'USD',
    );
    expect(kept.length).toBe(3);
    expect(keysAndSums(rows)).toEqual(expectedRows(kept, { byStatus: true }));
  });

  test("a supplier filter counts only that supplier's part of its refunds", async () => {
    const supplier = world.suppliers[0];
    if (supplier === undefined) throw new Error('no supplier');
    const rows = await report({ supplierId: supplier.id }, ['MONTH']);
    expect(keysAndSums(rows)).toEqual(
      expectedRows(refunds, { period: 'MONTH', supplierId: supplier.id }),
    );
  });

  test('from is inclusive and to exclusive', async () => {
    const rows = await report(
      { from: '2025-03-09T05:00:00.000Z', to: '2025-03-10T04:00:00.000Z' },
      [],
    );
    const inside = refunds.filter(
      (refund) =>
        refund.spec.createdAt >= '2025-03-09T05:00:00Z' &&
        refund.spec.createdAt < '2025-03-10T04:00:00Z',
    );
    expect(inside.length).toBe(3);
    expect(keysAndSums(rows)).toEqual(expectedRows(inside, {}));
  });

  test.each([
    [
      'an empty range (from = to)',
      { from: '2025-03-09T05:00:00.000Z', to: '2025-03-09T05:00:00.000Z' },
    ],
    [
      'a range with no refunds',
      { from: '2024-01-01T00:00:00.000Z', to: '2024-02-01T00:00:00.000Z' },
    ],
    ['a supplier with no refunds', { supplierId: '00000000-0000-4000-8000-000000000000' }],
  ])('%s gives no rows, not an error', async (_name, filter) => {
    expect(await report(filter, ['DAY', 'SUPPLIER'])).toEqual([]);
  });
});

describe('refundReport refuses bad input', () => {
  test.each([
    ['two periods', 'groupBy', {}, ['DAY', 'WEEK']],
    ['an unknown time zone', 'filter.timeZone', { timeZone: 'Mars/Olympus' }, ['DAY']],
    ['an offset instead of a zone', 'filter.timeZone', { timeZone: '+05:00' }, ['DAY']],
    [
      'to before from',
      'filter.to',
      { from: '2025-03-02T00:00:00.000Z', to: '2025-03-01T00:00:00.000Z' },
      [],
    ],
    ['an unknown currency', 'filter.currency', { currency: 'usd' }, []],
    ['a malformed supplier id', 'filter.supplierId', { supplierId: 'acme' }, []],
  ])('%s is BAD_USER_INPUT naming %s', async (_name, path, filter, groupBy) => {
    const { json } = await finance.gql(REPORT, { filter: { ...DST_RANGE, ...filter }, groupBy });
    const error = json.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((error?.extensions?.fields as { path: string }[]).map((field) => field.path)).toEqual([
      path,
    ]);
  });
});
