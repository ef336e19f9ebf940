import {
  isCurrencyCode,
  isValidInstant,
  isValidTimeZone,
  type CurrencyCode,
  type RefundStatus,
} from '@rebound/domain';
import { AppError } from '../../common/errors/app-error';
import type { JsonObject } from '../../common/json';
import type { FieldProblem } from '../../common/validation';
import type { RefundMethod } from '../refunds/refund.entity';

/** Which refunds a finance report or export covers, checked: every field given must hold. */
export interface RefundScope {
  /** Created at or after (inclusive). */
  from: Date;
  /** Created before (exclusive), so that consecutive ranges never overlap. */
  to: Date;
  /** IANA zone in which periods (days, weeks, months) are counted. */
  timeZone: string;
  statuses: RefundStatus[] | null;
  methods: RefundMethod[] | null;
  currency: CurrencyCode | null;
  /** Refunds with at least one line of this supplier's SKUs (lower-case UUID). */
  supplierId: string | null;
}

/** The scope as a caller sent it, before checking. */
export interface RefundScopeRequest {
  from: Date;
  to: Date;
  timeZone?: string | null;
  statuses?: readonly RefundStatus[] | null;
  methods?: readonly RefundMethod[] | null;
  currency?: string | null;
  supplierId?: string | null;
}

export const DEFAULT_TIME_ZONE = 'UTC';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A zone name (Europe/Berlin, UTC, Etc/GMT+5), never an offset such as "+05:00": PostgreSQL
// reads POSIX offsets with the opposite sign, so they must not reach AT TIME ZONE.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;
const MAX_ZONE_LENGTH = 64;

function listOf<T>(values: readonly T[] | null | undefined): T[] | null {
  return values === null || values === undefined || values.length === 0
    ? null
    : [...new Set(values)];
}

/** Tells whether a time zone is an IANA name both the runtime and PostgreSQL read the same way. */
export function isZoneName(timeZone: string): boolean {
  return (
    timeZone.length <= MAX_ZONE_LENGTH && ZONE_NAME.test(timeZone) && isValidTimeZone(timeZone)
  );
}

/** Refuses bad input as BAD_USER_INPUT naming each field, in the shape validation uses. */
export function refuseInput(problems: readonly FieldProblem[]): AppError {
  const summary = problems.map((problem) => `${problem.path}: ${problem.problems.join('; ')}`);
  return new AppError('BAD_USER_INPUT', `Invalid input — ${summary.join(' | ')}`, {
    fields: problems.map((problem) => ({ path: problem.path, problems: problem.problems })),
  });
}

/** What is wrong with a range, each problem under `<prefix><field>`. */
export function rangeProblems(from: Date, to: Date, prefix: string): FieldProblem[] {
  if (!isValidInstant(from)) return [{ path: `${prefix}from`, problems: ['must be an instant'] }];
  if (!isValidInstant(to)) return [{ path: `${prefix}to`, problems: ['must be an instant'] }];
  return to.getTime() < from.getTime()
    ? [{ path: `${prefix}to`, problems: ['must not be before from'] }]
    : [];
}

/**
 * Checks a refund scope and refuses bad values as BAD_USER_INPUT naming each field under
 * `prefix` (`filter.timeZone` for GraphQL, `timeZone` for the export's query string), before any
 * SQL runs. An empty range (from = to) is valid: it simply matches nothing.
 */
export function checkRefundScope(request: RefundScopeRequest, prefix: string): RefundScope {
  const timeZone = request.timeZone ?? DEFAULT_TIME_ZONE;
  const { currency, supplierId } = request;
  const problems: FieldProblem[] = [
    ...rangeProblems(request.from, request.to, prefix),
    ...(isZoneName(timeZone)
      ? []
      : [{ path: `${prefix}timeZone`, problems: ['must be an IANA time zone such as UTC'] }]),
    ...(currency === null || currency === undefined || isCurrencyCode(currency)
      ? []
      : [{ path: `${prefix}currency`, problems: ['must be a supported ISO 4217 code'] }]),
    ...(supplierId === null || supplierId === undefined || UUID.test(supplierId)
      ? []
      : [{ path: `${prefix}supplierId`, problems: ['must be a UUID'] }]),
  ];
  if (problems.length > 0) throw refuseInput(problems);
  return {
    from: request.from,
    to: request.to,
    timeZone,
    statuses: listOf(request.statuses),
    methods: listOf(request.methods),
    currency:
      currency !== null && currency !== undefined && isCurrencyCode(currency) ? currency : null,
    supplierId: supplierId?.toLowerCase() ?? null,
  };
}

/** The scope as recorded in an audit event. */
export function scopeAsJson(scope: RefundScope): JsonObject {
  return {
    from: scope.from.toISOString(),
    to: scope.to.toISOString(),
    timeZone: scope.timeZone,
    status: scope.statuses,
    method: scope.methods,
    currency: scope.currency,
    supplierId: scope.supplierId,
  };
}
