import { dashboardPath, dashboardUrl } from '../urls';

describe('dashboard URLs', () => {
  it('puts the dashboard at the root of the console', () => {
    expect(dashboardPath).toBe('/');
    expect(dashboardUrl()).toBe('/');
  });

  it('keeps the picked range in the URL', () => {
    expect(dashboardUrl({ from: '2025-01-01', to: '2025-03-31' })).toBe(
      '/?from=2025-01-01&to=2025-03-31',
    );
  });
});
