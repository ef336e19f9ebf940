import { calculateRefund } from '../calculate-refund';
import { restockingFeePercent } from '../price-returned-line';
import { DEFAULT_REFUND_POLICY, validateRefundPolicy, type RefundPolicy } from '../refund-policy';
import type { RefundCalculationInput } from '../refund-types';
import { checkWithinRemaining } from '../settle-refund';
import type { Fault } from '../../reasons/fault';
import type { InspectionGrade } from '../../disposition/inspection-grade';
import {
  customerReceipt,
  GADGET,
  prepaidLabel,
  refundInput,
  returned,
} from '../../__tests__/support/refund-fixtures';
import { outcome } from '../../__tests__/support/results';

describe('the calculator refuses bad input with typed errors', () => {
  test.each<[string, Partial<RefundCalculationInput>, string]>([
    ['a valid input', {}, 'OK'],
    [
      'an order line with a float price',
      { order: { currency: 'USD', lines: [{ ...GADGET, unitPrice: 49.99 }] } },
      'INVALID_AMOUNT',
    ],
    ['a return without lines', { lines: [] }, 'EMPTY_RETURN'],
    [
      'a line of another order',
      { lines: [returned({ orderLineId: 'elsewhere' })] },
      'ORDER_LINE_NOT_IN_ORDER',
    ],
    ['the same order line twice', { lines: [returned(), returned()] }, 'DUPLICATE_RETURN_LINE'],
    ['more units than ordered', { lines: [returned({ units: 3 })] }, 'INVALID_QUANTITY'],
    ['zero units', { lines: [returned({ units: 0 })] }, 'INVALID_QUANTITY'],
    ['a label paid in another currency', { label: prepaidLabel(650, 'EUR') }, 'CURRENCY_MISMATCH'],
    ['a receipt in another currency', { label: customerReceipt(700, 'CAD') }, 'CURRENCY_MISMATCH'],
    ['a negative label cost', { label: prepaidLabel(-650) }, 'INVALID_AMOUNT'],
    ['a float receipt', { label: customerReceipt(6.5) }, 'INVALID_AMOUNT'],
    [
      'a prior refund for a line of another order',
      { alreadyRefunded: [{ orderLineId: 'elsewhere', amount: 1 }] },
      'ORDER_LINE_NOT_IN_ORDER',
    ],
    [
      'a negative prior refund',
      { alreadyRefunded: [{ orderLineId: 'gadget', amount: -1 }] },
      'INVALID_AMOUNT',
    ],
    [
      'a float prior refund',
      { alreadyRefunded: [{ orderLineId: 'gadget', amount: 0.5 }] },
      'INVALID_AMOUNT',
    ],
  ])('%s', (_rule, change, expected) => {
    expect(outcome(calculateRefund(refundInput(change)))).toBe(expected);
  });

  test('an invalid policy is refused', () => {
    const policy: RefundPolicy = { ...DEFAULT_REFUND_POLICY, lateOverrideMinimumFeePercent: 120 };
    expect(outcome(calculateRefund(refundInput(), policy))).toBe('INVALID_POLICY');
  });
});

describe('refund policy settings', () => {
  test.each<[string, RefundPolicy, string]>([
    ['the defaults', DEFAULT_REFUND_POLICY, 'OK'],
    [
      'a grade fee above 100 %',
      {
        ...DEFAULT_REFUND_POLICY,
        restockingFeePercent: { ...DEFAULT_REFUND_POLICY.restockingFeePercent, OPENED: 101 },
      },
      'INVALID_POLICY',
    ],
    [
      'a fractional grade fee',
      {
        ...DEFAULT_REFUND_POLICY,
        restockingFeePercent: { ...DEFAULT_REFUND_POLICY.restockingFeePercent, NEW: 12.5 },
      },
      'INVALID_POLICY',
    ],
    [
      'a negative late fee',
      { ...DEFAULT_REFUND_POLICY, lateOverrideMinimumFeePercent: -1 },
      'INVALID_POLICY',
    ],
  ])('%s', (_rule, policy, expected) => {
    expect(outcome(validateRefundPolicy(policy))).toBe(expected);
  });

  test.each<[Fault, InspectionGrade | null, boolean, number]>([
    ['CUSTOMER', 'NEW', false, 0],
    ['CUSTOMER', 'LIKE_NEW', false, 0],
    ['CUSTOMER', 'OPENED', false, 20],
    ['CUSTOMER', 'DAMAGED_BY_CUSTOMER', false, 50],
    ['CUSTOMER', 'NEW', true, 20],
    ['CUSTOMER', 'DAMAGED_BY_CUSTOMER', true, 50],
    ['CUSTOMER', null, false, 0],
    ['CUSTOMER', null, true, 20],
    ['SUPPLIER', 'DAMAGED_BY_CUSTOMER', true, 0],
    ['CARRIER', 'OPENED', false, 0],
    ['SELLER', 'OPENED', true, 0],
  ])('restocking fee for %s fault, grade %s, late %s: %i %%', (fault, grade, late, percent) => {
    expect(restockingFeePercent(fault, grade, late, DEFAULT_REFUND_POLICY)).toBe(percent);
  });
});

describe('an edited refund amount may not exceed what remains', () => {
  test.each([
    ['the remaining amount itself is fine', 4349, 'OK'],
    ['zero is fine', 0, 'OK'],
    ['one cent more is refused', 4350, 'REFUND_EXCEEDS_REMAINING'],
    ['a negative amount is refused', -1, 'INVALID_AMOUNT'],
    ['a float is refused', 43.49, 'INVALID_AMOUNT'],
  ])('%s', (_rule, amount, expected) => {
    expect(outcome(checkWithinRemaining(amount, 4349))).toBe(expected);
  });
});
