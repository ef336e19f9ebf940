import { REFUND_STATUSES } from '@rebound/domain';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { createTestUser } from '../../../testing/test-users';
import { refundExportBatches, type ExportReading } from '../refund-export.batches';
import { checkRefundScope } from '../refund-scope';
import { createRefunds, createReportWorld, type FixtureRefund } from './report-fixtures';

let database: TestDatabase;
let refunds: FixtureRefund[];

// Instants one microsecond apart, and refunds at the very same instant, in every status (each
// status is read on its own and merged): a JS Date would round microseconds away, and a keyset
// on it would skip or repeat rows.
const CREATED = [
  '2025-03-20T10:00:00.000002Z',
  '2025-03-20T10:00:00.000001Z',
  '2025-03-20T10:00:00.000Z',
  '2025-03-20T09:00:00.000Z',
  '2025-03-20T10:00:00.000001Z',
  '2025-03-20T11:00:00.000Z',
  '2025-03-20T11:00:00.000Z',
];

beforeAll(async () => {
  database = await createTestDatabase();
  const user = await createTestUser(database.dataSource, 'finance', ['FINANCE']);
  const world = await createReportWorld(database.dataSource, user.id);
  refunds = await createRefunds(
    database.dataSource,
    world,
    CREATED.map((createdAt, index) => ({
      currency: 'USD',
      status: REFUND_STATUSES[index % REFUND_STATUSES.length] ?? 'ISSUED',
      createdAt,
      lines: [{ supplier: index % 3, item: 1000 + index }],
    })),
  );
});

afterAll(async () => {
  await database.drop();
});

const scope = checkRefundScope(
  { from: new Date('2025-03-20T00:00:00Z'), to: new Date('2025-03-21T00:00:00Z') },
  '',
);

/** The expected order: by creation instant (microseconds compared as text), then id. */
function creationOrder(kept: readonly FixtureRefund[] = refunds): string[] {
  const key = (refund: FixtureRefund): string =>
    `${refund.spec.createdAt.replace(/\.(\d+)Z$/, (_all, digits: string) => `.${digits.padEnd(6, '0')}Z`)} ${refund.id}`;
  return [...kept].sort((a, b) => (key(a) < key(b) ? -1 : 1)).map((refund) => refund.id);
}

/** Reads the ids the batches give, and how many batches there were. */
async function readIds(
  reading: Partial<ExportReading<string>>,
): Promise<{ ids: string[]; batches: number[] }> {
  const ids: string[] = [];
  const batches: number[] = [];
  for await (const batch of refundExportBatches(database.dataSource, {
    scope,
    toValue: (row) => row.id,
    stopped: () => false,
    ...reading,
  })) {
    ids.push(...batch);
    batches.push(batch.length);
  }
  return { ids, batches };
}

describe('refundExportBatches', () => {
  test.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [2, 3],
    [7, 1],
    [100, 100],
  ])(
    'batches of %i read %i per statement give every refund exactly once, in creation order, microseconds and ties included',
    async (batchSize, fetchSize) => {
      const { ids, batches } = await readIds({ batchSize, fetchSize });
      expect(ids).toEqual(creationOrder());
      const full = Math.floor(CREATED.length / batchSize);
      const rest = CREATED.length % batchSize;
      expect(batches).toEqual([
        ...Array<number>(full).fill(batchSize),
        ...(rest > 0 ? [rest] : []),
      ]);
    },
  );

  test('a status filter reads only those statuses, still in creation order', async () => {
    const statuses = ['DRAFT', 'ISSUED'] as const;
    const { ids } = await readIds({ scope: { ...scope, statuses: [...statuses] }, fetchSize: 1 });
    const kept = refunds.filter((refund) =>
      (statuses as readonly string[]).includes(refund.spec.status),
    );
    expect(kept.length).toBeGreaterThan(1);
    expect(ids).toEqual(creationOrder(kept));
  });

  test('reading stops as soon as the client is gone', async () => {
    let gone = false;
    const seen: string[] = [];
    for await (const batch of refundExportBatches(database.dataSource, {
      scope,
      toValue: (row) => row.id,
      stopped: () => gone,
      batchSize: 2,
      fetchSize: 2,
    })) {
      seen.push(...batch);
      gone = true;
    }
    expect(seen).toHaveLength(2);
  });
});
