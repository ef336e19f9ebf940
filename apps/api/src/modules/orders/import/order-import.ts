import { AppError } from '../../../common/errors/app-error';
import { runMutation } from '../../../common/run-mutation';
import { validateArgument } from '../../../common/validation';
import type { RequestContext } from '../../../context';
import { upsertOrder } from '../upsert-order.service';
import { problemsOfRefusal } from './order-import-problems';
import { isReadable, orderInputOfRows } from './order-input-of-rows';
import type { LineProblem, OrderGroupEvent, OrderRowGroup } from './order-row-groups';

/** What an import did. */
export interface ImportSummary {
  rowsRead: number;
  ordersCreated: number;
  ordersUpdated: number;
  ordersUnchanged: number;
  ordersRefused: number;
  /** Rows of refused orders, plus lines that could not be read. */
  rowsRefused: number;
}

type GroupOutcome =
  { kind: 'created' | 'updated' | 'unchanged' } | { kind: 'refused'; problems: LineProblem[] };

/** The problems found while reading the rows of an order, before any database work. */
function readingProblems(group: OrderRowGroup): LineProblem[] {
  const rowProblems = group.rows.flatMap((row) =>
    row.problems.map((message) => ({ line: row.line, message })),
  );
  return [...rowProblems, ...group.problems];
}

/** Applies one order through upsertOrder, in its own transaction, audited like the mutation. */
async function applyGroup(ctx: RequestContext, group: OrderRowGroup): Promise<GroupOutcome> {
  const problems = readingProblems(group);
  const rows = group.rows.filter(isReadable);
  const [first] = rows;
  if (problems.length > 0 || first === undefined || rows.length !== group.rows.length) {
    return { kind: 'refused', problems };
  }
  const input = orderInputOfRows(first, rows);
  try {
    await validateArgument(input);
    const result = await runMutation(
      ctx,
      { action: 'upsertOrder', targetType: 'Order', targetId: null },
      (tx) => upsertOrder(tx, input),
    );
    return { kind: result.created ? 'created' : result.changed ? 'updated' : 'unchanged' };
  } catch (error) {
    if (error instanceof AppError)
      return { kind: 'refused', problems: problemsOfRefusal(error, rows) };
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the import stopped at line ${first.line}: ${reason}`, { cause: error });
  }
}

function describeGroup(group: OrderRowGroup): string {
  const lines = group.rows.map((row) => row.line);
  const span =
    lines.length === 1
      ? `line ${String(lines[0])}`
      : `lines ${String(lines[0])}-${String(lines.at(-1))}`;
  return `order ${group.channel} ${group.externalId} (${span}) was not imported`;
}

/**
 * Imports orders one at a time as they stream in: each through the same service as the
 * upsertOrder mutation, in its own transaction. Bad rows are reported by line and the import
 * goes on; only an unexpected failure (the database going away) stops it.
 */
export async function importOrders(
  ctx: RequestContext,
  events: AsyncIterable<OrderGroupEvent>,
  report: (message: string) => void,
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    rowsRead: 0,
    ordersCreated: 0,
    ordersUpdated: 0,
    ordersUnchanged: 0,
    ordersRefused: 0,
    rowsRefused: 0,
  };
  for await (const event of events) {
    if (event.kind === 'unreadable') {
      summary.rowsRead += 1;
      summary.rowsRefused += 1;
      report(`line ${event.problem.line}: ${event.problem.message}`);
      continue;
    }
    const { group } = event;
    summary.rowsRead += group.rows.length + group.unreadable.length;
    const outcome = await applyGroup(ctx, group);
    if (outcome.kind === 'refused') {
      summary.ordersRefused += 1;
      summary.rowsRefused += group.rows.length + group.unreadable.length;
      const sorted = [...outcome.problems, ...group.unreadable].sort((a, b) => a.line - b.line);
      for (const problem of sorted) report(`line ${problem.line}: ${problem.message}`);
      report(`  ${describeGroup(group)}`);
    } else if (outcome.kind === 'created') summary.ordersCreated += 1;
    else if (outcome.kind === 'updated') summary.ordersUpdated += 1;
    else summary.ordersUnchanged += 1;
  }
  return summary;
}
