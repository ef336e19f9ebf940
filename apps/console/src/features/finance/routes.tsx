import type { RouteObject } from 'react-router';
import { financePath, supplierBalancesPath, supplierClaimsPath } from './urls';

// Lazy routes: the finance reports load when one of their pages opens (charts load later still).
export const financeRoutes: RouteObject[] = [
  {
    path: financePath,
    lazy: async () => ({ Component: (await import('./views/RefundReportView')).RefundReportView }),
  },
  {
    path: supplierClaimsPath,
    lazy: async () => ({
      Component: (await import('./views/SupplierClaimsView')).SupplierClaimsView,
    }),
  },
  {
    path: supplierBalancesPath,
    lazy: async () => ({
      Component: (await import('./views/SupplierBalancesView')).SupplierBalancesView,
    }),
  },
];
