import type { RefundStatus } from '@rebound/domain';
import type { DataSource } from 'typeorm';
import type { RefundMethod } from '../refunds/refund.entity';
import { SqlParams } from '../returns/list/sql-params';
import { queryExportRows } from './export-statement';
import type { RefundScope } from './refund-scope';
import { refundScopeConditions } from './refund-scope.sql';

/** One refund as the export writes it: plain columns, no entity. */
export interface RefundExportRow {
  id: string;
  /** created_at as text with microseconds (UTC): the keyset, never rounded like a JS Date. */
  created_key: string;
  rma_number: string;
  order_external_id: string;
  channel: string;
  status: RefundStatus;
  method: RefundMethod;
  currency: string;
  total_minor: number;
  items: number;
  tax: number;
  shipping: number;
  restocking_fees: number;
  label_deduction: number;
  shipping_reimbursement: number;
  created_at: Date;
  submitted_at: Date | null;
  issued_at: Date | null;
  external_reference: string | null;
  supplier_codes: string | null;
}

/** Where a keyset read stopped: the last row's creation instant (as text) and id. */
export interface ExportKeyset {
  key: string;
  id: string;
}

const amount = (key: string, column: string): string =>
  `coalesce((r.breakdown->>'${key}')::bigint, 0) AS ${column}`;

/**
 * One statement: the next `limit` refunds of one status after the keyset, in (created_at, id)
 * order, with their return, order and supplier codes. `status = … AND created_at >= …` lets the
 * (status, created_at) index start the read at the keyset, so a batch deep in a large export
 * costs what the first one does.
 */
export async function fetchRefundExportRows(
  dataSource: DataSource,
  scope: RefundScope,
  status: RefundStatus,
  after: ExportKeyset | null,
  limit: number,
): Promise<RefundExportRow[]> {
  const params = new SqlParams();
  const conditions = [
    ...refundScopeConditions({ ...scope, statuses: null }, 'r', params),
    `r.status = ${params.add(status)}`,
  ];
  if (after !== null) {
    const key = `${params.add(after.key)}::timestamptz`;
    conditions.push(
      `r.created_at >= ${key}`,
      `(r.created_at, r.id) > (${key}, ${params.add(after.id)}::uuid)`,
    );
  }
  const sql = `
SELECT r.id, to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key,
  ret.rma_number, o.external_id AS order_external_id, o.channel, r.status, r.method, r.currency,
  r.total_minor, ${amount('items', 'items')}, ${amount('tax', 'tax')}, ${amount('shipping', 'shipping')},
  ${amount('restockingFees', 'restocking_fees')}, ${amount('labelDeduction', 'label_deduction')},
  ${amount('shippingReimbursement', 'shipping_reimbursement')},
  r.created_at, r.submitted_at, r.issued_at, r.external_reference,
  (SELECT string_agg(DISTINCT sp.code, ';' ORDER BY sp.code)
     FROM refund_lines rl JOIN order_lines ol ON ol.id = rl.order_line_id
     JOIN skus k ON k.id = ol.sku_id JOIN suppliers sp ON sp.id = k.supplier_id
     WHERE rl.refund_id = r.id) AS supplier_codes
FROM (
  SELECT r.* FROM refunds r
  WHERE ${conditions.join('\n    AND ')}
  ORDER BY r.created_at, r.id
  LIMIT ${params.add(limit)}
) r
JOIN returns ret ON ret.id = r.return_id
JOIN orders o ON o.id = r.order_id
ORDER BY r.created_at, r.id`;
  return queryExportRows<RefundExportRow>(dataSource, sql, params.values);
}
