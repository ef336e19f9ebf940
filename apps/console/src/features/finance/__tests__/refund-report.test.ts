import { refundReportSettings, reportByCurrency, type RefundReportRow } from '../refund-report';

function row(
  periodStart: string,
  currency: string,
  total: number,
  refundCount = 1,
): RefundReportRow {
  return {
    periodStart,
    currency,
    refundCount,
    items: total,
    shipping: 0,
    tax: 0,
    restockingFees: 0,
    labelDeductions: 0,
    shippingReimbursements: 0,
    total,
  };
}

describe('the refunds report', () => {
  it('defaults to the last 12 weeks by week in UTC, every currency', () => {
    expect(refundReportSettings(new URLSearchParams(), '2025-03-31')).toEqual({
      range: { from: '2025-01-07', to: '2025-03-31' },
      period: 'WEEK',
      currency: null,
      timeZone: 'UTC',
    });
  });

  it('reads a valid range, period, currency and zone from the URL and ignores junk', () => {
    const params = new URLSearchParams(
      'from=2025-01-01&to=2025-01-31&period=DAY&currency=eur&tz=Europe/Berlin',
    );
    expect(refundReportSettings(params, '2025-03-31')).toEqual({
      range: { from: '2025-01-01', to: '2025-01-31' },
      period: 'DAY',
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
    });
    const junk = new URLSearchParams('from=2025-02-30&to=x&period=YEAR&currency=dollars&tz=+05:00');
    expect(refundReportSettings(junk, '2025-03-31').period).toBe('WEEK');
    expect(refundReportSettings(junk, '2025-03-31').currency).toBeNull();
    expect(refundReportSettings(junk, '2025-03-31').timeZone).toBe('UTC');
  });

  it('never adds different currencies together, and charts empty weeks as zero', () => {
    const report = reportByCurrency(
      [
        row('2025-03-10', 'USD', 500, 2),
        row('2025-03-03', 'USD', 1000),
        row('2025-03-03', 'EUR', 700),
      ],
      { from: '2025-03-03', to: '2025-03-23' },
      'WEEK',
    );
    expect(report.map((r) => r.currency)).toEqual(['EUR', 'USD']);
    const usd = report[1];
    expect(usd?.totals.total).toBe(1500);
    expect(usd?.refundCount).toBe(3);
    expect(usd?.rows.map((r) => r.periodStart)).toEqual(['2025-03-03', '2025-03-10']);
    expect(usd?.series).toEqual([
      { periodStart: '2025-03-03', total: 1000, refundCount: 1 },
      { periodStart: '2025-03-10', total: 500, refundCount: 2 },
      { periodStart: '2025-03-17', total: 0, refundCount: 0 },
    ]);
  });
});
