import type { RouteObject } from 'react-router';
import { refundDetailPath, refundsPath } from './urls';

// Lazy routes: refunds' code loads when a page of it opens, not with the first screen.
export const refundsRoutes: RouteObject[] = [
  {
    path: refundsPath,
    lazy: async () => ({ Component: (await import('./views/RefundsView')).RefundsView }),
  },
  {
    path: refundDetailPath,
    lazy: async () => ({ Component: (await import('./views/RefundDetailView')).RefundDetailView }),
  },
];
