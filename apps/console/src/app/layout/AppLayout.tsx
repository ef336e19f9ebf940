import { Link, Outlet } from 'react-router';
import { ViewerMenu } from '../../features/auth/components/ViewerMenu';
import { dashboardUrl } from '../../features/dashboard/urls';
import { BrandMark } from '../../lib/ui/BrandMark';
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
          <BrandMark />
          <span className="brand__name">Rebound</span>
          <span className="brand__tagline">Returns back office</span>
        </Link>
        <div className="app-header__end">
          <ApiStatus />
          <ViewerMenu />
        </div>
      </header>
      <SideNav />
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
