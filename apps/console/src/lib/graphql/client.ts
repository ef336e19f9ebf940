import {
  cacheExchange,
  createClient,
  fetchExchange,
  makeOperation,
  mapExchange,
  type Client,
  type Exchange,
} from 'urql';
import { hasErrorCode } from './api-error';

/** Defined by vite.config.ts: true in production builds (undeclared in tests and tools). */
declare const __REBOUND_TRUSTED_DOCUMENTS__: boolean | undefined;

/** The SHA-256 hash codegen embeds in each document (`persistedDocuments` in codegen.ts). */
function documentHash(query: unknown): string | null {
  if (typeof query !== 'object' || query === null || !('__meta__' in query)) return null;
  const meta: unknown = query.__meta__;
  if (typeof meta !== 'object' || meta === null || !('hash' in meta)) return null;
  return typeof meta.hash === 'string' ? meta.hash : null;
}

/**
 * Trusted documents: sends each generated document's hash instead of its text. The production
 * API runs only the documents of the console's build manifest (packages/schema/
 * trusted-documents.json) and refuses any other text (PERSISTED_QUERY_NOT_ALLOWED).
 */
export const trustedDocumentsExchange: Exchange = mapExchange({
  onOperation(operation) {
    const hash = documentHash(operation.query);
    if (hash === null || operation.kind === 'teardown') return operation;
    return makeOperation(
      operation.kind,
      {
        ...operation,
        extensions: { ...operation.extensions, persistedQuery: { version: 1, sha256Hash: hash } },
      },
      operation.context,
    );
  },
});

export interface GraphqlClientOptions {
  /** Called when the API answers UNAUTHENTICATED: the session expired or was ended elsewhere. */
  readonly onUnauthenticated: () => void;
  /** Tests pass a fake; the browser's fetch otherwise. */
  readonly fetch?: typeof fetch;
  readonly url?: string;
  /** Send documents' hashes instead of their text; on in production builds. */
  readonly trustedDocuments?: boolean;
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
  trustedDocuments = typeof __REBOUND_TRUSTED_DOCUMENTS__ === 'boolean' &&
    __REBOUND_TRUSTED_DOCUMENTS__,
}: GraphqlClientOptions): Client {
  return createClient({
    url,
    exchanges: [
      // Before the cache: it reads the hash from the generated document as the feature passed it.
      ...(trustedDocuments ? [trustedDocumentsExchange] : []),
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
