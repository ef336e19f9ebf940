import { randomInt } from 'node:crypto';

/** Carriers Rebound issues prepaid return labels with. */
export const CARRIERS = ['UPS', 'USPS', 'FEDEX'] as const;

/** One of {@link CARRIERS}. */
export type Carrier = (typeof CARRIERS)[number];

/** What a carrier reports when it scans a parcel. */
export const CARRIER_SCAN_EVENTS = [
  'PICKED_UP',
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'DELIVERED',
  'EXCEPTION',
] as const;

/** One of {@link CARRIER_SCAN_EVENTS}. */
export type CarrierScanEvent = (typeof CARRIER_SCAN_EVENTS)[number];

/** The return service printed on the label. */
export const CARRIER_SERVICES: Readonly<Record<Carrier, string>> = {
  UPS: 'UPS Ground Returns',
  USPS: 'USPS Ground Advantage Return',
  FEDEX: 'FedEx Ground Return',
};

/**
 * The seller's negotiated price of one return label, in minor units per order currency. A
 * currency missing here has no list price: support then states the cost explicitly.
 */
export const LABEL_LIST_PRICES: Readonly<
  Record<Carrier, Readonly<Partial<Record<string, number>>>>
> = {
  UPS: { USD: 650, CAD: 895, EUR: 690, GBP: 595 },
  USPS: { USD: 495 },
  FEDEX: { USD: 725, CAD: 950 },
};

/** The list price of a label, or null when the carrier has none in that currency. */
export function labelListPrice(carrier: Carrier, currency: string): number | null {
  return LABEL_LIST_PRICES[carrier][currency] ?? null;
}

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';

function randomCharacters(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet.charAt(randomInt(alphabet.length));
  return out;
}

/**
 * A new tracking number in the carrier's own format, from a cryptographic random source:
 * UPS `1Z` + 16 alphanumerics, USPS `92` + 20 digits, FedEx 12 digits.
 */
export function newTrackingNumber(carrier: Carrier): string {
  switch (carrier) {
    case 'UPS':
      return `1Z${randomCharacters(ALPHANUMERIC, 16)}`;
    case 'USPS':
      return `92${randomCharacters(DIGITS, 20)}`;
    case 'FEDEX':
      return randomCharacters(DIGITS, 12);
  }
}
