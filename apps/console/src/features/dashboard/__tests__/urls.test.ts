import { dashboardPath, dashboardUrl } from '../urls';

describe('dashboard URLs', () => {
  it('puts the dashboard at the root of the console', () => {
    expect(dashboardPath).toBe('/');
    expect(dashboardUrl()).toBe('/');
  });
});
