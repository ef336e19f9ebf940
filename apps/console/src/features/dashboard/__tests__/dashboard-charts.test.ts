import { formatRate, rateTrend, refundsByWeek } from '../dashboard-charts';

const point = (bucketStart: string, unitsSold: number, unitsReturned: number) => ({
  bucketStart,
  unitsSold,
  unitsReturned,
  rate: unitsSold === 0 ? null : unitsReturned / unitsSold,
});

describe('dashboard chart data', () => {
  it('shows a rate with one decimal, and a dash when nothing was sold', () => {
    expect(formatRate(0.0345)).toBe('3.5%');
    expect(formatRate(null)).toBe('—');
  });

  it('puts every bucket of the range on the trend, empty ones without a rate', () => {
    const trend = rateTrend(
      [point('2025-01-01', 100, 5), point('2025-03-01', 0, 2)],
      { from: '2025-01-10', to: '2025-03-31' },
      'MONTH',
    );
    expect(trend).toEqual([
      { bucketStart: '2025-01-01', rate: 0.05, unitsSold: 100, unitsReturned: 5 },
      { bucketStart: '2025-02-01', rate: null, unitsSold: 0, unitsReturned: 0 },
      { bucketStart: '2025-03-01', rate: null, unitsSold: 0, unitsReturned: 2 },
    ]);
  });

  it('totals refunds per currency and fills weeks without refunds with zero', () => {
    const rows = [
      { periodStart: '2025-03-03', currency: 'USD', refundCount: 2, total: 3000 },
      { periodStart: '2025-03-17', currency: 'USD', refundCount: 1, total: 500 },
      { periodStart: '2025-03-03', currency: 'EUR', refundCount: 1, total: 900 },
    ];
    const [eur, usd] = refundsByWeek(rows, { from: '2025-03-03', to: '2025-03-23' });
    expect(eur?.total).toBe(900);
    expect(usd).toEqual({
      currency: 'USD',
      total: 3500,
      refundCount: 3,
      weeks: [
        { weekStart: '2025-03-03', total: 3000, refundCount: 2 },
        { weekStart: '2025-03-10', total: 0, refundCount: 0 },
        { weekStart: '2025-03-17', total: 500, refundCount: 1 },
      ],
    });
  });
});
