import type { RouteObject } from 'react-router';
import { explorerPath } from './urls';

// Lazy route; GraphiQL itself is a further lazy chunk (components/GraphiqlPanel).
export const explorerRoutes: RouteObject[] = [
  {
    path: explorerPath,
    lazy: async () => ({ Component: (await import('./views/ExplorerView')).ExplorerView }),
  },
];
