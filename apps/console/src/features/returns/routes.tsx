import type { RouteObject } from 'react-router';
import { returnDetailPath, returnsListPath } from './urls';

// Lazy routes: the queue and the return page load when opened, not with the first screen.
export const returnsRoutes: RouteObject[] = [
  {
    path: returnsListPath,
    lazy: async () => ({ Component: (await import('./views/ReturnsQueueView')).ReturnsQueueView }),
  },
  {
    path: returnDetailPath,
    lazy: async () => ({ Component: (await import('./views/ReturnDetailView')).ReturnDetailView }),
  },
];
