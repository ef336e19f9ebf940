import type { RouteObject } from 'react-router';
import { supplierPath, suppliersPath } from './urls';

// Lazy routes: the suppliers' code loads when one of their pages opens.
export const supplierRoutes: RouteObject[] = [
  {
    path: suppliersPath,
    lazy: async () => ({ Component: (await import('./views/SuppliersView')).SuppliersView }),
  },
  {
    path: supplierPath,
    lazy: async () => ({ Component: (await import('./views/SupplierView')).SupplierView }),
  },
];
