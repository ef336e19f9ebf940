import { REASON_CODES, reasonFault, type ReasonCode, type ReturnStatus } from '@rebound/domain';
import { AppError } from '../../../common/errors/app-error';
import type { FieldProblem } from '../../../common/validation';
import type { ReturnFilter } from './return-filter.input';

/** A checked filter: lists deduplicated (null when absent or empty), search trimmed and lowercased. */
export interface ReturnListFilter {
  statuses: ReturnStatus[] | null;
  reasonCodes: ReasonCode[] | null;
  /** The reason codes whose fault was asked for (`fault`), so that the catalogue decides, not SQL. */
  faultReasonCodes: ReasonCode[] | null;
  supplierIds: string[] | null;
  skuIds: string[] | null;
  channels: string[] | null;
  requestedFrom: Date | null;
  requestedTo: Date | null;
  receivedFrom: Date | null;
  receivedTo: Date | null;
  slaOverdue: boolean | null;
  search: string | null;
}

export const MAX_SEARCH_LENGTH = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function listOf<T>(values: readonly T[] | null | undefined): T[] | null {
  return values === null || values === undefined || values.length === 0
    ? null
    : [...new Set(values)];
}

function idProblems(field: string, ids: readonly string[] | null | undefined): FieldProblem[] {
  return (ids ?? []).flatMap((id, index) =>
    UUID.test(id) ? [] : [{ path: `filter.${field}[${index}]`, problems: ['must be a UUID'] }],
  );
}

function rangeProblems(
  field: string,
  from: Date | null | undefined,
  to: Date | null | undefined,
): FieldProblem[] {
  if (from === null || from === undefined || to === null || to === undefined) return [];
  return from.getTime() > to.getTime()
    ? [{ path: `filter.${field}To`, problems: [`must not be before ${field}From`] }]
    : [];
}

/**
 * Checks the `filter` argument and refuses bad values as BAD_USER_INPUT naming each path
 * (`filter.supplierId[1]`), before any SQL runs: a malformed id must not reach a uuid cast.
 */
export function checkReturnFilter(filter: ReturnFilter | null | undefined): ReturnListFilter {
  const given = filter ?? {};
  const search = given.search?.trim().toLowerCase() ?? '';
  const problems = [
    ...idProblems('supplierId', given.supplierId),
    ...idProblems('skuId', given.skuId),
    ...rangeProblems('requested', given.requestedFrom, given.requestedTo),
    ...rangeProblems('received', given.receivedFrom, given.receivedTo),
    ...(search.length > MAX_SEARCH_LENGTH
      ? [{ path: 'filter.search', problems: [`must be at most ${MAX_SEARCH_LENGTH} characters`] }]
      : []),
  ];
  if (problems.length > 0) {
    const summary = problems.map((problem) => `${problem.path}: ${problem.problems.join('; ')}`);
    throw new AppError('BAD_USER_INPUT', `Invalid filter — ${summary.join(' | ')}`, {
      fields: problems.map((problem) => ({ path: problem.path, problems: problem.problems })),
    });
  }
  const faults = listOf(given.fault);
  return {
    statuses: listOf(given.status),
    reasonCodes: listOf(given.reasonCode),
    faultReasonCodes:
      faults === null ? null : REASON_CODES.filter((code) => faults.includes(reasonFault(code))),
    supplierIds: listOf(given.supplierId?.map((id) => id.toLowerCase())),
    skuIds: listOf(given.skuId?.map((id) => id.toLowerCase())),
    channels: listOf(given.channel),
    requestedFrom: given.requestedFrom ?? null,
    requestedTo: given.requestedTo ?? null,
    receivedFrom: given.receivedFrom ?? null,
    receivedTo: given.receivedTo ?? null,
    slaOverdue: given.slaOverdue ?? null,
    search: search === '' ? null : search,
  };
}
