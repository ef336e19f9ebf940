import type { Fault } from '../../reasons/fault';
import type { ReasonCode } from '../../reasons/reason-catalogue';
import {
  chooseDisposition,
  defaultDisposition,
  stockMovementFor,
  type Disposition,
} from '../disposition';
import { inspectedFault } from '../inspected-fault';
import { isHeldGrade, type InspectionGrade } from '../inspection-grade';
import { outcome, unwrap } from '../../__tests__/support/results';

describe('default disposition by grade and fault', () => {
  test.each<[string, InspectionGrade, Fault, Disposition]>([
    ['NEW is restocked as sellable', 'NEW', 'CUSTOMER', 'RESTOCK'],
    ['LIKE_NEW is restocked as sellable', 'LIKE_NEW', 'SUPPLIER', 'RESTOCK'],
    ['OPENED is refurbished (quarantine)', 'OPENED', 'CUSTOMER', 'REFURBISH'],
    [
      'DEFECTIVE with supplier fault goes back to the supplier',
      'DEFECTIVE',
      'SUPPLIER',
      'RETURN_TO_SUPPLIER',
    ],
    ['DEFECTIVE with carrier fault is disposed of', 'DEFECTIVE', 'CARRIER', 'DISPOSE'],
    ['DEFECTIVE with customer fault is disposed of', 'DEFECTIVE', 'CUSTOMER', 'DISPOSE'],
    ['DAMAGED_BY_CUSTOMER is disposed of', 'DAMAGED_BY_CUSTOMER', 'CUSTOMER', 'DISPOSE'],
    ['WRONG_ITEM_RETURNED is held for support', 'WRONG_ITEM_RETURNED', 'CUSTOMER', 'HOLD'],
    ['MISSING is held for support', 'MISSING', 'SUPPLIER', 'HOLD'],
  ])('%s', (_rule, grade, fault, disposition) => {
    expect(defaultDisposition(grade, fault)).toBe(disposition);
  });
});

describe('inspector overrides', () => {
  test.each<[string, InspectionGrade, Fault, Disposition | null, string]>([
    ['no override keeps the default', 'OPENED', 'CUSTOMER', null, 'REFURBISH'],
    ['an override equal to the default is fine', 'NEW', 'CUSTOMER', 'RESTOCK', 'RESTOCK'],
    [
      'an opened item in perfect shape may be restocked',
      'OPENED',
      'CUSTOMER',
      'RESTOCK',
      'RESTOCK',
    ],
    ['a defective item may be disposed of instead', 'DEFECTIVE', 'SUPPLIER', 'DISPOSE', 'DISPOSE'],
    [
      'a missing item cannot be restocked',
      'MISSING',
      'SUPPLIER',
      'RESTOCK',
      'DISPOSITION_OVERRIDE_NOT_ALLOWED',
    ],
    [
      'a wrong item cannot be disposed of',
      'WRONG_ITEM_RETURNED',
      'CUSTOMER',
      'DISPOSE',
      'DISPOSITION_OVERRIDE_NOT_ALLOWED',
    ],
    [
      'a present item cannot be put on hold',
      'NEW',
      'CUSTOMER',
      'HOLD',
      'DISPOSITION_OVERRIDE_NOT_ALLOWED',
    ],
  ])('%s', (_rule, grade, fault, override, expected) => {
    const result = chooseDisposition({ grade, fault, override });
    expect(result.ok ? result.value : outcome(result)).toBe(expected);
  });
});

describe('stock movements booked by a disposition', () => {
  test.each<[Disposition, string | null]>([
    ['RESTOCK', 'RETURN_RESTOCK'],
    ['REFURBISH', 'RETURN_QUARANTINE'],
    ['RETURN_TO_SUPPLIER', 'RETURN_TO_SUPPLIER'],
    ['DISPOSE', 'WRITE_OFF'],
    ['HOLD', null],
  ])('%s books %s', (disposition, movement) => {
    expect(stockMovementFor(disposition)).toBe(movement);
  });
});

describe('inspection re-assesses fault', () => {
  test.each<[string, ReasonCode, InspectionGrade | null, Fault | null, Fault]>([
    [
      'a DEFECTIVE claim found DAMAGED_BY_CUSTOMER becomes CUSTOMER fault',
      'DEFECTIVE',
      'DAMAGED_BY_CUSTOMER',
      null,
      'CUSTOMER',
    ],
    [
      'a DEFECTIVE claim confirmed stays SUPPLIER fault',
      'DEFECTIVE',
      'DEFECTIVE',
      null,
      'SUPPLIER',
    ],
    ['an uninspected line keeps its reason’s fault', 'DAMAGED_IN_TRANSIT', null, null, 'CARRIER'],
    [
      'the inspector’s explicit fault wins',
      'NO_LONGER_NEEDED',
      'DEFECTIVE',
      'SUPPLIER',
      'SUPPLIER',
    ],
    [
      'an explicit fault wins even over damage',
      'DEFECTIVE',
      'DAMAGED_BY_CUSTOMER',
      'CARRIER',
      'CARRIER',
    ],
  ])('%s', (_rule, reasonCode, grade, faultOverride, expected) => {
    expect(inspectedFault({ reasonCode, grade, faultOverride })).toBe(expected);
  });

  test.each<[InspectionGrade | null, boolean]>([
    ['WRONG_ITEM_RETURNED', true],
    ['MISSING', true],
    ['DEFECTIVE', false],
    [null, false],
  ])('%s holds the line: %s', (grade, held) => {
    expect(isHeldGrade(grade)).toBe(held);
  });

  test('unwrap helper surfaces a success', () => {
    expect(unwrap(chooseDisposition({ grade: 'NEW', fault: 'CUSTOMER', override: null }))).toBe(
      'RESTOCK',
    );
  });
});
