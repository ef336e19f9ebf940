import { useEffect, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useResetGraphqlClient } from '../../../lib/graphql/GraphqlClientProvider';
import { foldQuery } from '../../../lib/graphql/query-result';
import { DemoAccounts } from '../components/DemoAccounts';
import { SessionSplash } from '../components/SessionSplash';
import { SignInForm } from '../components/SignInForm';
import { SignInPage } from '../components/SignInPage';
import { readSignInParams } from '../urls';
import { useSignInForm } from '../use-sign-in-form';
import { useViewer } from '../use-viewer';

export function SignInView() {
  const [search] = useSearchParams();
  const { destination, reason } = readSignInParams(search);
  const resetClient = useResetGraphqlClient();
  // Every visit starts from an empty cache: nothing a previous session loaded stays in memory.
  useEffect(() => {
    resetClient();
  }, [resetClient]);
  // Never from the cache: a stale viewer would send a signed-out user back to where they came from.
  const viewer = useViewer('network-only');
  const [signedIn, setSignedIn] = useState(false);
  const [form, refs] = useSignInForm(() => {
    // One render: the guarded page mounts on the new (empty) client, never the cached `null`.
    resetClient();
    setSignedIn(true);
  });

  if (signedIn) return <Navigate to={destination} replace />;

  const page = (apiProblem: string | null) => (
    <SignInPage
      notice={
        apiProblem !== null ? (
          <p className="inline-notice inline-notice--warning" role="status">
            {apiProblem}
          </p>
        ) : reason === 'session-expired' ? (
          <p className="inline-notice" role="status">
            Your session has ended. Sign in again to pick up where you left off.
          </p>
        ) : null
      }
      form={<SignInForm form={form} {...refs} />}
      aside={import.meta.env.DEV ? <DemoAccounts onUse={form.prefill} /> : null}
    />
  );

  return foldQuery(viewer, {
    fetching: () => <SessionSplash />,
    // Signing in may still work once the API is back; the form explains if it does not.
    error: (error) => page(error.message),
    // Only a fresh answer may send the user on: urql replays the last result of a query still
    // active elsewhere (the guard's, just before the session ended) while it asks the API again.
    data: ({ viewer: user }, refreshing) =>
      refreshing ? <SessionSplash /> : user ? <Navigate to={destination} replace /> : page(null),
  });
}
