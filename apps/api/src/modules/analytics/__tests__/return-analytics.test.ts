import { REASON_CATALOGUE, type ReasonCode } from '@rebound/domain';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import { DEFAULT_OPTIONS, generateDataset } from '../datagen/generate';
import { insertDataset } from '../datagen/insert-dataset';
import { rebuildRollups } from '../rollups';
import {
  expectedReturnRate,
  percentile,
  pointKey,
  rollupRows,
  rollupRowsFromBase,
  type Dimension,
  type Filter,
  type Point,
  type Range,
} from './analytics-reference';

/**
 * Every analytics answer on a generated dataset (Aug–Nov 2025, across New York's DST change on
 * 2 November) equals the same figure computed by plain SQL over the base tables — in UTC, in
 * America/New_York (both reporting zones, read from the rollups) and in Asia/Kolkata (not a
 * reporting zone: read from the base tables).
 */

const ZONES = ['UTC', 'America/New_York', 'Asia/Kolkata'];
const WHOLE = { from: '2025-08-01', to: '2025-11-30' };
const DST_WEEKS = { from: '2025-10-27', to: '2025-11-09' };
const DST_DAY = { from: '2025-11-02', to: '2025-11-02' };
const EMPTY = { from: '2030-01-01', to: '2030-01-31' };

const RATE = `query($range: AnalyticsRangeInput!, $granularity: AnalyticsGranularity!, $groupBy: [ReturnRateDimension!]!, $filter: AnalyticsFilterInput, $first: Int, $after: String) {
  returnRate(range: $range, granularity: $granularity, groupBy: $groupBy, filter: $filter, first: $first, after: $after) {
    total { bucketStart unitsSold unitsReturned rate }
    points { bucketStart unitsSold unitsReturned rate
      group { sku { id } supplier { id } category reasonCode fault channel } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface ApiReport {
  total: ApiPoint;
  points: ApiPoint[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface ApiPoint {
  bucketStart: string | null;
  unitsSold: number;
  unitsReturned: number;
  rate: number | null;
  group: {
    sku: { id: string } | null;
    supplier: { id: string } | null;
    category: string | null;
    reasonCode: string | null;
    fault: string | null;
    channel: string | null;
  };
}

let database: TestDatabase;
let server: TestServer;
let admin: TestClient;
let supplierIds: string[];
let skuIds: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  const tables = generateDataset({
    ...DEFAULT_OPTIONS,
    scale: 0.002,
    months: 4,
    end: new Date('2025-12-01T00:00:00Z'),
  });
  // Through INSERTs with every trigger on: the rollups are the triggers' work.
  await database.dataSource.transaction((manager) => insertDataset(manager, tables));
  server = await startTestServer(database);
  await createTestUser(database.dataSource, 'analytics-admin', ['ADMIN']);
  admin = await server.signIn('analytics-admin@rebound.test');
  supplierIds = (
    await database.dataSource.query<{ id: string }[]>(
      'SELECT supplier_id AS id FROM skus GROUP BY 1 ORDER BY count(*) DESC LIMIT 2',
    )
  ).map((row) => row.id);
  skuIds = (
    await database.dataSource.query<{ id: string }[]>(
      `SELECT ol.sku_id AS id FROM return_lines rl JOIN order_lines ol ON ol.id = rl.order_line_id
       GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3`,
    )
  ).map((row) => row.id);
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

const sortPoints = (points: Point[]): Point[] =>
  [...points].sort((a, b) => `${a.bucket}#${a.key}`.localeCompare(`${b.bucket}#${b.key}`));

/** Every point of an answer, page after page (`first` points each), and the pages' totals. */
async function allPages(
  variables: { range: Range; granularity: string; groupBy: Dimension[]; filter: Filter },
  first: number,
): Promise<{ total: ApiPoint; points: ApiPoint[]; pages: ApiReport[] }> {
  const pages: ApiReport[] = [];
  let after: string | null = null;
  for (;;) {
    const { returnRate }: { returnRate: ApiReport } = await admin.data<{
      returnRate: ApiReport;
    }>(RATE, { ...variables, first, after });
    pages.push(returnRate);
    expect(returnRate.points.length).toBeLessThanOrEqual(first);
    if (!returnRate.pageInfo.hasNextPage) break;
    expect(returnRate.points).toHaveLength(first);
    expect(returnRate.pageInfo.endCursor).not.toBeNull();
    after = returnRate.pageInfo.endCursor;
  }
  const [firstPage] = pages;
  if (firstPage === undefined) throw new Error('no page');
  for (const page of pages) expect(page.total).toEqual(firstPage.total);
  return { total: firstPage.total, points: pages.flatMap((page) => page.points), pages };
}

