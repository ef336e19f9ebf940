import {
  DECLINE_REASON_CODES,
  DECLINE_REASON_LABELS,
  declineReasonLabel,
} from '../decline-reasons';
import { FAULTS, type Fault } from '../fault';
import {
  isReasonCode,
  REASON_CATALOGUE,
  REASON_CODES,
  reasonFault,
  type ReasonCode,
} from '../reason-catalogue';
import { returnShippingPayer } from '../return-shipping-payer';

describe('the reason catalogue follows DESIGN §2', () => {
  test.each<[ReasonCode, string, Fault]>([
    ['ACCIDENTAL_ORDER', 'Accidental order', 'CUSTOMER'],
    ['BETTER_PRICE', 'Better price available', 'CUSTOMER'],
    ['NO_LONGER_NEEDED', 'No longer needed or wanted', 'CUSTOMER'],
    ['PART_NOT_COMPATIBLE', 'Part not compatible with existing system', 'CUSTOMER'],
    ['EXCESSIVE_INSTALLATION', 'Excessive installation / did not install', 'CUSTOMER'],
    ['WRONG_SIZE_SMALL', 'Wrong size: too small/short', 'CUSTOMER'],
    ['WRONG_SIZE_LARGE', 'Wrong size: too large/long', 'CUSTOMER'],
    ['QUALITY_NOT_ADEQUATE', 'Performance or quality not adequate', 'SUPPLIER'],
    ['DEFECTIVE', 'Defective or does not work properly', 'SUPPLIER'],
    ['DEAD_BATTERY', 'Dead battery / does not work', 'SUPPLIER'],
    ['MISSING_PARTS', 'Missing parts or accessories', 'SUPPLIER'],
    ['MISSING_PAPERWORK', 'Missing paperwork/manual/warranty', 'SUPPLIER'],
    ['WRONG_ITEM', 'Wrong item sent', 'SUPPLIER'],
    ['EXTRA_ITEM', 'Arrived in addition to what was ordered', 'SUPPLIER'],
    ['DAMAGED_PACKAGING', 'Damaged due to inappropriate packaging', 'SUPPLIER'],
    ['UNACCEPTABLE_CONDITION', 'Tarnished / unacceptable condition', 'SUPPLIER'],
    ['MISSING_CERTIFICATION', 'Missing promised certification', 'SUPPLIER'],
    ['NOT_AS_DESCRIBED', 'Description on website was not accurate', 'SELLER'],
    ['INCOMPATIBLE_USE', 'Incompatible or not useful for intended purpose', 'SELLER'],
    ['UNAUTHORIZED_PURCHASE', 'Unauthorized purchase', 'SELLER'],
    ['DAMAGED_IN_TRANSIT', 'Damaged during shipping', 'CARRIER'],
    ['MISSED_DELIVERY_DATE', 'Missed estimated delivery date', 'CARRIER'],
  ])('%s ("%s") is %s fault', (code, amazonReason, fault) => {
    expect(REASON_CATALOGUE[code]).toEqual({
      code,
      amazonReason,
      fault,
      customerPays: fault === 'CUSTOMER',
    });
    expect(reasonFault(code)).toBe(fault);
  });

  test('there are exactly Amazon’s 22 reasons, each catalogued', () => {
    expect(REASON_CODES).toHaveLength(22);
    expect(Object.keys(REASON_CATALOGUE).sort()).toEqual([...REASON_CODES].sort());
  });

  test('every fault is one of CUSTOMER, SELLER, SUPPLIER, CARRIER', () => {
    expect(FAULTS).toEqual(['CUSTOMER', 'SELLER', 'SUPPLIER', 'CARRIER']);
  });

  test.each([
    ['a catalogued code', 'DEFECTIVE', true],
    ['an unknown code', 'CHANGED_MIND', false],
    ['an object property name', 'constructor', false],
  ])('isReasonCode recognises %s', (_rule, value, expected) => {
    expect(isReasonCode(value)).toBe(expected);
  });
});

describe('who pays return shipping', () => {
  test.each<[string, Fault[], string]>([
    ['the customer, when every line is their fault', ['CUSTOMER', 'CUSTOMER'], 'CUSTOMER'],
    ['the seller, when one line is supplier fault', ['CUSTOMER', 'SUPPLIER'], 'SELLER'],
    ['the seller, for a carrier-fault return', ['CARRIER'], 'SELLER'],
    ['the seller, for a seller-fault return', ['SELLER'], 'SELLER'],
    ['the seller, when there is no line to blame the customer for', [], 'SELLER'],
  ])('%s', (_rule, faults, payer) => {
    expect(returnShippingPayer(faults)).toBe(payer);
  });
});

describe('decline reasons', () => {
  test.each([
    'RETURN_WINDOW_EXPIRED',
    'NOT_AUTHORIZED',
    'ITEM_NOT_RETURNED_IN_ORIGINAL_CONDITION',
    'EXCESSIVE_RETURNS',
    'ITEM_NOT_ELIGIBLE',
    'DUPLICATE_REQUEST',
    'OTHER',
  ])('support can decline with %s', (code) => {
    expect(DECLINE_REASON_CODES).toContain(code);
  });

  test.each(DECLINE_REASON_CODES)('%s has a label for the customer', (code) => {
    expect(declineReasonLabel(code)).toBe(DECLINE_REASON_LABELS[code]);
    expect(declineReasonLabel(code).length).toBeGreaterThan(10);
  });
});
