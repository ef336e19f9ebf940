import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryErrorNotice } from '../../../lib/graphql/QueryErrorNotice';
import { foldQuery } from '../../../lib/graphql/query-result';
import { SessionSplash } from '../components/SessionSplash';
import { SignedInUserProvider } from '../signed-in-user';
import { signInUrlFrom } from '../urls';
import { useViewer } from '../use-viewer';

/** Route guard: the screens below it render only for a signed-in user, who they can read. */
export function RequireViewer() {
  const viewer = useViewer();
  const location = useLocation();
  return foldQuery(viewer, {
    fetching: () => <SessionSplash />,
    error: (error, retry, retrying) => (
      <main id="main" className="fatal-error">
        <QueryErrorNotice
          title="Couldn't check who is signed in"
          error={error}
          onRetry={retry}
          retrying={retrying}
        />
      </main>
    ),
    data: ({ viewer: user }) =>
      user === null || user === undefined ? (
        <Navigate to={signInUrlFrom(location)} replace />
      ) : (
        <SignedInUserProvider value={user}>
          <Outlet />
        </SignedInUserProvider>
      ),
  });
}
