import { formatAmount, isCurrencyCode, type CurrencyCode } from '@rebound/domain';
import { csvRecord, type CsvValue } from './csv-format';
import type { RefundExportRow } from './refund-export.query';

/** The export's columns, in order; amounts are in major units of `currency`. */
export const REFUND_EXPORT_COLUMNS = [
  'refund_id',
  'rma_number',
  'order_id',
  'channel',
  'status',
  'method',
  'currency',
  'total',
  'items',
  'tax',
  'shipping',
  'restocking_fees',
  'label_deduction',
  'shipping_reimbursement',
  'created_at',
  'submitted_at',
  'issued_at',
  'external_reference',
  'supplier_codes',
] as const;

export const REFUND_EXPORT_HEADER = csvRecord(REFUND_EXPORT_COLUMNS);

const instant = (value: Date | null): string | null => value?.toISOString() ?? null;

function currencyOf(row: RefundExportRow): CurrencyCode {
  if (!isCurrencyCode(row.currency)) {
    throw new RangeError(`refund ${row.id} has an unknown currency ${row.currency}`);
  }
  return row.currency;
}

/** One refund as a CSV record: `order_id` is the marketplace's order id, times are ISO (UTC). */
export function refundExportRecord(row: RefundExportRow): string {
  const currency = currencyOf(row);
  const money = (minor: number): string => formatAmount(minor, currency);
  const values: CsvValue[] = [
    row.id,
    row.rma_number,
    row.order_external_id,
    row.channel,
    row.status,
    row.method,
    currency,
    money(row.total_minor),
    money(row.items),
    money(row.tax),
    money(row.shipping),
    money(row.restocking_fees),
    money(row.label_deduction),
    money(row.shipping_reimbursement),
    instant(row.created_at),
    instant(row.submitted_at),
    instant(row.issued_at),
    row.external_reference,
    row.supplier_codes,
  ];
  return csvRecord(values);
}
