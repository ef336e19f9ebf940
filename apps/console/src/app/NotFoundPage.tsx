import { Link, useLocation } from 'react-router';
import { dashboardUrl } from '../features/dashboard/urls';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <title>Page not found · Rebound</title>
      <header className="page-header">
        <h1 className="page-header__title">Page not found</h1>
        <p className="page-header__lead">
          There is no page at <code>{pathname}</code>. It may have moved, or the link is mistyped.
        </p>
      </header>
      <Link to={dashboardUrl()} className="button">
        Go to the dashboard
      </Link>
    </>
  );
}
