import { REFUND_STATUSES, parseIsoDate, startOfLocalDay, type RefundStatus } from '@rebound/domain';
import type { FieldProblem } from '../../common/validation';
import { REFUND_METHODS, type RefundMethod } from '../refunds/refund.entity';
import {
  DEFAULT_TIME_ZONE,
  checkRefundScope,
  isZoneName,
  refuseInput,
  type RefundScope,
} from './refund-scope';

/** A checked export request: which refunds, and the file name to offer. */
export interface RefundExportRequest {
  scope: RefundScope;
  fileName: string;
}

const PARAMETERS = ['from', 'to', 'status', 'method', 'currency', 'supplierId', 'timeZone'];
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Collects the problems of the query string while reading it. */
class QueryReader {
  readonly problems: FieldProblem[] = [];

  constructor(private readonly query: Record<string, unknown>) {}

  refuse(path: string, problem: string): null {
    this.problems.push({ path, problems: [problem] });
    return null;
  }

  /** A parameter given at most once; null when absent or empty. */
  single(name: string): string | null {
    const value = this.query[name];
    if (value === undefined || value === '') return null;
    return typeof value === 'string' ? value.trim() : this.refuse(name, 'must be given once');
  }

  /** A list, as repeated parameters and/or comma-separated values; null when absent. */
  list<T extends string>(name: string, allowed: readonly T[]): T[] | null {
    const value = this.query[name];
    if (value === undefined) return null;
    const parts = Array.isArray(value) ? value : [value];
    if (!parts.every((part): part is string => typeof part === 'string'))
      return this.refuse(name, 'must be a comma-separated list');
    const items = parts.flatMap((part) => part.split(',')).map((item) => item.trim());
    const known = items.filter((item): item is T => (allowed as readonly string[]).includes(item));
    if (known.length !== items.filter((item) => item !== '').length)
      return this.refuse(name, `must be among ${allowed.join(', ')}`);
    return known.length === 0 ? null : known;
  }

  /** An ISO 8601 instant with its offset, or a date meaning local midnight in the zone. */
  instant(name: string, timeZone: string | null): Date | null {
    const value = this.query[name];
    if (value === undefined || value === '') return this.refuse(name, 'is required');
    const text = this.single(name);
    if (text === null) return null;
    if (DATE.test(text)) {
      const date = parseIsoDate(text);
      if (!date.ok) return this.refuse(name, 'is not a calendar date');
      return timeZone === null ? null : startOfLocalDay(date.value, timeZone);
    }
    const instant = INSTANT.test(text) ? new Date(text) : null;
    return instant === null || Number.isNaN(instant.getTime())
      ? this.refuse(
          name,
          'must be an ISO 8601 instant (2025-03-01T00:00:00Z) or a date (2025-03-01)',
        )
      : instant;
  }
}

/** A range end as a file name part: the date, or the instant in ISO basic format (UTC). */
function fileNamePart(date: Date, given: string | null): string {
  if (given !== null && DATE.test(given)) return given;
  return date
    .toISOString()
    .replace(/\.000Z$/, 'Z')
    .replace(/[:.]/g, '');
}

/**
 * Reads GET /exports/refunds.csv's query string (`from`, `to`, `status`, `method`, `currency`,
 * `supplierId`, `timeZone`), refusing unknown or malformed parameters as BAD_USER_INPUT naming
 * each one. `from` and `to` are required; a plain date is local midnight in `timeZone`.
 */
export function parseRefundExportQuery(query: Record<string, unknown>): RefundExportRequest {
  const reader = new QueryReader(query);
  for (const name of Object.keys(query)) {
    if (!PARAMETERS.includes(name)) reader.refuse(name, 'is not a parameter of this export');
  }
  const zone = reader.single('timeZone') ?? DEFAULT_TIME_ZONE;
  const timeZone = isZoneName(zone)
    ? zone
    : reader.refuse('timeZone', 'must be an IANA time zone such as UTC');
  const from = reader.instant('from', timeZone);
  const to = reader.instant('to', timeZone);
  const statuses = reader.list<RefundStatus>('status', REFUND_STATUSES);
  const methods = reader.list<RefundMethod>('method', REFUND_METHODS);
  const currency = reader.single('currency');
  const supplierId = reader.single('supplierId');
  if (reader.problems.length > 0 || from === null || to === null || timeZone === null) {
    throw refuseInput(reader.problems);
  }
  const scope = checkRefundScope(
    { from, to, timeZone, statuses, methods, currency, supplierId },
    '',
  );
  return {
    scope,
    fileName: `refunds-${fileNamePart(from, reader.single('from'))}-${fileNamePart(to, reader.single('to'))}.csv`,
  };
}
