import { createBrowserRouter } from 'react-router';
import { dashboardPath } from '../features/dashboard/urls';
import { DashboardView } from '../features/dashboard/views/DashboardView';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

// Heavy sections (reports with charts) join as `lazy` routes to stay out of the initial bundle.
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: (
      <main className="fatal-error">
        <RouteErrorPage />
      </main>
    ),
    children: [
      {
        // A crashing screen keeps the header and navigation around it.
        errorElement: <RouteErrorPage />,
        children: [
          { path: dashboardPath, element: <DashboardView /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
