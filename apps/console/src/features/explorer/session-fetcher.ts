import { GraphQLError, type ExecutionResult } from 'graphql';

/** One GraphiQL request: what its editors hold when the user runs an operation. */
export interface ExplorerRequest {
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>> | null | undefined;
  readonly operationName?: string | null | undefined;
}

export interface ExplorerRequestOptions {
  /** The headers typed in GraphiQL's Headers tab. */
  readonly headers?: Readonly<Record<string, unknown>> | undefined;
}

export type ExplorerFetcher = (
  request: ExplorerRequest,
  options?: ExplorerRequestOptions,
) => Promise<ExecutionResult>;

function stringHeaders(
  headers: Readonly<Record<string, unknown>> | undefined,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value === 'string') result[name] = value;
  }
  return result;
}

/**
 * GraphiQL's fetcher: a JSON POST to the console's own /graphql with the session cookie
 * (`credentials: 'include'`), so every query runs as the signed-in user with their roles.
 * POST with a JSON body also passes Apollo's CSRF prevention.
 */
export function createSessionFetcher(
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  url = '/graphql',
): ExplorerFetcher {
  return async (request, options) => {
    const response = await fetchImpl(url, {
      method: 'POST',
      credentials: 'include',
      headers: {
        ...stringHeaders(options?.headers),
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({
        query: request.query,
        variables: request.variables ?? undefined,
        operationName: request.operationName ?? undefined,
      }),
    });
    const text = await response.text();
    try {
      // The API's JSON answer, shown by GraphiQL as it came.
      return JSON.parse(text) as ExecutionResult;
    } catch {
      // A proxy error page or an empty body: show what came back rather than a parse error.
      return { errors: [new GraphQLError(`HTTP ${response.status}: ${text.slice(0, 500)}`)] };
    }
  };
}
