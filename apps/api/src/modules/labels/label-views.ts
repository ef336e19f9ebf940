import { AppError } from '../../common/errors/app-error';
import {
  CARRIER_SCAN_EVENTS,
  CARRIER_SERVICES,
  CARRIERS,
  type Carrier,
  type CarrierScanEvent,
} from './carrier';
import type { ReturnLabelEntity } from './return-label.entity';
import type { ReturnLabelType } from './return-label.type';

/** Narrows a stored carrier; anything else is corrupt data, not a client mistake. */
export function asCarrier(value: string): Carrier {
  const found = CARRIERS.find((carrier) => carrier === value);
  if (found === undefined)
    throw new AppError('INTERNAL_SERVER_ERROR', `Unknown carrier ${value} on a stored label`);
  return found;
}

/** Narrows a stored scan event. */
export function asScanEvent(value: string): CarrierScanEvent {
  const found = CARRIER_SCAN_EVENTS.find((event) => event === value);
  if (found === undefined)
    throw new AppError('INTERNAL_SERVER_ERROR', `Unknown carrier scan event ${value}`);
  return found;
}

/** Where a label's PDF is served (see label-download.route.ts). */
export const labelDownloadUrl = (labelId: string): string => `/labels/${labelId}.pdf`;

/** A stored label as the API shows it. */
export function toReturnLabelType(label: ReturnLabelEntity): ReturnLabelType {
  const carrier = asCarrier(label.carrier);
  return {
    id: label.id,
    returnId: label.returnId,
    carrier,
    service: CARRIER_SERVICES[carrier],
    trackingNumber: label.trackingNumber,
    cost: { amount: label.costMinor, currency: label.currency },
    payer: label.payer,
    shipTo: { ...label.shipTo },
    issuedAt: label.issuedAt,
    expiresAt: label.expiresAt,
    downloadUrl: labelDownloadUrl(label.id),
  };
}
