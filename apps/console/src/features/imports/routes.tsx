import type { RouteObject } from 'react-router';
import { importsPath } from './urls';

// Lazy route: the upload page loads when opened, not with the first screen.
export const importsRoutes: RouteObject[] = [
  {
    path: importsPath,
    lazy: async () => ({ Component: (await import('./views/AmazonImportView')).AmazonImportView }),
  },
];
