import { AppError } from '../../common/errors/app-error';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { transitionReturn } from '../returns/return-transition';
import { CarrierScanEntity } from './carrier-scan.entity';
import type { CarrierScanType } from './carrier-scan.type';
import { asCarrier, asScanEvent } from './label-views';
import { lockReturn } from './lock-return';
import type { RecordCarrierScanInput, RecordCarrierScanPayload } from './record-carrier-scan.types';
import { ReturnLabelEntity } from './return-label.entity';

/** Stores a scan once: the same label, event and instant is the same scan (a carrier retry). */
const INSERT_SCAN_ONCE = `
  INSERT INTO carrier_scans (label_id, event, location, scanned_at)
  VALUES ($1, $2, $3, $4)
  ON CONFLICT ON CONSTRAINT carrier_scans_label_event_key DO NOTHING
  RETURNING id`;

function toScanType(scan: CarrierScanEntity, label: ReturnLabelEntity): CarrierScanType {
  return {
    id: scan.id,
    labelId: label.id,
    carrier: asCarrier(label.carrier),
    trackingNumber: label.trackingNumber,
    event: asScanEvent(scan.event),
    location: scan.location,
    scannedAt: scan.scannedAt,
  };
}

/**
 * Records a carrier tracking event. The first scan of a LABEL_ISSUED return puts it IN_TRANSIT;
 * later scans only add to the tracking history; a repeated scan changes nothing and answers
 * with the scan stored first.
 */
export async function recordCarrierScan(
  tx: TransactionContext,
  input: RecordCarrierScanInput,
): Promise<MutationOutcome<RecordCarrierScanPayload>> {
  const trackingNumber = input.trackingNumber.trim();
  const label = await tx.manager.findOneBy(ReturnLabelEntity, { trackingNumber });
  if (label === null) {
    throw new AppError('NOT_FOUND', `No return label has tracking number ${trackingNumber}`, {
      trackingNumber,
    });
  }
  const rma = await lockReturn(tx, label.returnId);
  const inserted: { id: string }[] = await tx.manager.query(INSERT_SCAN_ONCE, [
    label.id,
    input.event,
    input.location?.trim() ?? null,
    input.scannedAt,
  ]);
  const scan = await tx.manager.findOneByOrFail(CarrierScanEntity, {
    labelId: label.id,
    event: input.event,
    scannedAt: input.scannedAt,
  });
  const isNew = inserted.length > 0;
  const after =
    isNew && rma.status === 'LABEL_ISSUED'
      ? await transitionReturn(
          tx,
          rma,
          'scan',
          {},
          {
            carrier: label.carrier,
            trackingNumber,
            event: input.event,
            scannedAt: input.scannedAt.toISOString(),
            location: scan.location,
          },
        )
      : rma;
  return {
    result: { scan: toScanType(scan, label), returnStatus: after.status },
    targetId: rma.id,
    before: { status: rma.status },
    after: { status: after.status, scanId: scan.id, event: scan.event, repeated: !isNew },
  };
}
