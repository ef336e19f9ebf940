import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { ERROR_CODES } from '../common/errors/app-error';

/** Codes whose messages were written for clients (by us, the domain, graphql-js or Apollo). */
const CLIENT_SAFE = new Set([
  ...ERROR_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export type ErrorLogger = (error: unknown) => void;

/**
 * Shapes every error leaving the API: coded errors pass as they are (no stack trace), anything
 * unexpected — a database error with its SQL, a bug — becomes a bare INTERNAL_SERVER_ERROR
 * and is logged on the server only.
 */
export function formatError(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const original = unwrapResolverError(error);
    const isOurs = original instanceof GraphQLError || original === undefined;
    if (
      typeof code === 'string' &&
      CLIENT_SAFE.has(code) &&
      isOurs &&
      code !== 'INTERNAL_SERVER_ERROR'
    ) {
      const {
        stacktrace: _stacktrace,
        exception: _exception,
        ...extensions
      } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log(original);
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
