import { isUUID, validate } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { AppError } from '../../common/errors/app-error';

function refuse(path: string, problems: string[]): AppError {
  return new AppError('BAD_USER_INPUT', `Invalid ${path}: ${problems.join('; ')}`, {
    fields: [{ path, problems }],
  });
}

/**
 * Validates a query's input-object argument with its class-validator rules, naming fields from
 * the argument (`filter.supplierId`); the global validator names every path `input.…`.
 */
export function validateArgumentAs(name: string): ValidatorFn {
  return async (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    const errors = await validate(value, {
      forbidUnknownValues: false,
      validationError: { target: false },
    });
    const fields = errors.map((error) => ({
      path: `${name}.${error.property}`,
      problems: Object.values(error.constraints ?? {}),
    }));
    if (fields.length === 0) return;
    const summary = fields.map((field) => `${field.path}: ${field.problems.join('; ')}`);
    throw new AppError('BAD_USER_INPUT', `Invalid ${name} — ${summary.join(' | ')}`, { fields });
  };
}

/** Refuses an ID argument that is not a UUID, before it reaches SQL. */
export function requireId(path: string, value: string): string {
  if (!isUUID(value, 'all')) throw refuse(path, ['must be an ID']);
  return value;
}

/** Same as requireId, for optional ID arguments. */
export function optionalId(path: string, value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : requireId(path, value);
}

/** A search text as a case-insensitive LIKE pattern matching it anywhere (wildcards escaped). */
export function containsPattern(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Refuses a search text that is blank or too long. */
export function requireSearch(path: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed.length === 0) return null;
  if (trimmed.length > 100) throw refuse(path, ['must be at most 100 characters']);
  return trimmed;
}