/** The sort key of an API point: its bucket, then its grouped keys in the documented order. */
const apiSortKey = (point: ApiPoint): string =>
  [
    point.bucketStart,
    point.group.sku?.id,
    point.group.supplier?.id,
    point.group.category,
    point.group.reasonCode,
    point.group.fault,
    point.group.channel,
  ]
    .map((value) => value ?? '')
    .join('\u0000');

async function checkReturnRate(
  range: Range,
  granularity: 'DAY' | 'WEEK' | 'MONTH',
  groupBy: Dimension[],
  filter: Filter,
  first = 1000,
): Promise<void> {
  const returnRate = await allPages({ range, granularity, groupBy, filter }, first);
  const expected = await expectedReturnRate(
    database.dataSource,
    range,
    granularity,
    groupBy,
    filter,
  );
  expect({ sold: returnRate.total.unitsSold, returned: returnRate.total.unitsReturned }).toEqual({
    sold: expected.total.unitsSold,
    returned: expected.total.unitsReturned,
  });
  expect(returnRate.total.bucketStart).toBeNull();
  const actual = returnRate.points.map((point) => ({
    bucket: point.bucketStart,
    key: pointKey(groupBy, {
      SKU: point.group.sku?.id ?? null,
      SUPPLIER: point.group.supplier?.id ?? null,
      CATEGORY: point.group.category,
      REASON: point.group.reasonCode,
      FAULT: point.group.fault,
      CHANNEL: point.group.channel,
    }),
    unitsSold: point.unitsSold,
    unitsReturned: point.unitsReturned,
  }));
  expect(sortPoints(actual)).toEqual(expected.points);
  const buckets = returnRate.points.map((point) => point.bucketStart ?? '');
  expect(buckets).toEqual([...buckets].sort());
  // Strictly increasing (bucket, keys): no point twice across pages.
  const keys = returnRate.points.map(apiSortKey);
  expect(new Set(keys).size).toBe(keys.length);
  for (const point of returnRate.points) {
    expect(point.rate).toBe(point.unitsSold === 0 ? null : point.unitsReturned / point.unitsSold);
  }
}

describe.each(ZONES)('return rate in %s equals plain SQL over the base tables', (timeZone) => {
  const cases: [
    string,
    { from: string; to: string },
    'DAY' | 'WEEK' | 'MONTH',
    Dimension[],
    () => Filter,
  ][] = [
    ['whole range by month', WHOLE, 'MONTH', [], () => ({})],
    ['by SKU × reason × month (W3)', WHOLE, 'MONTH', ['SKU', 'REASON'], () => ({})],
    ['by supplier and fault by week', WHOLE, 'WEEK', ['SUPPLIER', 'FAULT'], () => ({})],
    [
      'by category and channel by day over the DST change',
      DST_WEEKS,
      'DAY',
      ['CATEGORY', 'CHANNEL'],
      () => ({}),
    ],
    ['the DST day itself by SKU', DST_DAY, 'DAY', ['SKU'], () => ({})],
    [
      'filtered to a channel and supplier faults',
      WHOLE,
      'WEEK',
      ['REASON'],
      () => ({ channels: ['AMAZON_US'], faults: ['SUPPLIER'] }),
    ],
    [
      'filtered to two suppliers and two categories',
      WHOLE,
      'MONTH',
      ['SUPPLIER', 'CATEGORY'],
      () => ({ supplierIds, categories: ['Electronics', 'Home', 'Toys'] }),
    ],
    [
      'filtered to SKUs and reasons, every dimension',
      WHOLE,
      'MONTH',
      ['SKU', 'SUPPLIER', 'CATEGORY', 'REASON', 'FAULT', 'CHANNEL'],
      () => ({ skuIds, reasonCodes: ['DEFECTIVE', 'NO_LONGER_NEEDED', 'WRONG_SIZE_SMALL'] }),
    ],
    ['an empty range answers zeros', EMPTY, 'DAY', ['SKU'], () => ({})],
  ];
  test.each(cases)('%s', async (_name, days, granularity, groupBy, filter) => {
    await checkReturnRate({ ...days, timeZone }, granularity, groupBy, filter());
  });
});

