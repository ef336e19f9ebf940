import type { AppError } from '../../../common/errors/app-error';
import { columnOfPath } from './order-csv-columns';
import type { OrderCsvRow } from './order-csv-row';
import type { LineProblem } from './order-row-groups';

interface FieldProblem {
  path: string;
  problems: string[];
}

function fieldProblemsOf(error: AppError): FieldProblem[] {
  const fields: unknown = error.extensions.fields;
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((field: unknown) => {
    const { path, problems } = (field ?? {}) as { path?: unknown; problems?: unknown };
    return typeof path === 'string' && Array.isArray(problems)
      ? [{ path, problems: problems.map(String) }]
      : [];
  });
}

/**
 * Pins a refusal of the order (validation or service) to the lines of the file: a field of a
 * line to that line's row and column, an order field to the order's first row, a line named by
 * number to its row.
 */
export function problemsOfRefusal(error: AppError, rows: readonly OrderCsvRow[]): LineProblem[] {
  const firstLine = rows[0]?.line ?? 0;
  const fields = fieldProblemsOf(error);
  if (fields.length === 0) {
    const lineNo = error.extensions.lineNo;
    const row = rows.find((candidate) => candidate.values?.lineNo === lineNo);
    return [{ line: row?.line ?? firstLine, message: error.message }];
  }
  return fields.flatMap(({ path, problems }) => {
    const place = columnOfPath(path);
    const line = place.lineIndex === null ? firstLine : (rows[place.lineIndex]?.line ?? firstLine);
    // A whole line's problem is a full sentence already; an order-wide one needs its subject.
    const subject = place.column ?? (place.lineIndex === null ? 'the order' : null);
    return problems.map((problem) => ({
      line,
      message: subject === null ? problem : `${subject} ${problem}`,
    }));
  });
}
