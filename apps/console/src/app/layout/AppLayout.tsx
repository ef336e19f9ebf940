import { Link, Outlet } from 'react-router';
import { dashboardUrl } from '../../features/dashboard/urls';
import { ApiStatus } from './ApiStatus';
import { SideNav } from './SideNav';

export function AppLayout() {
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to={dashboardUrl()} className="brand">
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="7" />
            <path d="M11 23V9h6a4.5 4.5 0 0 1 0 9h-6m6 0 5 5" />
          </svg>
          <span className="brand__name">Rebound</span>
          <span className="brand__tagline">Returns back office</span>
        </Link>
        <ApiStatus />
      </header>
      <SideNav />
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
