import type { Resolution, ReturnStatus } from '@rebound/domain';
import type { DataSource } from 'typeorm';
import { orderBySql, keysetCondition, sortKeySql, type ReturnKeyset } from './return-cursor';
import type { ReturnListFilter } from './return-filter.check';
import { returnFilterConditions } from './return-filter.sql';
import type { ReturnSort } from './return-order';
import { SqlParams } from './sql-params';

/** One row of statement 1: a return with its order, customer and newest label. */
export interface ReturnPageRow {
  id: string;
  sort_key: string;
  rma_number: string;
  status: ReturnStatus;
  requested_at: Date;
  first_response_at: Date | null;
  first_response_due_at: Date;
  received_at: Date | null;
  completed_at: Date | null;
  refund_due_at: Date | null;
  updated_at: Date;
  returnless: boolean;
  resolution: Resolution | null;
  order_id: string;
  order_channel: string;
  order_external_id: string;
  order_currency: string;
  order_ordered_at: Date;
  order_delivered_at: Date | null;
  customer_id: string;
  customer_name: string;
  customer_email: string;
  label_carrier: string | null;
  label_tracking_number: string | null;
}

export interface ReturnPageRequest {
  filter: ReturnListFilter;
  sort: ReturnSort;
  after: ReturnKeyset | null;
  /** Rows to fetch: the page size plus one, which only says whether more follow. */
  limit: number;
  now: Date;
}

/** A statement and its parameter values. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Statement 1: one page of returns joined with their order and customer, and the newest label
 * through a LATERAL join on the page's rows only. Keyset condition + ORDER BY + LIMIT on
 * `returns`, so the `(sort column, id)` index reads just the page, however deep it is.
 */
export function returnPageStatement(request: ReturnPageRequest): Statement {
  const { filter, sort, after, limit, now } = request;
  const params = new SqlParams();
  const conditions = returnFilterConditions(filter, 'r', now, params);
  if (after !== null) conditions.push(keysetCondition(sort, after, params, 'r'));
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join('\n    AND ')}`;
  const sql = `
SELECT page.*, label.carrier AS label_carrier, label.tracking_number AS label_tracking_number
FROM (
  SELECT r.id, ${sortKeySql(sort, 'r')} AS sort_key, r.rma_number, r.status, r.requested_at,
    r.first_response_at, r.first_response_due_at, r.received_at, r.completed_at, r.refund_due_at,
    r.updated_at, r.returnless, r.resolution,
    o.id AS order_id, o.channel AS order_channel, o.external_id AS order_external_id,
    o.currency AS order_currency, o.ordered_at AS order_ordered_at, o.delivered_at AS order_delivered_at,
    c.id AS customer_id, c.name AS customer_name, c.email AS customer_email
  FROM returns r
  JOIN orders o ON o.id = r.order_id
  JOIN customers c ON c.id = o.customer_id
  ${where}
  ORDER BY ${orderBySql(sort, 'r')}
  LIMIT ${params.add(limit)}
) page
LEFT JOIN LATERAL (
  SELECT l.carrier, l.tracking_number FROM return_labels l
  WHERE l.return_id = page.id ORDER BY l.issued_at DESC, l.id DESC LIMIT 1
) label ON true
ORDER BY ${orderBySql(sort, 'page')}`;
  return { sql, params: params.values };
}

export async function fetchReturnPage(
  dataSource: DataSource,
  request: ReturnPageRequest,
): Promise<ReturnPageRow[]> {
  const { sql, params } = returnPageStatement(request);
  return dataSource.query<ReturnPageRow[]>(sql, params);
}

/** The count of every return the filter matches (the page's conditions without the keyset). */
export async function countReturns(
  dataSource: DataSource,
  filter: ReturnListFilter,
  now: Date,
): Promise<number> {
  const params = new SqlParams();
  const conditions = returnFilterConditions(filter, 'r', now, params);
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  const rows = await dataSource.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM returns r ${where}`,
    params.values,
  );
  return rows[0]?.count ?? 0;
}
