import { AppError } from '../../common/errors/app-error';

/** BAD_USER_INPUT for one field found wrong by a rule class-validator cannot express. */
export function badInput(path: string, problem: string): AppError {
  return new AppError('BAD_USER_INPUT', `Invalid input — ${path}: ${problem}`, {
    fields: [{ path, problems: [problem] }],
  });
}

/** Refuses an instant in the future (a little clock skew allowed): returns it, or `now` when absent. */
export function pastInstant(value: Date | null | undefined, path: string, now: Date): Date {
  if (value === null || value === undefined) return now;
  if (value.getTime() > now.getTime() + 60_000) throw badInput(path, 'must not be in the future');
  return value;
}
