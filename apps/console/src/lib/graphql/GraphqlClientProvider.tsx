import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createGraphqlClient } from './client';

const ResetClientContext = createContext<(() => void) | null>(null);

interface GraphqlClientProviderProps {
  /**
   * Where to send the user when the API says the session is gone (see createGraphqlClient).
   * Must be stable (a module-level function): the client keeps the one it was created with.
   */
  readonly onUnauthenticated: () => void;
  readonly children: ReactNode;
}

/** Owns the urql client so that signing in or out can swap it for one with an empty cache. */
export function GraphqlClientProvider({ onUnauthenticated, children }: GraphqlClientProviderProps) {
  const [client, setClient] = useState(() => createGraphqlClient({ onUnauthenticated }));
  const resetClient = useCallback(() => {
    setClient(createGraphqlClient({ onUnauthenticated }));
  }, [onUnauthenticated]);

  return (
    <ResetClientContext value={resetClient}>
      <Provider value={client}>{children}</Provider>
    </ResetClientContext>
  );
}

/** Drops every cached answer: the next queries go to the API as the user now signed in (or not). */
export function useResetGraphqlClient(): () => void {
  const reset = useContext(ResetClientContext);
  if (reset === null) throw new Error('useResetGraphqlClient needs a GraphqlClientProvider');
  return reset;
}
