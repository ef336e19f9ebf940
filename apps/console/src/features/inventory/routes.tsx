import type { RouteObject } from 'react-router';
import { inventoryPath, stockMovementsPath } from './urls';

// Lazy routes: inventory's code loads when a page of it opens, not with the first screen.
export const inventoryRoutes: RouteObject[] = [
  {
    path: inventoryPath,
    lazy: async () => ({ Component: (await import('./views/StockLevelsView')).StockLevelsView }),
  },
  {
    path: stockMovementsPath,
    lazy: async () => ({
      Component: (await import('./views/StockMovementsView')).StockMovementsView,
    }),
  },
];
