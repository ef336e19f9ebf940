import fc from 'fast-check';
import { allocate, allocateMoney } from '../allocate';
import { percentageHalfUp, shareHalfUp } from '../share';
import { outcome, unwrap } from '../../__tests__/support/results';

describe('shares are amount × r / n rounded half-up', () => {
  test.each([
    ['an exact half rounds up: 599 × 1/2 = 299.5 → 300', 599, 1, 2, 300],
    ['an even split stays exact: 598 × 1/2 = 299', 598, 1, 2, 299],
    ['1001 × 1/2 = 500.5 → 501', 1001, 1, 2, 501],
    ['below a half rounds down: 100 × 1/3 = 33.3 → 33', 100, 1, 3, 33],
    ['above a half rounds up: 100 × 2/3 = 66.7 → 67', 100, 2, 3, 67],
    ['the whole is the whole: r = n', 4999, 2, 2, 4999],
    ['zero stays zero', 0, 1, 2, 0],
    ['a negative half rounds away from zero', -599, 1, 2, -300],
    ['products past 2^53 stay exact', Number.MAX_SAFE_INTEGER, 3, 3, Number.MAX_SAFE_INTEGER],
  ])('%s', (_rule, amount, numerator, denominator, expected) => {
    expect(shareHalfUp(amount, numerator, denominator)).toBe(expected);
  });

  test.each([
    ['a zero denominator', 100, 1, 0],
    ['a float amount', 1.5, 1, 2],
    ['a result past the safe range', Number.MAX_SAFE_INTEGER, 2, 1],
  ])('%s is a programming error', (_rule, amount, numerator, denominator) => {
    expect(() => shareHalfUp(amount, numerator, denominator)).toThrow(RangeError);
  });

  test.each([
    ['20 % of 49.99 is 9.998 → 10.00', 4999, 20, 1000],
    ['50 % of 49.99 is 24.995 → 25.00', 4999, 50, 2500],
    ['0 % is nothing', 4999, 0, 0],
  ])('%s', (_rule, amount, percent, expected) => {
    expect(percentageHalfUp(amount, percent)).toBe(expected);
  });

  test('property: the share is within half a minor unit of the exact value, halves rounded up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (amount, denominator, rawNumerator) => {
          const numerator = rawNumerator % (denominator + 1);
          const share = BigInt(shareHalfUp(amount, numerator, denominator));
          const twiceError =
            2n * share * BigInt(denominator) - 2n * BigInt(amount) * BigInt(numerator);
          // −n < 2(share·n − a·r) ≤ n: within half, and an exact half goes up.
          expect(twiceError > -BigInt(denominator)).toBe(true);
          expect(twiceError <= BigInt(denominator)).toBe(true);
        },
      ),
    );
  });
});

describe('allocation by largest remainder', () => {
  test.each([
    ['100 in three equal parts gives the extra cent to the first', 100, [1, 1, 1], [34, 33, 33]],
    ['the largest remainder gets the leftover cent', 100, [1, 2], [33, 67]],
    ['remainders in any order are ranked', 100, [2, 1, 3, 1], [29, 14, 43, 14]],
    ['exact ratios need no leftover', 10, [3, 3, 4], [3, 3, 4]],
    ['a zero weight gets nothing', 5, [0, 1], [0, 5]],
    ['zero splits into zeros', 0, [1, 2], [0, 0]],
    ['a negative amount splits as its magnitude, negated', -100, [1, 1, 1], [-34, -33, -33]],
    ['one cent over two equal parts goes to the first', 1, [1, 1], [1, 0]],
  ])('%s', (_rule, amount, weights, expected) => {
    expect(unwrap(allocate(amount, weights))).toEqual(expected);
  });

  test.each([
    ['a float amount', 1.5, [1], 'INVALID_AMOUNT'],
    ['no weights', 1, [], 'INVALID_ALLOCATION'],
    ['a negative weight', 1, [-1, 2], 'INVALID_ALLOCATION'],
    ['a fractional weight', 1, [0.5, 1], 'INVALID_ALLOCATION'],
    ['only zero weights', 1, [0, 0], 'INVALID_ALLOCATION'],
  ])('refuses %s', (_rule, amount, weights, code) => {
    expect(outcome(allocate(amount, weights))).toBe(code);
  });

  test('allocating money keeps the currency (JPY has no cents to spare)', () => {
    expect(unwrap(allocateMoney({ amount: 1000, currency: 'JPY' }, [2, 1]))).toEqual([
      { amount: 667, currency: 'JPY' },
      { amount: 333, currency: 'JPY' },
    ]);
    expect(outcome(allocateMoney({ amount: 1000, currency: 'JPY' }, []))).toBe(
      'INVALID_ALLOCATION',
    );
  });

  test('property: the parts always sum exactly to the whole, each within one unit of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        (amount, rawWeights) => {
          const weights = rawWeights.every((w) => w === 0) ? [...rawWeights, 1] : rawWeights;
          const parts = unwrap(allocate(amount, weights));
          const totalWeight = BigInt(weights.reduce((a, b) => a + b, 0));
          expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
          parts.forEach((part, index) => {
            // |part − amount × w / W| < 1, checked exactly as |part × W − amount × w| < W.
            const gap = BigInt(part) * totalWeight - BigInt(amount) * BigInt(weights[index] ?? 0);
            expect(gap < totalWeight && -gap < totalWeight).toBe(true);
          });
        },
      ),
    );
  });
});
