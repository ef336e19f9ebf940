import { dashboardAccess } from '../dashboard-access';
import {
  overdueReturnsUrl,
  returnsWithReasonUrl,
  returnsWithSkuUrl,
  returnsWithStatusUrl,
} from '../returns-links';

const range = { from: '2025-01-01', to: '2025-03-31' };

describe('links from the dashboard to the returns queue', () => {
  it('opens the queue filtered by what was clicked', () => {
    expect(returnsWithStatusUrl('RECEIVED')).toBe('/returns?status=RECEIVED');
    expect(overdueReturnsUrl()).toBe('/returns?sla=overdue');
    expect(returnsWithReasonUrl('DEFECTIVE', range)).toBe(
      '/returns?from=2025-01-01&reason=DEFECTIVE&to=2025-03-31',
    );
    expect(returnsWithSkuUrl('sku-1', range)).toBe(
      '/returns?from=2025-01-01&sku=sku-1&to=2025-03-31',
    );
  });
});

describe('dashboard parts by role', () => {
  it('shows analytics to ADMIN only and refunds to FINANCE or ADMIN', () => {
    expect(dashboardAccess(['ADMIN'])).toEqual({ analytics: true, refunds: true });
    expect(dashboardAccess(['FINANCE'])).toEqual({ analytics: false, refunds: true });
    expect(dashboardAccess(['SUPPORT', 'WAREHOUSE'])).toEqual({ analytics: false, refunds: false });
  });
});
