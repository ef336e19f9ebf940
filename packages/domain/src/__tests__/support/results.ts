import type { DomainErrorCode } from '../../result/domain-error';
import type { Result } from '../../result/result';

/** The value of a success; fails the test with the error's code and message otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The error code of a failure, or 'OK' for a success, so tables can list either. */
export function outcome(result: Result<unknown>): DomainErrorCode | 'OK' {
  return result.ok ? 'OK' : result.error.code;
}

/** The error of a failure; fails the test on a success. */
export function failure(result: Result<unknown>): {
  code: DomainErrorCode;
  message: string;
  details: Readonly<Record<string, unknown>>;
} {
  if (result.ok) throw new Error('Expected a failure, got ok');
  return result.error;
}
