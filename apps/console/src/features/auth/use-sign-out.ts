import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ApiError } from '../../lib/graphql/api-error';
import { useTypedMutation } from '../../lib/graphql/use-typed-mutation';
import { signOutMutation } from './operations';
import { signInUrl } from './urls';

export interface SignOut {
  readonly signOut: () => void;
  readonly sending: boolean;
  /** Why the last attempt failed; the user is still signed in. */
  readonly error: ApiError | null;
}

/**
 * Ends the session, then leaves for the sign-in page, which starts every visit from an empty
 * urql cache (see SignInView): nothing of this user's data survives the sign-out.
 */
export function useSignOut(): SignOut {
  const { run, sending } = useTypedMutation(signOutMutation);
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  const signOut = () => {
    setError(null);
    void run({}).then((outcome) => {
      // UNAUTHENTICATED: the session had already ended, which is what the user asked for.
      if (outcome.ok || outcome.error.code === 'UNAUTHENTICATED') {
        void navigate(signInUrl(), { replace: true });
      } else {
        setError(outcome.error);
      }
    });
  };
  return { signOut, sending, error };
}