describe.each(['UTC', 'America/New_York'])(
  'the other answers in %s equal plain SQL',
  (timeZone) => {
    const range = { ...WHOLE, timeZone };
    const inRange = (column: string): string =>
      `(${column} AT TIME ZONE $1)::date BETWEEN $2::date AND $3::date`;
    const params = [timeZone, WHOLE.from, WHOLE.to];

    test('returnReasons: units and returns per reason, most units first, shares summing to 1', async () => {
      const { returnReasons } = await admin.data<{
        returnReasons: {
          reasonCode: ReasonCode;
          fault: string;
          label: string;
          units: number;
          returns: number;
          share: number;
        }[];
      }>(
        `query($range: AnalyticsRangeInput!) { returnReasons(range: $range) { reasonCode fault label units returns share } }`,
        { range },
      );
      const expected = await database.dataSource.query<
        { reason_code: ReasonCode; units: number; returns: number }[]
      >(
        `SELECT rl.reason_code, sum(rl.quantity)::int AS units, count(DISTINCT r.id)::int AS returns
       FROM return_lines rl JOIN returns r ON r.id = rl.return_id
       WHERE ${inRange('r.requested_at')} AND r.status NOT IN ('REJECTED', 'CANCELLED')
       GROUP BY 1 ORDER BY 2 DESC, 1`,
        params,
      );
      expect(
        returnReasons.map(({ reasonCode, fault, label, units, returns }) => ({
          reasonCode,
          fault,
          label,
          units,
          returns,
        })),
      ).toEqual(
        expected.map((row) => ({
          reasonCode: row.reason_code,
          fault: REASON_CATALOGUE[row.reason_code].fault,
          label: REASON_CATALOGUE[row.reason_code].amazonReason,
          units: row.units,
          returns: row.returns,
        })),
      );
      expect(returnReasons.reduce((sum, row) => sum + row.share, 0)).toBeCloseTo(1, 9);
    });

    test('topReturnedSkus: most returned SKUs with their units sold', async () => {
      const { topReturnedSkus } = await admin.data<{
        topReturnedSkus: { sku: { id: string }; unitsSold: number; unitsReturned: number }[];
      }>(
        `query($range: AnalyticsRangeInput!) { topReturnedSkus(range: $range, first: 5) { sku { id } unitsSold unitsReturned } }`,
        { range },
      );
      const expected = await database.dataSource.query<
        { id: string; returned: number; sold: number }[]
      >(
        `SELECT x.sku_id AS id, x.returned,
         (SELECT coalesce(sum(ol.quantity), 0)::int FROM order_lines ol JOIN orders o ON o.id = ol.order_id
          WHERE ol.sku_id = x.sku_id AND ${inRange('o.ordered_at')}) AS sold
       FROM (SELECT ol.sku_id, sum(rl.quantity)::int AS returned
             FROM return_lines rl JOIN returns r ON r.id = rl.return_id JOIN order_lines ol ON ol.id = rl.order_line_id
             WHERE ${inRange('r.requested_at')} AND r.status NOT IN ('REJECTED', 'CANCELLED')
             GROUP BY 1) x
       ORDER BY x.returned DESC, x.sku_id LIMIT 5`,
        params,
      );
      expect(
        topReturnedSkus.map((row) => ({
          id: row.sku.id,
          returned: row.unitsReturned,
          sold: row.unitsSold,
        })),
      ).toEqual(expected);
    });

    test('supplierScorecard: sold, supplier-fault units and claims per supplier', async () => {
      const { supplierScorecard } = await admin.data<{
        supplierScorecard: {
          supplier: { id: string };
          unitsSold: number;
          defectUnits: number;
          currency: string;
          claimsOwedMinor: number;
          claimsRecoveredMinor: number;
        }[];
      }>(
        `query($range: AnalyticsRangeInput!) { supplierScorecard(range: $range) { supplier { id } unitsSold defectUnits defectRate currency claimsOwedMinor claimsRecoveredMinor } }`,
        { range },
      );
      const supplierFault = Object.entries(REASON_CATALOGUE)
        .filter(([, reason]) => reason.fault === 'SUPPLIER')
        .map(([code]) => code);
      const expected = await database.dataSource.query<
        { id: string; sold: number; defects: number; owed: number; recovered: number }[]
      >(
        `SELECT sp.id,
         (SELECT coalesce(sum(ol.quantity), 0)::int FROM order_lines ol JOIN orders o ON o.id = ol.order_id
          JOIN skus k ON k.id = ol.sku_id WHERE k.supplier_id = sp.id AND ${inRange('o.ordered_at')}) AS sold,
         (SELECT coalesce(sum(rl.quantity), 0)::int FROM return_lines rl JOIN returns r ON r.id = rl.return_id
          JOIN order_lines ol ON ol.id = rl.order_line_id JOIN skus k ON k.id = ol.sku_id
          WHERE k.supplier_id = sp.id AND ${inRange('r.requested_at')} AND r.status NOT IN ('REJECTED', 'CANCELLED')
            AND rl.reason_code = ANY($4::text[])) AS defects,
         (SELECT coalesce(sum(c.amount_minor + c.label_cost_minor), 0)::int FROM supplier_claims c
          WHERE c.supplier_id = sp.id AND c.status IN ('OPEN', 'SUBMITTED') AND ${inRange('c.opened_at')}) AS owed,
         (SELECT coalesce(sum(c.credited_minor), 0)::int FROM supplier_claims c
          WHERE c.supplier_id = sp.id AND c.status = 'ACCEPTED' AND ${inRange('c.opened_at')}) AS recovered
       FROM suppliers sp ORDER BY sp.name, sp.id`,
        [...params, supplierFault],
      );
      const listed = expected.filter(
        (row) => row.sold + row.defects + row.owed + row.recovered > 0,
      );
      expect(
        supplierScorecard.map((row) => ({
          id: row.supplier.id,
          sold: row.unitsSold,
          defects: row.defectUnits,
          owed: row.claimsOwedMinor,
          recovered: row.claimsRecoveredMinor,
        })),
      ).toEqual(listed);
      expect(new Set(supplierScorecard.map((row) => row.currency))).toEqual(new Set(['USD']));
    });

    test('returnSpeed: request → authorize and receipt → refund percentiles, SLA breaches', async () => {
      const { returnSpeed } = await admin.data<{
        returnSpeed: {
          requestToAuthorize: {
            count: number;
            medianHours: number | null;
            p90Hours: number | null;
          };
          receiptToRefund: { count: number; medianHours: number | null; p90Hours: number | null };
          slaBreaches: number;
        };
      }>(
        `query($range: AnalyticsRangeInput!) { returnSpeed(range: $range) {
        requestToAuthorize { count medianHours p90Hours } receiptToRefund { count medianHours p90Hours } slaBreaches } }`,
        { range },
      );
      const rows = await database.dataSource.query<
        { authorize_ms: number | null; refund_ms: number | null; breached: boolean }[]
      >(
        `SELECT (extract(epoch FROM r.authorized_at - r.requested_at) * 1000)::float8 AS authorize_ms,
         (extract(epoch FROM f.issued_at - r.received_at) * 1000)::float8 AS refund_ms,
         (r.first_response_at > r.first_response_due_at
           OR (r.first_response_at IS NULL AND r.status NOT IN ('REJECTED', 'CANCELLED'))
           OR f.issued_at > r.refund_due_at
           OR (f.issued_at IS NULL AND r.refund_due_at IS NOT NULL AND r.status NOT IN ('REJECTED', 'CANCELLED', 'COMPLETED'))) AS breached
       FROM returns r LEFT JOIN LATERAL (SELECT min(issued_at) AS issued_at FROM refunds
         WHERE return_id = r.id AND status = 'ISSUED') f ON true
       WHERE ${inRange('r.requested_at')}`,
        params,
      );
      const hours = (values: (number | null)[]): number[] =>
        values.flatMap((value) => (value === null || value < 0 ? [] : [value / 3_600_000]));
      const authorize = hours(rows.map((row) => row.authorize_ms));
      const refund = hours(rows.map((row) => row.refund_ms));
      expect(returnSpeed.requestToAuthorize.count).toBe(authorize.length);
      expect(returnSpeed.requestToAuthorize.medianHours).toBeCloseTo(
        percentile(authorize, 0.5) ?? NaN,
        6,
      );
      expect(returnSpeed.requestToAuthorize.p90Hours).toBeCloseTo(
        percentile(authorize, 0.9) ?? NaN,
        6,
      );
      expect(returnSpeed.receiptToRefund.count).toBe(refund.length);
      expect(returnSpeed.receiptToRefund.medianHours).toBeCloseTo(
        percentile(refund, 0.5) ?? NaN,
        6,
      );
      expect(returnSpeed.receiptToRefund.p90Hours).toBeCloseTo(percentile(refund, 0.9) ?? NaN, 6);
      expect(returnSpeed.slaBreaches).toBe(rows.filter((row) => row.breached).length);
      expect(authorize.length).toBeGreaterThan(0);
    });

    test('returnCosts: labels, fees, write-offs and recoveries per currency', async () => {
      const { returnCosts } = await admin.data<{
        returnCosts: {
          currency: string;
          labelsPaidBySellerMinor: number;
          feesCollectedMinor: number;
          writeOffsMinor: number;
          recoveriesMinor: number;
        }[];
      }>(
        `query($range: AnalyticsRangeInput!) { returnCosts(range: $range) { currency labelsPaidBySellerMinor feesCollectedMinor writeOffsMinor recoveriesMinor } }`,
        { range },
      );
      const scoped = `SELECT id FROM returns r WHERE ${inRange('r.requested_at')}`;
      const part = async (sql: string): Promise<Map<string, number>> =>
        new Map(
          (
            await database.dataSource.query<{ currency: string; amount: number }[]>(sql, params)
          ).map((row) => [row.currency, row.amount]),
        );
      const labels =
        await part(`SELECT currency, sum(cost_minor)::bigint AS amount FROM return_labels
      WHERE payer = 'SELLER' AND return_id IN (${scoped}) GROUP BY 1`);
      const fees =
        await part(`SELECT currency, sum((breakdown->>'restockingFees')::bigint + (breakdown->>'labelDeduction')::bigint)::bigint AS amount
      FROM refunds WHERE status = 'ISSUED' AND return_id IN (${scoped}) GROUP BY 1`);
      const writeOffs =
        await part(`SELECT k.currency, sum(k.unit_cost_minor * rl.quantity)::bigint AS amount
      FROM return_lines rl JOIN order_lines ol ON ol.id = rl.order_line_id JOIN skus k ON k.id = ol.sku_id
      WHERE rl.disposition = 'DISPOSE' AND rl.return_id IN (${scoped}) GROUP BY 1`);
      const recoveries =
        await part(`SELECT currency, sum(credited_minor)::bigint AS amount FROM supplier_claims
      WHERE status = 'ACCEPTED' AND return_id IN (${scoped}) GROUP BY 1`);
      const currencies = [
        ...new Set([...labels.keys(), ...fees.keys(), ...writeOffs.keys(), ...recoveries.keys()]),
      ].sort();
      expect(returnCosts).toEqual(
        currencies.map((currency) => ({
          currency,
          labelsPaidBySellerMinor: labels.get(currency) ?? 0,
          feesCollectedMinor: fees.get(currency) ?? 0,
          writeOffsMinor: writeOffs.get(currency) ?? 0,
          recoveriesMinor: recoveries.get(currency) ?? 0,
        })),
      );
      expect(currencies.length).toBeGreaterThan(0);
    });

    test('an empty range answers zeros and empty lists', async () => {
      const data = await admin.data(
        `query($range: AnalyticsRangeInput!) {
        returnReasons(range: $range) { units } topReturnedSkus(range: $range) { unitsSold }
        supplierScorecard(range: $range) { unitsSold } returnCosts(range: $range) { currency }
        returnSpeed(range: $range) { slaBreaches requestToAuthorize { count medianHours p90Hours } }
      }`,
        { range: { ...EMPTY, timeZone } },
      );
      expect(data).toEqual({
        returnReasons: [],
        topReturnedSkus: [],
        supplierScorecard: [],
        returnCosts: [],
        returnSpeed: {
          slaBreaches: 0,
          requestToAuthorize: { count: 0, medianHours: null, p90Hours: null },
        },
      });
    });
  },
);

