import { validate, type ValidationError } from 'class-validator';
import { AppError } from './errors/app-error';

/** One refused field: its path from the argument (input.lines[0].quantity) and why. */
export interface FieldProblem {
  path: string;
  problems: string[];
}

function flatten(errors: readonly ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = /^\d+$/.test(error.property)
      ? `${prefix}[${error.property}]`
      : `${prefix}.${error.property}`;
    const own =
      error.constraints === undefined ? [] : [{ path, problems: Object.values(error.constraints) }];
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

async function problemsOf(value: unknown, path: string): Promise<FieldProblem[]> {
  if (Array.isArray(value)) {
    const nested = await Promise.all(
      value.map((item, index) => problemsOf(item, `${path}[${index}]`)),
    );
    return nested.flat();
  }
  if (typeof value !== 'object' || value === null || value instanceof Date) return [];
  return flatten(
    await validate(value, { forbidUnknownValues: false, validationError: { target: false } }),
    path,
  );
}

/**
 * Validates every input object with its class-validator rules and refuses bad input as
 * BAD_USER_INPUT naming each field path, before any resolver runs. Mutations take one argument
 * named `input` (the Relay convention), so paths read `input.lines[0].quantity`.
 */
export async function validateArgument(value: unknown): Promise<void> {
  const problems = await problemsOf(value, 'input');
  if (problems.length === 0) return;
  const summary = problems
    .map((problem) => `${problem.path}: ${problem.problems.join('; ')}`)
    .join(' | ');
  throw new AppError('BAD_USER_INPUT', `Invalid input — ${summary}`, {
    fields: problems.map((problem) => ({ path: problem.path, problems: problem.problems })),
  });
}
