import {
  REASON_CATALOGUE,
  formatAmount,
  isCurrencyCode,
  isReasonCode,
  type ReturnStatus,
} from '@rebound/domain';
import type { EntityManager } from 'typeorm';
import { FLAT_COLUMNS } from './report-columns';
import { readCarrier, readLabelPayer } from './report-row';
import { tsvRecord } from './tsv-format';

/** Return lines read per statement: memory holds one page, whatever the number of returns. */
const PAGE_SIZE = 1_000;

interface ExportRow {
  return_line_id: string;
  requested_at: Date | string;
  rma_number: string;
  status: ReturnStatus;
  received_at: Date | string | null;
  within_window: boolean | null;
  external_id: string;
  ordered_at: Date | string;
  currency: string;
  sku_code: string;
  asin: string | null;
  sku_name: string;
  quantity: number;
  reason_code: string;
  order_quantity: number;
  order_amount: string | number;
  amazon_rma_id: string | null;
  report_reason: string | null;
  report_fields: Record<string, string> | null;
  label_carrier: string | null;
  label_tracking: string | null;
  label_cost: string | number | null;
  label_payer: 'SELLER' | 'CUSTOMER' | null;
}

/** Rebound's status as the flat file's "Return request status". */
const AMAZON_STATUS: Record<ReturnStatus, string> = {
  REQUESTED: 'Pending',
  AUTHORIZED: 'Approved',
  LABEL_ISSUED: 'Approved',
  IN_TRANSIT: 'Approved',
  RECEIVED: 'Approved',
  INSPECTED: 'Approved',
  COMPLETED: 'Closed',
  REJECTED: 'Rejected',
  CANCELLED: 'Cancelled',
};

const iso = (value: Date | string | null): string =>
  value === null ? '' : (value instanceof Date ? value : new Date(value)).toISOString();

const money = (amount: string | number | null, currency: string): string =>
  amount === null || !isCurrencyCode(currency) ? '' : formatAmount(Number(amount), currency);

/** The label's carrier, in the imported row's own spelling when it names the same carrier. */
function carrierText(row: ExportRow, kept: Record<string, string>): string {
  const imported = kept['Return carrier'] ?? '';
  if (row.label_carrier === null) return imported;
  return readCarrier(imported) === row.label_carrier ? imported : row.label_carrier;
}

/** The label's payer, in the imported row's own words when they say the same. */
function payerText(row: ExportRow, kept: Record<string, string>): string {
  const imported = kept['Label to be paid by'] ?? '';
  if (row.label_payer === null) return imported;
  if (readLabelPayer(imported) === row.label_payer) return imported;
  return row.label_payer === 'CUSTOMER' ? 'Customer' : 'Seller';
}