describe('rollups', () => {
  test('the triggers kept them equal to the base tables while the dataset was inserted', async () => {
    const actual = await rollupRows(database.dataSource);
    expect(actual.sold.length).toBeGreaterThan(0);
    expect(actual).toEqual(await rollupRowsFromBase(database.dataSource));
  });

  test('the rebuild gives the same rows, and answers stay equal to plain SQL after it', async () => {
    const before = await rollupRows(database.dataSource);
    await database.dataSource.query('DELETE FROM analytics_units_returned');
    const report = await rebuildRollups(database.dataSource);
    expect(report.zones).toEqual(['America/New_York', 'UTC']);
    expect(await rollupRows(database.dataSource)).toEqual(before);
    await checkReturnRate(
      { ...WHOLE, timeZone: 'America/New_York' },
      'WEEK',
      ['SKU', 'REASON'],
      {},
    );
  });

  test('a rebuild with other reporting zones serves them from rollups and the others from base tables', async () => {
    await rebuildRollups(database.dataSource, ['Asia/Kolkata']);
    const { sold } = await rollupRows(database.dataSource);
    expect(new Set(sold.map((row) => (row as { time_zone: string }).time_zone))).toEqual(
      new Set(['Asia/Kolkata']),
    );
    await checkReturnRate({ ...DST_WEEKS, timeZone: 'Asia/Kolkata' }, 'DAY', ['SUPPLIER'], {});
    await checkReturnRate({ ...DST_WEEKS, timeZone: 'America/New_York' }, 'DAY', ['SUPPLIER'], {});
    await rebuildRollups(database.dataSource, ['UTC', 'America/New_York']);
  });
});

