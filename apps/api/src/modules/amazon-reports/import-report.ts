import type { Readable } from 'node:stream';
import type { Actor } from '@rebound/domain';
import { QueryFailedError } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import type { AuthenticatedUser, RequestContext } from '../../context';
import type { AmazonReportKind } from './amazon-import-run.entity';
import { applyBatch, type RowOutcome } from './import-batch';
import { refreshStatistics } from './report-lookups';
import { readReport } from './report-reader';
import { readReportRow, type ReturnReportRow, type RowProblem } from './report-row';

/** Rows per transaction; a failing batch is replayed row by row. */
export const DEFAULT_BATCH_SIZE = 500;
/** Rows written before the first ANALYZE, and the growth before each next one. */
const FIRST_ANALYZE = 2_000;
const ANALYZE_GROWTH = 4;
/** Problems kept with the run record (the caller sees every one through `onProblem`). */
const STORED_PROBLEMS = 1_000;

/** Running totals of an import. */
export interface ImportCounts {
  rowsRead: number;
  returnsCreated: number;
  linesAdded: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRefused: number;
  /** Rows imported with a reason the catalogue does not know: to review. */
  rowsFlagged: number;
  ordersCreated: number;
}

export interface ImportOptions {
  kind: AmazonReportKind;
  /** Sales channel of the orders, e.g. AMAZON_US. */
  channel: string;
  fileName: string;
  source: 'CLI' | 'HTTP';
  batchSize?: number;
  onProgress?: (counts: Readonly<ImportCounts>) => void;
  onProblem?: (problem: RowProblem) => void;
}

export interface ImportResult {
  runId: string;
  counts: ImportCounts;
  /** The first problems found (at most 1,000), in line order. */
  problems: RowProblem[];
}

/** Who imports: a signed-in SUPPORT or ADMIN user (their actor fires the return machine). */
export type ImportContext = RequestContext & { user: AuthenticatedUser; actor: Actor };

const emptyCounts = (): ImportCounts => ({
  rowsRead: 0,
  returnsCreated: 0,
  linesAdded: 0,
  rowsUpdated: 0,
  rowsUnchanged: 0,
  rowsRefused: 0,
  rowsFlagged: 0,
  ordersCreated: 0,
});

/** The database refused a row's writes (a constraint): that row is reported, the others go on. */
const isRowLevel = (error: unknown): boolean =>
  error instanceof AppError || error instanceof QueryFailedError;

class RunState {
  readonly counts = emptyCounts();
  readonly problems: RowProblem[] = [];

  constructor(private readonly options: ImportOptions) {}

  problem(problem: RowProblem): void {
    if (this.problems.length < STORED_PROBLEMS) this.problems.push(problem);
    this.options.onProblem?.(problem);
  }

  record(outcome: RowOutcome): void {
    switch (outcome.kind) {
      case 'refused':
        this.counts.rowsRefused += 1;
        for (const problem of outcome.problems) this.problem(problem);
        return;
      case 'created':
        this.counts.returnsCreated += 1;
        break;
      case 'lineAdded':
        this.counts.linesAdded += 1;
        break;
      case 'updated':
        this.counts.rowsUpdated += 1;
        break;
      case 'unchanged':
        this.counts.rowsUnchanged += 1;
        break;
    }
    if (outcome.flagged) this.counts.rowsFlagged += 1;
    if (outcome.orderCreated) this.counts.ordersCreated += 1;
  }
}

async function runBatch(
  ctx: ImportContext,
  options: ImportOptions,
  runId: string,
  rows: readonly ReturnReportRow[],
  customer: { id: string | null },
): Promise<RowOutcome[]> {
  return ctx.dataSource.transaction((manager) =>
    applyBatch(
      { tx: { ...ctx, manager }, kind: options.kind, channel: options.channel, runId },
      rows,
      customer,
    ),
  );
}

/**
 * Applies a batch in one transaction; when it fails, rolls it back and applies each row in a
 * transaction of its own, so that every row lands whole or not at all and one bad row costs only
 * itself.
 */
