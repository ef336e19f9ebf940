import { randomUUID } from 'node:crypto';
import {
  labelExpiresAt,
  reasonFault,
  returnShippingPayer,
  type ReturnShippingPayer,
  type ReturnStatus,
} from '@rebound/domain';
import type { TransactionContext } from '../../context';
import { chooseReturnDestination, type ReturnedLine } from '../labels/return-destination';
import type { BulkColumn, BulkValue } from './bulk-insert';
import { lookUpLocations, type LabelLocation } from './report-lookups';
import type { ReportLabel } from './report-row';

/** `return_labels` as a batch inserts it. */
export const LABEL_COLUMNS: readonly BulkColumn[] = [
  { name: 'id', type: 'uuid' },
  { name: 'return_id', type: 'uuid' },
  { name: 'carrier', type: 'text' },
  { name: 'tracking_number', type: 'text' },
  { name: 'cost_minor', type: 'bigint' },
  { name: 'currency', type: 'char(3)' },
  { name: 'payer', type: 'text' },
  { name: 'ship_to_location_id', type: 'uuid' },
  { name: 'ship_to', type: 'jsonb' },
  { name: 'issued_by_id', type: 'uuid' },
  { name: 'issued_at', type: 'timestamptz' },
  { name: 'expires_at', type: 'timestamptz' },
];

/** Statuses a return holds once its label exists (the label-issued path and beyond). */
const LABELLED: ReadonlySet<ReturnStatus> = new Set([
  'LABEL_ISSUED',
  'IN_TRANSIT',
  'RECEIVED',
  'INSPECTED',
  'COMPLETED',
]);

/**
 * Where the labels module would address the parcel: one supplier's warehouse when every line is
 * that supplier's fault, else the seller's returns centre; null when no returns centre exists.
 */
export function labelLocation(
  locations: readonly LabelLocation[],
  lines: readonly ReturnedLine[],
): LabelLocation | null {
  const destination = chooseReturnDestination(lines);
  if (destination.kind === 'SUPPLIER_WAREHOUSE') {
    const warehouse = locations.find(
      (location) =>
        location.kind === 'SUPPLIER_WAREHOUSE' && location.supplierId === destination.supplierId,
    );
    if (warehouse !== undefined) return warehouse;
  }
  return locations.find((location) => location.kind === 'RETURNS_CENTRE') ?? null;
}

/** The report's payer, or the labels module's rule: the customer when every line is their fault. */
export function labelPayer(
  label: ReportLabel,
  lines: readonly ReturnedLine[],
): ReturnShippingPayer {
  return label.payer ?? returnShippingPayer(lines.map((line) => reasonFault(line.reasonCode)));
}

/** One `return_labels` row, issued when the report says the return was (its request date). */
export function labelValues(
  tx: TransactionContext,
  label: ReportLabel,
  returnId: string,
  currency: string,
  location: LabelLocation,
  payer: ReturnShippingPayer,
  issuedAt: Date,
): BulkValue[] {
  return [
    randomUUID(),
    returnId,
    label.carrier,
    label.trackingNumber,
    label.costMinor,
    currency,
    payer,
    location.id,
    JSON.stringify(location.address),
    tx.user.id,
    issuedAt,
    labelExpiresAt(issuedAt),
  ];
}

const RETURNED_LINES = `
  SELECT rl.reason_code AS "reasonCode", s.supplier_id AS "supplierId"
  FROM return_lines rl
  JOIN order_lines ol ON ol.id = rl.order_line_id
  JOIN skus s ON s.id = ol.sku_id
  WHERE rl.return_id = $1`;

/**
 * The label of a known return, after a changed row moved it: the label with the row's tracking
 * number takes the row's carrier, cost and payer; a return with no label yet gets one; a label
 * Rebound issued itself (another tracking number) is left alone. The caller has checked that no
 * other return holds the tracking number and that a returns centre exists.
 */
export async function ensureReportLabel(
  tx: TransactionContext,
  rma: { id: string; status: ReturnStatus; currency: string },
  label: ReportLabel,
  issuedAt: Date,
): Promise<void> {
  if (!LABELLED.has(rma.status)) return;
  const existing: { id: string; tracking_number: string }[] = await tx.manager.query(
    'SELECT id, tracking_number FROM return_labels WHERE return_id = $1',
    [rma.id],
  );
  const same = existing.find((row) => row.tracking_number === label.trackingNumber);
  if (same !== undefined) {
    await tx.manager.query(
      `UPDATE return_labels SET carrier = $2, cost_minor = $3, payer = coalesce($4, payer)
       WHERE id = $1 AND (carrier, cost_minor, payer) IS DISTINCT FROM ($2, $3::bigint, coalesce($4, payer))`,
      [same.id, label.carrier, label.costMinor, label.payer],
    );
    return;
  }
  if (existing.length > 0) return;
  const lines: ReturnedLine[] = await tx.manager.query(RETURNED_LINES, [rma.id]);
  const location = labelLocation(await lookUpLocations(tx.manager), lines);
  if (location === null) throw new Error('no returns centre to address the label to');
  const values = labelValues(
    tx,
    label,
    rma.id,
    rma.currency,
    location,
    labelPayer(label, lines),
    issuedAt,
  );
  await tx.manager.query(
    `INSERT INTO return_labels (${LABEL_COLUMNS.map((column) => column.name).join(', ')})
     VALUES (${LABEL_COLUMNS.map((column, index) => `$${index + 1}::${column.type}`).join(', ')})`,
    values.map((value) =>
      value === null ? null : value instanceof Date ? value.toISOString() : String(value),
    ),
  );
}
