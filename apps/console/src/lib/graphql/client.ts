import { cacheExchange, createClient, fetchExchange, mapExchange, type Client } from 'urql';
import { hasErrorCode } from './api-error';

export interface GraphqlClientOptions {
  /** Called when the API answers UNAUTHENTICATED: the session expired or was ended elsewhere. */
  readonly onUnauthenticated: () => void;
  /** Tests pass a fake; the browser's fetch otherwise. */
  readonly fetch?: typeof fetch;
  readonly url?: string;
}

/**
 * Same-origin `/graphql` (Vite proxies it to the API), so session cookies stay httpOnly.
 * POST only: Apollo's CSRF prevention refuses the GET requests urql would otherwise send.
 * A fresh client is a fresh cache: the console makes a new one whenever the user changes.
 */
export function createGraphqlClient({
  onUnauthenticated,
  fetch,
  url = '/graphql',
}: GraphqlClientOptions): Client {
  return createClient({
    url,
    exchanges: [
      cacheExchange,
      // After the cache, so only answers from the API (not replayed cached errors) count.
      mapExchange({
        onError(error) {
          if (hasErrorCode(error, 'UNAUTHENTICATED')) onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: { credentials: 'same-origin', headers: { accept: 'application/json' } },
    ...(fetch === undefined ? {} : { fetch }),
  });
}
