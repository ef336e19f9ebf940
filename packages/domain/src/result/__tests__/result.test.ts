import { DOMAIN_ERROR_CODES, isDomainErrorCode } from '../domain-error';
import { collect, err, ok } from '../result';

describe('Result', () => {
  test('ok wraps a value as a success', () => {
    expect(ok(42)).toEqual({ ok: true, value: 42 });
  });

  test('err carries a stable code, a message and details (empty by default)', () => {
    expect(err('FORBIDDEN', 'No')).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'No', details: {} },
    });
    expect(err('INVALID_AMOUNT', 'Bad', { amount: 1.5 }).error.details).toEqual({ amount: 1.5 });
  });

  test('collect returns every value in order when all succeed', () => {
    expect(collect([ok(1), ok(2), ok(3)])).toEqual(ok([1, 2, 3]));
  });

  test('collect returns the first failure', () => {
    const first = err('INVALID_DATE', 'first');
    expect(collect([ok(1), first, err('FORBIDDEN', 'second')])).toBe(first);
  });
});

describe('error codes', () => {
  test('codes are unique so each maps to one GraphQL extensions.code', () => {
    expect(new Set(DOMAIN_ERROR_CODES).size).toBe(DOMAIN_ERROR_CODES.length);
  });

  test.each([
    ['a published code', 'RETURN_WINDOW_EXPIRED', true],
    ['an unknown string', 'SOMETHING_ELSE', false],
  ])('isDomainErrorCode recognises %s', (_name, value, expected) => {
    expect(isDomainErrorCode(value)).toBe(expected);
  });

  test.each([
    'RETURN_WINDOW_EXPIRED',
    'INVALID_TRANSITION',
    'REFUND_EXCEEDS_REMAINING',
    'FORBIDDEN',
  ])('the API convention code %s is published', (code) => {
    expect(isDomainErrorCode(code)).toBe(true);
  });
});
