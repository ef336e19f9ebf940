import type { Fault } from './fault';

/** The 22 return reasons Amazon publishes, as Rebound's reason codes. */
export const REASON_CODES = [
  'ACCIDENTAL_ORDER',
  'BETTER_PRICE',
  'NO_LONGER_NEEDED',
  'PART_NOT_COMPATIBLE',
  'EXCESSIVE_INSTALLATION',
  'WRONG_SIZE_SMALL',
  'WRONG_SIZE_LARGE',
  'QUALITY_NOT_ADEQUATE',
  'DEFECTIVE',
  'DEAD_BATTERY',
  'MISSING_PARTS',
  'MISSING_PAPERWORK',
  'WRONG_ITEM',
  'EXTRA_ITEM',
  'DAMAGED_PACKAGING',
  'UNACCEPTABLE_CONDITION',
  'MISSING_CERTIFICATION',
  'NOT_AS_DESCRIBED',
  'INCOMPATIBLE_USE',
  'UNAUTHORIZED_PURCHASE',
  'DAMAGED_IN_TRANSIT',
  'MISSED_DELIVERY_DATE',
] as const;

/** One of {@link REASON_CODES}. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** A catalogue entry: Amazon's wording, the fault, and whether the customer pays. */
export interface Reason {
  readonly code: ReasonCode;
  readonly amazonReason: string;
  readonly fault: Fault;
  /** True when Amazon charges the customer for this reason (every CUSTOMER-fault reason). */
  readonly customerPays: boolean;
}

const entry = (code: ReasonCode, amazonReason: string, fault: Fault): Reason => ({
  code,
  amazonReason,
  fault,
  customerPays: fault === 'CUSTOMER',
});

/** The reason catalogue, keyed by code (DESIGN §2 "Reasons, fault and who pays"). */
export const REASON_CATALOGUE: Readonly<Record<ReasonCode, Reason>> = Object.freeze({
  ACCIDENTAL_ORDER: entry('ACCIDENTAL_ORDER', 'Accidental order', 'CUSTOMER'),
  BETTER_PRICE: entry('BETTER_PRICE', 'Better price available', 'CUSTOMER'),
  NO_LONGER_NEEDED: entry('NO_LONGER_NEEDED', 'No longer needed or wanted', 'CUSTOMER'),
  PART_NOT_COMPATIBLE: entry(
    'PART_NOT_COMPATIBLE',
    'Part not compatible with existing system',
    'CUSTOMER',
  ),
  EXCESSIVE_INSTALLATION: entry(
    'EXCESSIVE_INSTALLATION',
    'Excessive installation / did not install',
    'CUSTOMER',
  ),
  WRONG_SIZE_SMALL: entry('WRONG_SIZE_SMALL', 'Wrong size: too small/short', 'CUSTOMER'),
  WRONG_SIZE_LARGE: entry('WRONG_SIZE_LARGE', 'Wrong size: too large/long', 'CUSTOMER'),
  QUALITY_NOT_ADEQUATE: entry(
    'QUALITY_NOT_ADEQUATE',
    'Performance or quality not adequate',
    'SUPPLIER',
  ),
  DEFECTIVE: entry('DEFECTIVE', 'Defective or does not work properly', 'SUPPLIER'),
  DEAD_BATTERY: entry('DEAD_BATTERY', 'Dead battery / does not work', 'SUPPLIER'),
  MISSING_PARTS: entry('MISSING_PARTS', 'Missing parts or accessories', 'SUPPLIER'),
  MISSING_PAPERWORK: entry('MISSING_PAPERWORK', 'Missing paperwork/manual/warranty', 'SUPPLIER'),
  WRONG_ITEM: entry('WRONG_ITEM', 'Wrong item sent', 'SUPPLIER'),
  EXTRA_ITEM: entry('EXTRA_ITEM', 'Arrived in addition to what was ordered', 'SUPPLIER'),
  DAMAGED_PACKAGING: entry(
    'DAMAGED_PACKAGING',
    'Damaged due to inappropriate packaging',
    'SUPPLIER',
  ),
  UNACCEPTABLE_CONDITION: entry(
    'UNACCEPTABLE_CONDITION',
    'Tarnished / unacceptable condition',
    'SUPPLIER',
  ),
  MISSING_CERTIFICATION: entry(
    'MISSING_CERTIFICATION',
    'Missing promised certification',
    'SUPPLIER',
  ),
  NOT_AS_DESCRIBED: entry('NOT_AS_DESCRIBED', 'Description on website was not accurate', 'SELLER'),
  INCOMPATIBLE_USE: entry(
    'INCOMPATIBLE_USE',
    'Incompatible or not useful for intended purpose',
    'SELLER',
  ),
  UNAUTHORIZED_PURCHASE: entry('UNAUTHORIZED_PURCHASE', 'Unauthorized purchase', 'SELLER'),
  DAMAGED_IN_TRANSIT: entry('DAMAGED_IN_TRANSIT', 'Damaged during shipping', 'CARRIER'),
  MISSED_DELIVERY_DATE: entry('MISSED_DELIVERY_DATE', 'Missed estimated delivery date', 'CARRIER'),
});

/**
 * The fault a reason code claims (before inspection re-assesses it).
 * @example reasonFault('NO_LONGER_NEEDED') // 'CUSTOMER'; reasonFault('DEFECTIVE') // 'SUPPLIER'
 */
export function reasonFault(code: ReasonCode): Fault {
  return REASON_CATALOGUE[code].fault;
}

/** Tells whether a string is one of the 22 {@link REASON_CODES}. */
export function isReasonCode(value: string): value is ReasonCode {
  return Object.prototype.hasOwnProperty.call(REASON_CATALOGUE, value);
}