function recordOf(row: ExportRow): string {
  const kept = row.report_fields ?? {};
  const reason =
    row.report_reason ??
    (isReasonCode(row.reason_code)
      ? REASON_CATALOGUE[row.reason_code].amazonReason
      : row.reason_code);
  const tracking = row.label_tracking ?? kept['Tracking ID'] ?? '';
  const values: Record<(typeof FLAT_COLUMNS)[number], string> = {
    'Order ID': row.external_id,
    'Order date': iso(row.ordered_at),
    'Return request date': iso(row.requested_at),
    'Return request status': AMAZON_STATUS[row.status],
    'Amazon RMA ID': row.amazon_rma_id ?? row.rma_number,
    'Merchant RMA ID': row.rma_number,
    'Label type': kept['Label type'] ?? '',
    'Label cost':
      row.label_cost === null ? (kept['Label cost'] ?? '') : money(row.label_cost, row.currency),
    'Currency code': row.currency,
    'Return carrier': carrierText(row, kept),
    // A label exists in Rebound from LABEL_ISSUED on; before that the return has no tracking.
    'Tracking ID': row.status === 'REQUESTED' || row.status === 'AUTHORIZED' ? '' : tracking,
    'Label to be paid by': payerText(row, kept),
    'A-to-Z Claim': kept['A-to-Z Claim'] ?? '',
    'Is prime': kept['Is prime'] ?? '',
    ASIN: row.asin ?? '',
    'Merchant SKU': row.sku_code,
    'Item Name': row.sku_name,
    'Return quantity': String(row.quantity),
    'Return Reason': reason,
    'In policy': row.within_window === false ? 'N' : 'Y',
    'Return type': kept['Return type'] ?? '',
    Resolution: kept.Resolution ?? '',
    'Invoice number': kept['Invoice number'] ?? '',
    'Return delivery date': iso(row.received_at),
    'Order Amount': money(row.order_amount, row.currency),
    'Order quantity': String(row.order_quantity),
    'SafeT Action reason': kept['SafeT Action reason'] ?? '',
    'SafeT claim id': kept['SafeT claim id'] ?? '',
    'SafeT claim state': kept['SafeT claim state'] ?? '',
    'SafeT claim creation time': kept['SafeT claim creation time'] ?? '',
    'SafeT claim reimbursement amount': kept['SafeT claim reimbursement amount'] ?? '',
    'Refunded Amount': kept['Refunded Amount'] ?? '',
  };
  return tsvRecord(FLAT_COLUMNS.map((column) => values[column]));
}

async function page(
  manager: EntityManager,
  after: { requestedAt: Date | string; id: string } | null,
): Promise<ExportRow[]> {
  return manager.query(
    `SELECT rl.id AS return_line_id, r.requested_at, r.rma_number, r.status, r.received_at,
            (r.policy_verdict ->> 'withinWindow')::boolean AS within_window,
            o.external_id, o.ordered_at, o.currency, s.code AS sku_code, s.asin, s.name AS sku_name,
            rl.quantity, rl.reason_code, ol.quantity AS order_quantity,
            ol.unit_price_minor * ol.quantity + ol.tax_minor AS order_amount,
            ar.return_key AS amazon_rma_id, ar.reason_text AS report_reason, ar.fields AS report_fields,
            lbl.carrier AS label_carrier, lbl.tracking_number AS label_tracking, lbl.cost_minor AS label_cost,
            lbl.payer AS label_payer
     FROM return_lines rl
     JOIN returns r ON r.id = rl.return_id
     JOIN order_lines ol ON ol.id = rl.order_line_id
     JOIN orders o ON o.id = r.order_id
     JOIN skus s ON s.id = ol.sku_id
     LEFT JOIN amazon_report_rows ar ON ar.return_line_id = rl.id AND ar.kind = 'FLAT'
     LEFT JOIN LATERAL (
       SELECT carrier, tracking_number, cost_minor, payer FROM return_labels
       WHERE return_id = r.id ORDER BY issued_at DESC LIMIT 1
     ) lbl ON true
     WHERE ($1::timestamptz IS NULL OR (r.requested_at, rl.id) > ($1::timestamptz, $2::uuid))
     ORDER BY r.requested_at, rl.id
     LIMIT ${PAGE_SIZE}`,
    [after === null ? null : iso(after.requestedAt), after?.id ?? null],
  );
}

/**
 * Writes every return line in the flat-file layout (header first), page by page in keyset
 * order, waiting for `write` (back-pressure) between records. Columns Rebound does not hold come
 * from the report row the line was imported from, when there is one.
 */
export async function exportReturnsFlatFile(
  manager: EntityManager,
  write: (chunk: string) => Promise<void>,
): Promise<number> {
  await write(tsvRecord(FLAT_COLUMNS));
  let after: { requestedAt: Date | string; id: string } | null = null;
  let count = 0;
  for (;;) {
    const rows = await page(manager, after);
    if (rows.length === 0) return count;
    await write(rows.map(recordOf).join(''));
    count += rows.length;
    const last = rows.at(-1);
    if (last === undefined || rows.length < PAGE_SIZE) return count;
    after = { requestedAt: last.requested_at, id: last.return_line_id };
  }
}
