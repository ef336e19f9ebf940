import type { RefundStatus } from '@rebound/domain';
import { AppError } from '../../../common/errors/app-error';
import type { FieldProblem } from '../../../common/validation';
import type { RefundMethod } from '../refund.entity';
import type { RefundFilter } from './refund-filter.input';

/** A checked filter: absent values are null, the status list deduplicated. */
export interface RefundListFilter {
  statuses: RefundStatus[] | null;
  returnId: string | null;
  orderId: string | null;
  createdFrom: Date | null;
  createdTo: Date | null;
  method: RefundMethod | null;
  currency: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURRENCY = /^[A-Z]{3}$/;

function idProblem(field: string, id: string | null | undefined): FieldProblem[] {
  return id === null || id === undefined || UUID.test(id)
    ? []
    : [{ path: `filter.${field}`, problems: ['must be an ID'] }];
}

/**
 * Checks the `filter` argument before any SQL runs (a malformed id must not reach a uuid
 * cast) and refuses bad values as BAD_USER_INPUT naming each path (`filter.returnId`).
 */
export function checkRefundFilter(filter: RefundFilter | null | undefined): RefundListFilter {
  const given = filter ?? {};
  const from = given.createdFrom ?? null;
  const to = given.createdTo ?? null;
  const currency = given.currency ?? null;
  const problems: FieldProblem[] = [
    ...idProblem('returnId', given.returnId),
    ...idProblem('orderId', given.orderId),
    ...(from !== null && to !== null && from.getTime() > to.getTime()
      ? [{ path: 'filter.createdTo', problems: ['must not be before createdFrom'] }]
      : []),
    ...(currency !== null && !CURRENCY.test(currency)
      ? [{ path: 'filter.currency', problems: ['must be a 3-letter ISO 4217 code such as USD'] }]
      : []),
  ];
  if (problems.length > 0) {
    throw new AppError(
      'BAD_USER_INPUT',
      `Invalid filter — ${problems.map((problem) => `${problem.path}: ${problem.problems.join('; ')}`).join(' | ')}`,
      { fields: problems.map((problem) => ({ path: problem.path, problems: problem.problems })) },
    );
  }
  const statuses = given.status ?? [];
  return {
    statuses: statuses.length === 0 ? null : [...new Set(statuses)],
    returnId: given.returnId ?? null,
    orderId: given.orderId ?? null,
    createdFrom: from,
    createdTo: to,
    method: given.method ?? null,
    currency,
  };
}
