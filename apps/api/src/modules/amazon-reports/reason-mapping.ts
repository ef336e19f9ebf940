import { REASON_CATALOGUE, REASON_CODES, isReasonCode, type ReasonCode } from '@rebound/domain';

/**
 * The code a provisional return line carries while its report reason is unmapped. SELLER fault:
 * the customer is charged no fee and no supplier is chased until someone reviews the row.
 */
export const UNMAPPED_REASON_PLACEHOLDER: ReasonCode = 'NOT_AS_DESCRIBED';

/** A reason text as mappings compare it: lower case, punctuation and spacing collapsed. */
export const foldReasonText = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Amazon's reason texts (the flat file) → catalogue code. */
const BY_AMAZON_TEXT = new Map<string, ReasonCode>(
  REASON_CODES.map((code) => [foldReasonText(REASON_CATALOGUE[code].amazonReason), code]),
);

/** FBA's reason codes that are not catalogue codes themselves → catalogue code. */
const FBA_CODES: Readonly<Record<string, ReasonCode>> = {
  UNWANTED_ITEM: 'NO_LONGER_NEEDED',
  NO_REASON_GIVEN: 'NO_LONGER_NEEDED',
  ORDERED_WRONG_ITEM: 'ACCIDENTAL_ORDER',
  FOUND_BETTER_PRICE: 'BETTER_PRICE',
  NOT_COMPATIBLE: 'PART_NOT_COMPATIBLE',
  APPAREL_TOO_SMALL: 'WRONG_SIZE_SMALL',
  APPAREL_TOO_LARGE: 'WRONG_SIZE_LARGE',
  QUALITY_UNACCEPTABLE: 'QUALITY_NOT_ADEQUATE',
  DAMAGED_BY_CARRIER: 'DAMAGED_IN_TRANSIT',
  MISSED_ESTIMATED_DELIVERY: 'MISSED_DELIVERY_DATE',
  SWITCHEROO: 'WRONG_ITEM',
};

/** How a report's reason maps onto the catalogue: a code, or null (flagged for review). */
export interface ReasonMapping {
  code: ReasonCode | null;
}

/**
 * Maps a report reason onto the catalogue: Amazon's published text (any case and punctuation),
 * a catalogue code, or an FBA code from the table above. Anything else is unmapped: the row is
 * still imported, and flagged for review, never guessed.
 * @example mapReportReason('Defective or does not work properly') // { code: 'DEFECTIVE' }
 * @example mapReportReason('CUSTOMER_DAMAGED') // { code: null }
 */
export function mapReportReason(text: string): ReasonMapping {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase().replace(/[\s-]+/g, '_');
  if (isReasonCode(upper)) return { code: upper };
  const fba = FBA_CODES[upper];
  if (fba !== undefined) return { code: fba };
  return { code: BY_AMAZON_TEXT.get(foldReasonText(trimmed)) ?? null };
}
