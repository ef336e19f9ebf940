import type { ReturnListFilter } from './return-filter.check';
import type { SqlParams } from './sql-params';

/**
 * True when an SLA clock of return `r` is overdue at `now` — the domain's `isOverdue` (a running
 * clock strictly past its due instant) written in SQL: the first-response clock runs while the
 * return is REQUESTED, the refund clock from receipt until completion. Never null.
 */
export function slaOverdueSql(alias: string, now: string): string {
  return `coalesce((${alias}.status = 'REQUESTED' AND ${alias}.first_response_due_at < ${now})
    OR (${alias}.received_at IS NOT NULL AND ${alias}.completed_at IS NULL AND ${alias}.refund_due_at < ${now}), false)`;
}

/** Escapes LIKE's wildcards so that a search for `114_` means those characters. */
function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * The search as a set of return ids, one indexed branch per kind of match (RMA number, order id
 * prefix, customer email): a selective search reads a few rows instead of the whole list.
 */
function searchSql(alias: string, search: string, params: SqlParams): string {
  const exact = params.add(search);
  const prefix = params.add(likePrefix(search));
  return `${alias}.id IN (
    SELECT sr.id FROM returns sr WHERE lower(sr.rma_number) = ${exact}
    UNION ALL
    SELECT sr.id FROM returns sr JOIN orders so ON so.id = sr.order_id
    WHERE lower(so.external_id) LIKE ${prefix}
    UNION ALL
    SELECT sr.id FROM returns sr JOIN orders so ON so.id = sr.order_id
    JOIN customers sc ON sc.id = so.customer_id WHERE lower(sc.email) = ${exact})`;
}

function anyLine(alias: string, condition: string, withSku: boolean): string {
  const sku = withSku ? ' JOIN order_lines fol ON fol.id = frl.order_line_id' : '';
  return `EXISTS (SELECT 1 FROM return_lines frl${sku} WHERE frl.return_id = ${alias}.id AND ${condition})`;
}

/**
 * The WHERE conditions of a filter over `returns` aliased `alias`, ANDed by the caller. They use
 * the return alone (relations through EXISTS or IN), so the page and its count share them.
 */
export function returnFilterConditions(
  filter: ReturnListFilter,
  alias: string,
  now: Date,
  params: SqlParams,
): string[] {
  const conditions: string[] = [];
  const r = alias;
  if (filter.statuses !== null)
    conditions.push(`${r}.status = ANY(${params.add(filter.statuses)}::text[])`);
  if (filter.reasonCodes !== null) {
    conditions.push(
      anyLine(r, `frl.reason_code = ANY(${params.add(filter.reasonCodes)}::text[])`, false),
    );
  }
  if (filter.faultReasonCodes !== null) {
    conditions.push(
      anyLine(r, `frl.reason_code = ANY(${params.add(filter.faultReasonCodes)}::text[])`, false),
    );
  }
  if (filter.skuIds !== null) {
    conditions.push(anyLine(r, `fol.sku_id = ANY(${params.add(filter.skuIds)}::uuid[])`, true));
  }
  if (filter.supplierIds !== null) {
    const suppliers = params.add(filter.supplierIds);
    conditions.push(
      anyLine(
        r,
        `fol.sku_id IN (SELECT fs.id FROM skus fs WHERE fs.supplier_id = ANY(${suppliers}::uuid[]))`,
        true,
      ),
    );
  }
  if (filter.channels !== null) {
    conditions.push(
      `EXISTS (SELECT 1 FROM orders fo WHERE fo.id = ${r}.order_id AND fo.channel = ANY(${params.add(filter.channels)}::text[]))`,
    );
  }
  if (filter.requestedFrom !== null)
    conditions.push(`${r}.requested_at >= ${params.add(filter.requestedFrom)}`);
  if (filter.requestedTo !== null)
    conditions.push(`${r}.requested_at < ${params.add(filter.requestedTo)}`);
  if (filter.receivedFrom !== null)
    conditions.push(`${r}.received_at >= ${params.add(filter.receivedFrom)}`);
  if (filter.receivedTo !== null)
    conditions.push(`${r}.received_at < ${params.add(filter.receivedTo)}`);
  if (filter.slaOverdue !== null) {
    const overdue = slaOverdueSql(r, `${params.add(now)}::timestamptz`);
    conditions.push(filter.slaOverdue ? overdue : `NOT ${overdue}`);
  }
  if (filter.search !== null) conditions.push(searchSql(r, filter.search, params));
  return conditions;
}
