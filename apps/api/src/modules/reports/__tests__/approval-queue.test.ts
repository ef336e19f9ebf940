import { createRefunds, type FixtureRefund } from './report-fixtures';
import { startFinanceTestbed, type FinanceTestbed } from './finance-testbed';

const QUEUE = `{
  approvalQueueSummary {
    approvalSlaHours asOf count overdueCount
    currencies { currency count total oldestSubmittedAt oldestWaitingHours overdueCount }
  }
}`;

interface Queue {
  approvalSlaHours: number;
  asOf: string;
  count: number;
  overdueCount: number;
  currencies: {
    currency: string;
    count: number;
    total: number;
    oldestSubmittedAt: string;
    oldestWaitingHours: number;
    overdueCount: number;
  }[];
}

const HOUR = 3_600_000;
const hoursAgo = (hours: number): string => new Date(Date.now() - hours * HOUR).toISOString();

let bed: FinanceTestbed;

beforeAll(async () => {
  bed = await startFinanceTestbed();
});

afterAll(async () => {
  await bed.close();
});

const queue = async (): Promise<Queue> =>
  (await bed.finance.data<{ approvalQueueSummary: Queue }>(QUEUE)).approvalQueueSummary;

describe('approvalQueueSummary', () => {
  test('an empty queue has no currencies and nothing overdue', async () => {
    expect(await queue()).toMatchObject({
      approvalSlaHours: 24,
      count: 0,
      overdueCount: 0,
      currencies: [],
    });
  });

  test('counts and sums PENDING_APPROVAL refunds per currency, with the oldest wait and those past the 24 h SLA', async () => {
    let refunds: FixtureRefund[] = [];
    const pending = (currency: 'USD' | 'JPY', hours: number, item: number) => ({
      currency,
      status: 'PENDING_APPROVAL' as const,
      createdAt: hoursAgo(hours + 1),
      submittedAt: hoursAgo(hours),
      lines: [{ supplier: 0, item }],
    });
    refunds = await createRefunds(bed.database.dataSource, bed.world, [
      pending('USD', 30, 60000),
      pending('USD', 23.9, 75000),
      pending('JPY', 25, 90000),
      {
        currency: 'USD',
        status: 'APPROVED',
        createdAt: hoursAgo(50),
        submittedAt: hoursAgo(49),
        lines: [{ supplier: 1, item: 52000 }],
      },
      {
        currency: 'EUR',
        status: 'DRAFT',
        createdAt: hoursAgo(70),
        lines: [{ supplier: 1, item: 52000 }],
      },
    ]);
    const before = Date.now();
    const summary = await queue();
    const [oldestUsd, , oldestJpy] = refunds;
    expect(summary.count).toBe(3);
    expect(summary.overdueCount).toBe(2);
    expect(summary.currencies.map(({ oldestWaitingHours: _hours, ...rest }) => rest)).toEqual([
      {
        currency: 'JPY',
        count: 1,
        total: 90000,
        oldestSubmittedAt: oldestJpy?.spec.submittedAt,
        overdueCount: 1,
      },
      {
        currency: 'USD',
        count: 2,
        total: 135000,
        oldestSubmittedAt: oldestUsd?.spec.submittedAt,
        overdueCount: 1,
      },
    ]);
    const usd = summary.currencies.find((entry) => entry.currency === 'USD');
    const waited = (before - Date.parse(oldestUsd?.spec.submittedAt ?? '')) / HOUR;
    expect(usd?.oldestWaitingHours).toBeGreaterThanOrEqual(30);
    expect(usd?.oldestWaitingHours).toBeLessThan(waited + 0.05);
  });
});
