import type { CurrencyCode } from '../../money/currency';
import type { OrderLine } from '../../order/order-line';
import type { ReasonCode } from '../../reasons/reason-catalogue';
import { DEFAULT_RETURN_POLICY } from '../return-policy';
import {
  assessReturnless,
  checkReturnless,
  returnlessThreshold,
  type ReturnlessCandidate,
} from '../returnless';
import { failure, outcome, unwrap } from '../../__tests__/support/results';

const line = (unitPrice: number, tax = 0, quantity = 1): OrderLine => ({
  orderLineId: 'l1',
  unitPrice,
  quantity,
  tax,
  shipping: 0,
});

const candidate = (
  orderLine: OrderLine,
  reasonCode: ReasonCode = 'DEFECTIVE',
  units = 1,
): ReturnlessCandidate => ({
  orderLine,
  units,
  reasonCode,
});

describe('returnless threshold: 10.00 in the order currency by default', () => {
  test.each<[CurrencyCode, number]>([
    ['USD', 1000],
    ['JPY', 10],
    ['KWD', 10000],
  ])('%s: %i minor units', (currency, threshold) => {
    expect(returnlessThreshold(currency, DEFAULT_RETURN_POLICY)).toBe(threshold);
  });

  test('a policy may set its own threshold per currency', () => {
    const policy = { ...DEFAULT_RETURN_POLICY, returnlessThresholds: { JPY: 1500 } };
    expect(returnlessThreshold('JPY', policy)).toBe(1500);
    expect(returnlessThreshold('USD', policy)).toBe(1000);
  });
});

describe('a line may be refunded without coming back when cheap and not the customer’s fault', () => {
  test.each<[string, ReturnlessCandidate[], boolean]>([
    ['item value exactly at the threshold qualifies', [candidate(line(900, 100))], true],
    ['one cent above the threshold does not', [candidate(line(901, 100))], false],
    ['one cent below qualifies', [candidate(line(899, 100))], true],
    ['a customer-fault line never qualifies', [candidate(line(100), 'NO_LONGER_NEEDED')], false],
    ['a carrier-fault line qualifies', [candidate(line(500), 'DAMAGED_IN_TRANSIT')], true],
    [
      'the tax share counts, rounded half-up: 1 of 2 units, 1001 tax → 501',
      [candidate(line(499, 1001, 2))],
      true,
    ],
    [
      'every line must qualify',
      [candidate(line(500)), candidate({ ...line(5000), orderLineId: 'l2' })],
      false,
    ],
  ])('%s', (_rule, candidates, eligible) => {
    expect(unwrap(assessReturnless('USD', candidates)).eligible).toBe(eligible);
  });

  test('the tax share uses r / n: 1 of 2 units with 1001 tax values the item at 499 + 501', () => {
    expect(
      unwrap(assessReturnless('USD', [candidate(line(499, 1001, 2))])).lines[0]?.itemValue,
    ).toBe(1000);
  });

  test('JPY threshold is ¥10', () => {
    expect(unwrap(assessReturnless('JPY', [candidate(line(10))])).eligible).toBe(true);
    expect(unwrap(assessReturnless('JPY', [candidate(line(11))])).eligible).toBe(false);
  });

  test('a refused line says why', () => {
    const verdict = unwrap(assessReturnless('USD', [candidate(line(5000), 'BETTER_PRICE')]));
    expect(verdict.lines[0]?.refusals).toEqual(['ABOVE_THRESHOLD', 'CUSTOMER_FAULT']);
    expect(failure(checkReturnless(verdict))).toMatchObject({
      code: 'RETURNLESS_NOT_ELIGIBLE',
      details: { orderLineIds: ['l1'], refusals: ['ABOVE_THRESHOLD', 'CUSTOMER_FAULT'] },
    });
  });

  test('an eligible verdict passes the check', () => {
    expect(outcome(checkReturnless(unwrap(assessReturnless('USD', [candidate(line(500))]))))).toBe(
      'OK',
    );
  });

  test.each<[string, ReturnlessCandidate[], string]>([
    ['no lines', [], 'EMPTY_RETURN'],
    ['an invalid order line', [candidate(line(-1))], 'INVALID_AMOUNT'],
    ['more units than ordered', [candidate(line(100), 'DEFECTIVE', 2)], 'INVALID_QUANTITY'],
  ])('refuses %s', (_rule, candidates, code) => {
    expect(outcome(assessReturnless('USD', candidates))).toBe(code);
  });

  test('refuses an invalid policy', () => {
    const policy = { ...DEFAULT_RETURN_POLICY, timeZone: 'Nowhere/Land' };
    expect(outcome(assessReturnless('USD', [candidate(line(100))], policy))).toBe('INVALID_POLICY');
  });
});
