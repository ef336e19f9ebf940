import { RouterProvider } from 'react-router/dom';
import { signInPath, signInUrlFrom } from '../features/auth/urls';
import { GraphqlClientProvider } from '../lib/graphql/GraphqlClientProvider';
import { router } from './router';

/** The API said UNAUTHENTICATED mid-visit: the session expired, so sign in and come back here. */
function sendToSignIn(): void {
  const { location } = router.state;
  if (location.pathname === signInPath) return;
  void router.navigate(signInUrlFrom(location, 'session-expired'), { replace: true });
}

export function App() {
  return (
    <GraphqlClientProvider onUnauthenticated={sendToSignIn}>
      <RouterProvider router={router} />
    </GraphqlClientProvider>
  );
}
