import { parseIsoDate, toEpochDay, type Fault, type ReasonCode } from '@rebound/domain';
import type { FieldProblem } from '../../common/validation';
import { isZoneName, refuseInput } from '../reports/refund-scope';
import type { AnalyticsFilterInput, AnalyticsRangeInput } from './analytics.input';

/** The longest range an analytics query accepts, in days (ten years). */
export const MAX_RANGE_DAYS = 3660;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A checked range and filter: every list is null (no filter) or non-empty and deduplicated. */
export interface AnalyticsScope {
  /** First local day included, YYYY-MM-DD. */
  from: string;
  /** Last local day included, YYYY-MM-DD. */
  to: string;
  timeZone: string;
  skuIds: string[] | null;
  supplierIds: string[] | null;
  categories: string[] | null;
  reasonCodes: ReasonCode[] | null;
  faults: Fault[] | null;
  channels: string[] | null;
}

function listOf<T>(values: readonly T[] | null | undefined): T[] | null {
  return values === null || values === undefined || values.length === 0
    ? null
    : [...new Set(values)];
}

function idProblems(path: string, ids: readonly string[] | null | undefined): FieldProblem[] {
  return (ids ?? []).some((id) => !UUID.test(id)) ? [{ path, problems: ['must be UUIDs'] }] : [];
}

/**
 * Checks a range and a filter and refuses bad values as BAD_USER_INPUT naming each field
 * (`range.to`, `filter.skuIds`…) before any SQL runs.
 */
export function checkAnalyticsScope(
  range: AnalyticsRangeInput,
  filter: AnalyticsFilterInput | null | undefined,
): AnalyticsScope {
  const timeZone = range.timeZone;
  const from = parseIsoDate(range.from);
  const to = parseIsoDate(range.to);
  const problems: FieldProblem[] = [
    ...(from.ok ? [] : [{ path: 'range.from', problems: ['must be a date (YYYY-MM-DD)'] }]),
    ...(to.ok ? [] : [{ path: 'range.to', problems: ['must be a date (YYYY-MM-DD)'] }]),
    ...(isZoneName(timeZone)
      ? []
      : [{ path: 'range.timeZone', problems: ['must be an IANA time zone such as UTC'] }]),
    ...idProblems('filter.skuIds', filter?.skuIds),
    ...idProblems('filter.supplierIds', filter?.supplierIds),
  ];
  if (from.ok && to.ok) {
    const days = toEpochDay(to.value) - toEpochDay(from.value);
    if (days < 0) problems.push({ path: 'range.to', problems: ['must not be before from'] });
    if (days >= MAX_RANGE_DAYS)
      problems.push({ path: 'range.to', problems: [`at most ${MAX_RANGE_DAYS} days after from`] });
  }
  if (problems.length > 0) throw refuseInput(problems);
  return {
    from: range.from,
    to: range.to,
    timeZone,
    skuIds: listOf(filter?.skuIds?.map((id) => id.toLowerCase())),
    supplierIds: listOf(filter?.supplierIds?.map((id) => id.toLowerCase())),
    categories: listOf(filter?.categories),
    reasonCodes: listOf(filter?.reasonCodes),
    faults: listOf(filter?.faults),
    channels: listOf(filter?.channels),
  };
}