async function applyWithFallback(
  ctx: ImportContext,
  options: ImportOptions,
  runId: string,
  rows: readonly ReturnReportRow[],
  customer: { id: string | null },
): Promise<RowOutcome[]> {
  try {
    return await runBatch(ctx, options, runId, rows, customer);
  } catch (error) {
    if (!isRowLevel(error) || rows.length === 1) {
      if (rows.length === 1 && isRowLevel(error)) {
        customer.id = null;
        const [row] = rows;
        const reason = error instanceof Error ? error.message : String(error);
        return [{ kind: 'refused', problems: [{ line: row?.line ?? 0, column: null, reason }] }];
      }
      throw error;
    }
    customer.id = null;
    const outcomes: RowOutcome[] = [];
    for (const row of rows) {
      outcomes.push(...(await applyWithFallback(ctx, options, runId, [row], customer)));
    }
    return outcomes;
  }
}

async function startRun(ctx: ImportContext, options: ImportOptions): Promise<string> {
  const [run] = await ctx.dataSource.query<{ id: string }[]>(
    `INSERT INTO amazon_import_runs (kind, file_name, source, imported_by_id, status, started_at)
     VALUES ($1, $2, $3, $4, 'RUNNING', now()) RETURNING id`,
    [options.kind, options.fileName, options.source, ctx.user.id],
  );
  if (run === undefined) throw new Error('the import run was not recorded');
  return run.id;
}

async function finishRun(
  ctx: ImportContext,
  runId: string,
  state: RunState,
  failure: string | null,
): Promise<void> {
  await ctx.dataSource.query(
    `UPDATE amazon_import_runs SET status = $2, finished_at = now(), counts = $3::jsonb,
            problems = $4::jsonb, failure = $5
     WHERE id = $1`,
    [
      runId,
      failure === null ? 'FINISHED' : 'FAILED',
      JSON.stringify(state.counts),
      JSON.stringify(state.problems),
      failure,
    ],
  );
}

/**
 * Imports an Amazon returns report as it streams in: rows are read and checked one at a time,
 * gathered in batches (a batch never holds two rows of one return or one order, so that each
 * row's decision sees the ones before it), and applied batch by batch. Every run is recorded in
 * amazon_import_runs. A file-level error (header) fails the run and is thrown.
 */
export async function importAmazonReport(
  ctx: ImportContext,
  source: Readable,
  options: ImportOptions,
): Promise<ImportResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const runId = await startRun(ctx, options);
  const state = new RunState(options);
  const customer = { id: null as string | null };
  let batch: ReturnReportRow[] = [];
  const returnKeys = new Set<string>();
  const orderKeys = new Set<string>();

  // One batch is in the database while the next is read and checked: the reader never waits
  // for a commit, and each batch still starts after the previous one has committed.
  let inFlight: Promise<void> = Promise.resolve();
  let analyzeAt = FIRST_ANALYZE;
  const flush = async (): Promise<void> => {
    await inFlight;
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    returnKeys.clear();
    orderKeys.clear();
    inFlight = applyWithFallback(ctx, options, runId, rows, customer).then(async (outcomes) => {
      for (const outcome of outcomes) state.record(outcome);
      options.onProgress?.(state.counts);
      const written = state.counts.returnsCreated + state.counts.linesAdded;
      if (written >= analyzeAt) {
        analyzeAt *= ANALYZE_GROWTH;
        await refreshStatistics(ctx.dataSource.manager);
      }
    });
    // A failure surfaces at the next flush; keep it from counting as unhandled meanwhile.
    inFlight.catch(() => undefined);
  };

  try {
    for await (const event of readReport(options.kind, source)) {
      state.counts.rowsRead += 1;
      if (event.kind === 'unreadable') {
        state.counts.rowsRefused += 1;
        state.problem({
          line: event.line,
          column: null,
          reason: `could not be read: ${event.reason}`,
        });
        continue;
      }
      const read = readReportRow(options.kind, event.record);
      if (Array.isArray(read)) {
        state.record({ kind: 'refused', problems: read });
        continue;
      }
      if (returnKeys.has(read.returnKey) || orderKeys.has(read.orderExternalId)) await flush();
      batch.push(read);
      returnKeys.add(read.returnKey);
      orderKeys.add(read.orderExternalId);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    await inFlight;
  } catch (error) {
    await inFlight.catch(() => undefined);
    await finishRun(ctx, runId, state, error instanceof Error ? error.message : String(error));
    throw error;
  }
  state.problems.sort((a, b) => a.line - b.line);
  await finishRun(ctx, runId, state, null);
  return { runId, counts: state.counts, problems: state.problems };
}