describe('returnRate.points pages (keyset cursors)', () => {
  const UTC_WHOLE = { ...WHOLE, timeZone: 'UTC' };
  const NEW_YORK_DST = { ...DST_WEEKS, timeZone: 'America/New_York' };
  const KOLKATA_WHOLE = { ...WHOLE, timeZone: 'Asia/Kolkata' };

  test.each([
    ['DAY, no grouping', NEW_YORK_DST, 'DAY', [], 5],
    ['DAY by category and channel', NEW_YORK_DST, 'DAY', ['CHANNEL', 'CATEGORY'], 17],
    ['WEEK by supplier and fault', UTC_WHOLE, 'WEEK', ['SUPPLIER', 'FAULT'], 13],
    ['MONTH by SKU × reason (W3)', UTC_WHOLE, 'MONTH', ['SKU', 'REASON'], 50],
    [
      'MONTH by every dimension, base tables',
      KOLKATA_WHOLE,
      'MONTH',
      ['SKU', 'SUPPLIER', 'CATEGORY', 'REASON', 'FAULT', 'CHANNEL'],
      31,
    ],
    ['WEEK by reason, base tables', KOLKATA_WHOLE, 'WEEK', ['REASON'], 3],
  ] as [string, Range, 'DAY' | 'WEEK' | 'MONTH', Dimension[], number][])(
    '%s: small pages concatenate to the whole answer, in order, without gaps or duplicates',
    async (_name, range, granularity, groupBy, first) => {
      const variables = { range, granularity, groupBy, filter: {} };
      const whole = await allPages(variables, 1000);
      const paged = await allPages(variables, first);
      expect(whole.pages).toHaveLength(1);
      expect(paged.pages.length).toBeGreaterThan(1);
      expect(paged.points).toEqual(whole.points);
      expect(paged.total).toEqual(whole.total);
      // and the small pages still equal plain SQL
      await checkReturnRate(range, granularity, groupBy, {}, first);
    },
  );

  test('a filtered answer pages the same way', async () => {
    const filter = { supplierIds, channels: ['AMAZON_US', 'SHOPIFY'] };
    const variables = {
      range: UTC_WHOLE,
      granularity: 'WEEK',
      groupBy: ['SKU'] as Dimension[],
      filter,
    };
    const whole = await allPages(variables, 1000);
    const paged = await allPages(variables, 7);
    expect(paged.points).toEqual(whole.points);
    await checkReturnRate(UTC_WHOLE, 'WEEK', ['SKU'], filter, 7);
  });

  test('100 points by default, the first of the whole answer; the total is the whole range', async () => {
    const variables = {
      range: UTC_WHOLE,
      granularity: 'MONTH',
      groupBy: ['SKU', 'REASON'] as Dimension[],
    };
    const whole = await allPages({ ...variables, filter: {} }, 1000);
    expect(whole.points.length).toBeGreaterThan(100);
    const { returnRate } = await admin.data<{ returnRate: ApiReport }>(RATE, variables);
    expect(returnRate.points).toEqual(whole.points.slice(0, 100));
    expect(returnRate.pageInfo.hasNextPage).toBe(true);
    expect(returnRate.total).toEqual(whole.total);
    // (units sold repeat on each reason of a SKU; units returned split exactly)
    const returned = whole.points.reduce((sum, point) => sum + point.unitsReturned, 0);
    expect(returnRate.total.unitsReturned).toBe(returned);
  });

  test('the last page says no more follow; its end cursor answers an empty page', async () => {
    const variables = {
      range: UTC_WHOLE,
      granularity: 'MONTH',
      groupBy: [] as Dimension[],
      filter: {},
    };
    const { returnRate } = await admin.data<{ returnRate: ApiReport }>(RATE, {
      ...variables,
      first: 1000,
    });
    expect(returnRate.points.length).toBe(4);
    expect(returnRate.pageInfo.hasNextPage).toBe(false);
    const { returnRate: after } = await admin.data<{ returnRate: ApiReport }>(RATE, {
      ...variables,
      after: returnRate.pageInfo.endCursor,
    });
    expect(after.points).toEqual([]);
    expect(after.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    expect(after.total).toEqual(returnRate.total);
  });

  test('an empty range answers no points and no next page', async () => {
    const { returnRate } = await admin.data<{ returnRate: ApiReport }>(RATE, {
      range: { ...EMPTY, timeZone: 'UTC' },
      granularity: 'DAY',
      groupBy: ['SKU'],
      first: 10,
    });
    expect(returnRate.points).toEqual([]);
    expect(returnRate.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    expect(returnRate.total).toMatchObject({ unitsSold: 0, unitsReturned: 0, rate: null });
  });

  test.each([0, -1, 1001])('first %d is refused at first', async (first) => {
    const { json } = await admin.gql(RATE, {
      range: UTC_WHOLE,
      granularity: 'MONTH',
      groupBy: [],
      first,
    });
    expect(json.data).toBeNull();
    expect(json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(json.errors?.[0]?.extensions?.fields)).toContain('"first"');
    expect(json.errors?.[0]?.message).toContain('from 1 to 1000');
  });

  test('a cursor of another query, or not a cursor, is refused at after', async () => {
    const variables = {
      range: UTC_WHOLE,
      granularity: 'MONTH',
      groupBy: ['SKU', 'REASON'] as Dimension[],
      filter: { channels: ['AMAZON_US'] },
    };
    const { returnRate } = await admin.data<{ returnRate: ApiReport }>(RATE, {
      ...variables,
      first: 3,
    });
    const after = returnRate.pageInfo.endCursor;
    expect(after).not.toBeNull();
    // The same query (its filter lists in another order, groupBy reordered) accepts it.
    const { returnRate: next } = await admin.data<{ returnRate: ApiReport }>(RATE, {
      ...variables,
      groupBy: ['REASON', 'SKU'],
      first: 3,
      after,
    });
    expect(next.points).toHaveLength(3);
    const foreign = [
      { ...variables, range: { ...UTC_WHOLE, to: '2025-11-29' } },
      { ...variables, range: { ...UTC_WHOLE, timeZone: 'America/New_York' } },
      { ...variables, granularity: 'WEEK' },
      { ...variables, groupBy: ['SKU'] },
      { ...variables, groupBy: ['SKU', 'FAULT'] },
      { ...variables, filter: {} },
      { ...variables, filter: { channels: ['SHOPIFY'] } },
    ];
    for (const other of [
      ...foreign.map((query) => ({ ...query, after })),
      { ...variables, after: 'not-a-cursor' },
      { ...variables, after: Buffer.from('{"s":1,"k":[]}').toString('base64url') },
    ]) {
      const { json } = await admin.gql(RATE, other);
      expect(json.data).toBeNull();
      expect(json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(json.errors?.[0]?.message).toContain('cursor is not valid');
      expect(JSON.stringify(json.errors?.[0]?.extensions?.fields)).toContain('"after"');
    }
  });
});

describe('bad input', () => {
  test.each([
    [{ from: '2025-02-01', to: '2025-01-01', timeZone: 'UTC' }, 'range.to'],
    [{ from: '2025-01-01', to: '2025-01-31', timeZone: '+05:00' }, 'range.timeZone'],
    [{ from: '2025-01-01', to: '2025-01-31', timeZone: 'Mars/Olympus' }, 'range.timeZone'],
    [{ from: '2000-01-01', to: '2025-01-01', timeZone: 'UTC' }, 'range.to'],
  ])('range %j is refused at %s', async (range, path) => {
    const { json } = await admin.gql(
      'query($range: AnalyticsRangeInput!) { returnRate(range: $range) { total { unitsSold } } }',
      { range },
    );
    expect(json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(json.errors?.[0]?.extensions?.fields)).toContain(path);
  });
});
