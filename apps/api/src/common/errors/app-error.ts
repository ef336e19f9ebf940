import { DOMAIN_ERROR_CODES, type DomainError } from '@rebound/domain';
import { GraphQLError } from 'graphql';
import type { Json } from '../json';

/** Codes the API itself raises, beyond the domain's. */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'INVALID_TRANSITION',
  'INVALID_CREDENTIALS',
  'STOCK_BELOW_ZERO',
  'REFUND_EXCEEDS_REMAINING',
  'IDEMPOTENCY_KEY_MISMATCH',
  'INTERNAL_SERVER_ERROR',
  // Production: a document outside the trusted-documents manifest, from a caller not allowed ad-hoc ones.
  'PERSISTED_QUERY_NOT_ALLOWED',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export type ErrorCode = ApiErrorCode | DomainError['code'];

/** Every code a client may see in `extensions.code`. */
export const ERROR_CODES: readonly string[] = [
  ...new Set<string>([...API_ERROR_CODES, ...DOMAIN_ERROR_CODES]),
];

/** An expected failure with a stable code, shown to the client as it is. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, details: Record<string, Json> = {}) {
    super(message, { extensions: { code, ...details } });
    this.code = code;
  }
}

/** Raises a domain refusal as an API error with the same code and details. */
export function fromDomainError(error: DomainError): AppError {
  const details: Record<string, Json> = {};
  for (const [key, value] of Object.entries(error.details)) {
    details[key] = typeof value === 'object' && value !== null ? [...value] : value;
  }
  return new AppError(error.code, error.message, details);
}

export const notFound = (what: string, id: string): AppError =>
  new AppError('NOT_FOUND', `${what} ${id} does not exist`, { id });

export const conflict = (message: string): AppError => new AppError('CONFLICT', message);
