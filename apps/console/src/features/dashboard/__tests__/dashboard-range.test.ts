import { dashboardRange, trendGranularity } from '../dashboard-range';

describe('the dashboard range', () => {
  it('covers the last 90 days when the URL has no usable range', () => {
    expect(dashboardRange(new URLSearchParams(), '2025-03-31')).toEqual({
      from: '2025-01-01',
      to: '2025-03-31',
    });
    expect(
      dashboardRange(new URLSearchParams('from=2025-03-31&to=2025-03-01'), '2025-03-31'),
    ).toEqual({
      from: '2025-01-01',
      to: '2025-03-31',
    });
  });

  it('keeps the range picked in the URL', () => {
    expect(
      dashboardRange(new URLSearchParams('from=2024-01-01&to=2024-12-31'), '2025-03-31'),
    ).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
    });
  });

  it('draws the trend by day up to a month, by week up to half a year, else by month', () => {
    expect(trendGranularity({ from: '2025-03-01', to: '2025-03-31' })).toBe('DAY');
    expect(trendGranularity({ from: '2025-01-01', to: '2025-03-31' })).toBe('WEEK');
    expect(trendGranularity({ from: '2024-01-01', to: '2024-12-31' })).toBe('MONTH');
  });
});
