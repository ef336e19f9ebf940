import { isUUID } from 'class-validator';
import { AppError, notFound } from '../../common/errors/app-error';
import type { RequestContext } from '../../context';
import { ReturnEntity } from '../returns/return.entity';
import type { CarrierScanType } from './carrier-scan.type';
import { asCarrier, asScanEvent, toReturnLabelType } from './label-views';
import { ReturnLabelEntity } from './return-label.entity';
import type { ReturnLabelType } from './return-label.type';

interface ScanRow {
  id: string;
  labelId: string;
  carrier: string;
  trackingNumber: string;
  event: string;
  location: string | null;
  scannedAt: Date;
}

const SCANS_OF_RETURN = `
  SELECT s.id, s.label_id AS "labelId", l.carrier, l.tracking_number AS "trackingNumber",
         s.event, s.location, s.scanned_at AS "scannedAt"
  FROM carrier_scans s
  JOIN return_labels l ON l.id = s.label_id
  WHERE l.return_id = $1
  ORDER BY s.scanned_at DESC, s.id`;

/** Refuses an id that is not a UUID, and a return that does not exist. */
async function requireReturn(ctx: RequestContext, returnId: string): Promise<void> {
  if (!isUUID(returnId)) {
    throw new AppError('BAD_USER_INPUT', 'returnId must be an ID', {
      fields: [{ path: 'returnId', problems: ['must be an ID'] }],
    });
  }
  if (!(await ctx.dataSource.manager.existsBy(ReturnEntity, { id: returnId })))
    throw notFound('Return', returnId);
}

/** The labels issued for a return, newest first. */
export async function listReturnLabels(
  ctx: RequestContext,
  returnId: string,
): Promise<ReturnLabelType[]> {
  await requireReturn(ctx, returnId);
  const labels = await ctx.dataSource.manager.find(ReturnLabelEntity, {
    where: { returnId },
    order: { issuedAt: 'DESC', id: 'ASC' },
  });
  return labels.map(toReturnLabelType);
}

/** Every carrier scan of a return's labels, newest first. */
export async function listCarrierScans(
  ctx: RequestContext,
  returnId: string,
): Promise<CarrierScanType[]> {
  await requireReturn(ctx, returnId);
  const rows: ScanRow[] = await ctx.dataSource.query(SCANS_OF_RETURN, [returnId]);
  return rows.map((row) => ({
    ...row,
    carrier: asCarrier(row.carrier),
    event: asScanEvent(row.event),
    scannedAt: new Date(row.scannedAt),
  }));
}
