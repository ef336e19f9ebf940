import { createBrowserRouter } from 'react-router';
import { signInPath } from '../features/auth/urls';
import { RequireViewer } from '../features/auth/views/RequireViewer';
import { SignInView } from '../features/auth/views/SignInView';
import { dashboardPath } from '../features/dashboard/urls';
import { DashboardView } from '../features/dashboard/views/DashboardView';
import { explorerRoutes } from '../features/explorer/routes';
import { financeRoutes } from '../features/finance/routes';
import { importsRoutes } from '../features/imports/routes';
import { inventoryRoutes } from '../features/inventory/routes';
import { refundsRoutes } from '../features/refunds/routes';
import { returnsRoutes } from '../features/returns/routes';
import { supplierRoutes } from '../features/suppliers/routes';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

const fatalError = (
  <main className="fatal-error">
    <RouteErrorPage />
  </main>
);

// Heavy sections (reports with charts) join as `lazy` routes to stay out of the initial bundle.
export const router = createBrowserRouter([
  { path: signInPath, element: <SignInView />, errorElement: fatalError },
  {
    // Everything else needs a signed-in user; RequireViewer sends anyone else to sign in.
    element: <RequireViewer />,
    errorElement: fatalError,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            // A crashing screen keeps the header and navigation around it.
            errorElement: <RouteErrorPage />,
            children: [
              { path: dashboardPath, element: <DashboardView /> },
              ...returnsRoutes,
              ...refundsRoutes,
              ...financeRoutes,
              ...inventoryRoutes,
              ...supplierRoutes,
              ...importsRoutes,
              ...explorerRoutes,
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
