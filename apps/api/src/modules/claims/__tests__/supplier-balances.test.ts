import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import type { SupplierEntity } from '../../suppliers/supplier.entity';
import { createClaim, createSupplier, daysBefore, signInAs } from './claim-fixtures';

interface Balance {
  supplier: { id: string; name: string };
  currency: string;
  claimed: number;
  outstanding: number;
  credited: number;
  rejected: number;
  writtenOff: number;
  overdue: number;
  counts: { open: number; submitted: number; accepted: number; rejected: number };
  oldestOutstandingAgeDays: number | null;
  ageing: { days0To30: number; days31To60: number; days61To90: number; over90Days: number };
}

const BALANCES = `query($currency: String, $asOf: DateTimeISO) {
  supplierBalances(currency: $currency, asOf: $asOf) {
    supplier { id name } currency claimed outstanding credited rejected writtenOff overdue
    counts { open submitted accepted rejected } oldestOutstandingAgeDays
    ageing { days0To30 days31To60 days61To90 over90Days }
  }
}`;

describe('supplier balances: what each supplier owes, per currency, aged', () => {
  let database: TestDatabase;
  let server: TestServer;
  let finance: TestClient;
  let volta: SupplierEntity;
  let kettle: SupplierEntity;
  let empty: SupplierEntity;
  /** The instant the fixture's ages are counted from (asOf in the queries). */
  const asOf = new Date(Date.now() - 3_600_000);

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database);
    finance = (await signInAs(database, server, ['FINANCE'])).client;
    volta = await createSupplier(database.dataSource, 'Volta Audio', 30);
    kettle = await createSupplier(database.dataSource, 'Kettle & Co', 60);
    empty = await createSupplier(database.dataSource, 'Aardvark Supplies', 30);
    const db = database.dataSource;
    // Volta, USD: outstanding claims opened 10, 45, 75 and 120 days before asOf.
    await createClaim(db, volta, {
      status: 'OPEN',
      amountMinor: 1000,
      openedAt: daysBefore(asOf, 10),
    });
    await createClaim(db, volta, {
      status: 'SUBMITTED',
      amountMinor: 2000,
      openedAt: daysBefore(asOf, 45),
    });
    await createClaim(db, volta, {
      status: 'OPEN',
      amountMinor: 3000,
      openedAt: daysBefore(asOf, 75),
    });
    await createClaim(db, volta, {
      status: 'SUBMITTED',
      amountMinor: 4000,
      openedAt: daysBefore(asOf, 120),
    });
    // Resolved Volta claims: old, but never outstanding nor overdue.
    await createClaim(db, volta, {
      status: 'ACCEPTED',
      amountMinor: 5000,
      creditedMinor: 3500,
      openedAt: daysBefore(asOf, 200),
    });
    await createClaim(db, volta, {
      status: 'ACCEPTED',
      amountMinor: 700,
      creditedMinor: 700,
      openedAt: daysBefore(asOf, 5),
    });
    await createClaim(db, volta, {
      status: 'REJECTED',
      amountMinor: 900,
      openedAt: daysBefore(asOf, 150),
    });
    // Volta in EUR: a separate balance.
    await createClaim(db, volta, {
      status: 'OPEN',
      amountMinor: 800,
      currency: 'EUR',
      openedAt: daysBefore(asOf, 31),
    });
    // Kettle, 60-day terms: 45 days is not overdue for them, 61 is.
    await createClaim(db, kettle, {
      status: 'SUBMITTED',
      amountMinor: 1500,
      openedAt: daysBefore(asOf, 45),
    });
    await createClaim(db, kettle, {
      status: 'OPEN',
      amountMinor: 2500,
      openedAt: daysBefore(asOf, 61),
    });
  });

  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  const balances = async (variables: Record<string, unknown> = {}) =>
    (
      await finance.data<{ supplierBalances: Balance[] }>(BALANCES, {
        asOf: asOf.toISOString(),
        ...variables,
      })
    ).supplierBalances;

  test('outstanding claims opened 10, 45, 75 and 120 days ago fall in the 0–30, 31–60, 61–90 and 90+ buckets; claims past the terms are overdue', async () => {
    const usd = (await balances()).find((b) => b.supplier.id === volta.id && b.currency === 'USD');
    expect(usd).toMatchObject({
      outstanding: 10_000,
      ageing: { days0To30: 1000, days31To60: 2000, days61To90: 3000, over90Days: 4000 },
      overdue: 2000 + 3000 + 4000,
      oldestOutstandingAgeDays: 120,
      counts: { open: 2, submitted: 2, accepted: 2, rejected: 1 },
    });
  });

  test('accepted claims count what was credited and write off the rest; rejected claims are lost in full', async () => {
    const usd = (await balances()).find((b) => b.supplier.id === volta.id && b.currency === 'USD');
    expect(usd).toMatchObject({
      claimed: 1000 + 2000 + 3000 + 4000 + 5000 + 700 + 900,
      credited: 3500 + 700,
      writtenOff: 1500,
      rejected: 900,
    });
  });

  test("overdue follows each supplier's own claim terms", async () => {
    const kettleUsd = (await balances()).find((b) => b.supplier.id === kettle.id);
    expect(kettleUsd).toMatchObject({
      outstanding: 4000,
      overdue: 2500,
      ageing: { days31To60: 1500, days61To90: 2500 },
    });
  });

  test('bucket edges: 30 days old is 0–30, 31 is 31–60, 90 is 61–90, 91 is 90+', async () => {
    const edge = await createSupplier(database.dataSource, 'Edge Case Ltd', 30);
    for (const [days, amountMinor] of [
      [30, 1],
      [31, 10],
      [60, 100],
      [61, 1000],
      [90, 10_000],
      [91, 100_000],
    ] as const) {
      await createClaim(database.dataSource, edge, {
        amountMinor,
        labelCostMinor: 0,
        openedAt: daysBefore(asOf, days),
      });
    }
    const found = (await balances()).find((b) => b.supplier.id === edge.id);
    expect(found?.ageing).toEqual({
      days0To30: 1,
      days31To60: 110,
      days61To90: 11_000,
      over90Days: 100_000,
    });
  });

  test('one balance per supplier and currency, by supplier name; suppliers without claims are left out; currency narrows it', async () => {
    const all = await balances();
    expect(all.some((b) => b.supplier.id === empty.id)).toBe(false);
    const keys = all.map((b) => `${b.supplier.name}/${b.currency}`);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toContain('Volta Audio/EUR');
    const eur = await balances({ currency: 'EUR' });
    expect(eur.map((b) => [b.supplier.id, b.currency, b.outstanding, b.ageing.days31To60])).toEqual(
      [[volta.id, 'EUR', 800, 800]],
    );
  });

  test('every balance equals plain SQL sums over the claims table', async () => {
    const rows = await database.dataSource.query<
      {
        supplier_id: string;
        currency: string;
        status: string;
        n: number;
        amount: string;
        credited: string | null;
      }[]
    >(
      `SELECT supplier_id, currency, status, count(*)::int AS n, sum(amount_minor)::text AS amount,
         sum(credited_minor)::text AS credited
       FROM supplier_claims GROUP BY supplier_id, currency, status`,
    );
    const expected = new Map<string, Record<string, number>>();
    for (const row of rows) {
      const key = `${row.supplier_id}/${row.currency}`;
      const sums = expected.get(key) ?? {
        claimed: 0,
        outstanding: 0,
        credited: 0,
        rejected: 0,
        writtenOff: 0,
      };
      const amount = Number(row.amount);
      const credited = Number(row.credited ?? 0);
      sums.claimed = (sums.claimed ?? 0) + amount;
      if (row.status === 'OPEN' || row.status === 'SUBMITTED')
        sums.outstanding = (sums.outstanding ?? 0) + amount;
      if (row.status === 'ACCEPTED') {
        sums.credited = (sums.credited ?? 0) + credited;
        sums.writtenOff = (sums.writtenOff ?? 0) + amount - credited;
      }
      if (row.status === 'REJECTED') sums.rejected = (sums.rejected ?? 0) + amount;
      sums[row.status] = row.n;
      expected.set(key, sums);
    }
    const actual = await balances();
    expect(actual).toHaveLength(expected.size);
    for (const balance of actual) {
      const sums = expected.get(`${balance.supplier.id}/${balance.currency}`);
      expect({
        claimed: balance.claimed,
        outstanding: balance.outstanding,
        credited: balance.credited,
        rejected: balance.rejected,
        writtenOff: balance.writtenOff,
        OPEN: balance.counts.open,
        SUBMITTED: balance.counts.submitted,
        ACCEPTED: balance.counts.accepted,
        REJECTED: balance.counts.rejected,
      }).toEqual({ OPEN: 0, SUBMITTED: 0, ACCEPTED: 0, REJECTED: 0, ...sums });
      const { days0To30, days31To60, days61To90, over90Days } = balance.ageing;
      expect(days0To30 + days31To60 + days61To90 + over90Days).toBe(balance.outstanding);
    }
  });

  test('an unknown currency is BAD_USER_INPUT on currency', async () => {
    const { json } = await finance.gql(BALANCES, { currency: 'usd' });
    expect(json.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'currency' }],
    });
  });
});
