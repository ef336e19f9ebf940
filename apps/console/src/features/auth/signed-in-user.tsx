import { createContext, useContext } from 'react';
import type { Viewer } from './roles';

const SignedInUserContext = createContext<Viewer | null>(null);

/** Set by RequireViewer: below it, a user is always signed in. */
export const SignedInUserProvider = SignedInUserContext;

/** The signed-in user; only for screens behind RequireViewer. */
export function useSignedInUser(): Viewer {
  const viewer = useContext(SignedInUserContext);
  if (viewer === null) throw new Error('useSignedInUser is only available behind RequireViewer');
  return viewer;
}
