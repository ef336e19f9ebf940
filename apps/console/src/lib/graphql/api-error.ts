/** What urql's CombinedError carries that the console shows; a structural type keeps this testable. */
export interface CombinedErrorLike {
  readonly networkError?: Error | undefined;
  readonly graphQLErrors: readonly {
    readonly message: string;
    readonly extensions?: Readonly<Record<string, unknown>> | undefined;
  }[];
  readonly response?: unknown;
}

/** An error as the console shows it: the API's own words and its stable `extensions.code`. */
export interface ApiError {
  readonly kind: 'graphql' | 'network';
  readonly message: string;
  /** `extensions.code` of the first GraphQL error (e.g. `FORBIDDEN`); null for network failures. */
  readonly code: string | null;
}

function httpStatusOf(response: unknown): number | null {
  if (typeof response !== 'object' || response === null || !('status' in response)) return null;
  return typeof response.status === 'number' ? response.status : null;
}

/**
 * Turns a CombinedError into what the user reads. GraphQL errors win over the network error
 * because they carry the API's message and code; urql's "[GraphQL]" prefixes are dropped.
 */
export function formatApiError(error: CombinedErrorLike): ApiError {
  const [first] = error.graphQLErrors;
  if (first) {
    const messages = [...new Set(error.graphQLErrors.map((e) => e.message.trim()))];
    const code = first.extensions?.code;
    return {
      kind: 'graphql',
      message: messages.join(' '),
      code: typeof code === 'string' && code !== '' ? code : null,
    };
  }
  const status = httpStatusOf(error.response);
  const reason = error.networkError?.message.trim() ?? '';
  const detail = [status === null ? '' : `HTTP ${status}`, reason].filter(Boolean).join(', ');
  return {
    kind: 'network',
    message: `The API could not be reached${detail ? ` (${detail})` : ''}. Check that it is running.`,
    code: null,
  };
}

/** Whether any of the API's errors carries this `extensions.code` (not only the first). */
export function hasErrorCode(error: CombinedErrorLike, code: string): boolean {
  return error.graphQLErrors.some((e) => e.extensions?.code === code);
}
