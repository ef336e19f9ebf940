import type { ReturnShippingPayer } from '@rebound/domain';
import type { DataSource } from 'typeorm';
import { CARRIER_SERVICES } from './carrier';
import { asCarrier } from './label-views';
import type { LabelPrintData } from './render-label-pdf';
import type { LabelAddress } from './return-label.entity';

interface PrintRow {
  carrier: string;
  trackingNumber: string;
  costMinor: number;
  currency: string;
  payer: ReturnShippingPayer;
  shipTo: LabelAddress;
  issuedAt: Date;
  expiresAt: Date;
  rmaNumber: string;
  orderNumber: string;
  channel: string;
  customerName: string;
}

const PRINT_DATA = `
  SELECT l.carrier, l.tracking_number AS "trackingNumber", l.cost_minor AS "costMinor", l.currency,
         l.payer, l.ship_to AS "shipTo", l.issued_at AS "issuedAt", l.expires_at AS "expiresAt",
         r.rma_number AS "rmaNumber", o.external_id AS "orderNumber", o.channel,
         c.name AS "customerName"
  FROM return_labels l
  JOIN returns r ON r.id = l.return_id
  JOIN orders o ON o.id = r.order_id
  JOIN customers c ON c.id = o.customer_id
  WHERE l.id = $1`;

/** What a label prints, read in one query; null when there is no such label. */
export async function loadLabelPrintData(
  dataSource: DataSource,
  labelId: string,
): Promise<LabelPrintData | null> {
  const rows: PrintRow[] = await dataSource.query(PRINT_DATA, [labelId]);
  const row = rows[0];
  if (row === undefined) return null;
  return {
    ...row,
    service: CARRIER_SERVICES[asCarrier(row.carrier)],
    currency: row.currency.trim(),
    issuedAt: new Date(row.issuedAt),
    expiresAt: new Date(row.expiresAt),
  };
}
