import { cacheExchange, createClient, fetchExchange } from 'urql';

/**
 * Same-origin `/graphql` (Vite proxies it to the API), so session cookies stay httpOnly.
 * POST only: Apollo's CSRF prevention refuses the GET requests urql would otherwise send.
 */
export const graphqlClient = createClient({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
  requestPolicy: 'cache-and-network',
  fetchOptions: { credentials: 'same-origin', headers: { accept: 'application/json' } },
});
