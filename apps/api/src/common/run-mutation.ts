import { QueryFailedError } from 'typeorm';
import type { RequestContext, TransactionContext } from '../context';
import { recordAudit } from '../modules/audit/audit.service';
import { AppError } from './errors/app-error';
import type { JsonObject } from './json';

/** What a mutation did, for its answer and its audit event. */
export interface MutationOutcome<T> {
  result: T;
  targetId: string | null;
  before: JsonObject | null;
  after: JsonObject | null;
}

export interface MutationAudit {
  /** The GraphQL mutation name, e.g. authorizeReturn. */
  action: string;
  targetType: string;
  /** Known up front when the mutation names its target; reported again by the outcome. */
  targetId: string | null;
}

const PG_UNIQUE_VIOLATION = '23505';
const PG_SERIALIZATION_FAILURE = '40001';
const PG_DEADLOCK = '40P01';

/** Database refusals that mean "someone else got there first". */
function asConflict(error: unknown): AppError | null {
  if (!(error instanceof QueryFailedError)) return null;
  const code = (error.driverError as { code?: string } | undefined)?.code;
  if (code === PG_UNIQUE_VIOLATION || code === PG_SERIALIZATION_FAILURE || code === PG_DEADLOCK) {
    return new AppError(
      'CONFLICT',
      'Someone else changed this at the same time; reload and try again',
    );
  }
  return null;
}

/**
 * Runs a mutation in one transaction with exactly one audit event: SUCCEEDED in the same
 * transaction as the change, or FAILED (with its code) after the rollback, so a refused change
 * leaves the data exactly as it was.
 */
export async function runMutation<T>(
  ctx: RequestContext,
  audit: MutationAudit,
  work: (tx: TransactionContext) => Promise<MutationOutcome<T>>,
): Promise<T> {
  const { user, actor } = ctx;
  if (user === null || actor === null) throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
  try {
    return await ctx.dataSource.transaction(async (manager) => {
      const outcome = await work({ ...ctx, manager, user, actor });
      await recordAudit(manager, ctx, {
        action: audit.action,
        targetType: audit.targetType,
        targetId: outcome.targetId ?? audit.targetId,
        before: outcome.before,
        after: outcome.after,
        outcome: 'SUCCEEDED',
        errorCode: null,
      });
      return outcome.result;
    });
  } catch (error) {
    const refusal = error instanceof AppError ? error : asConflict(error);
    await recordAudit(ctx.dataSource.manager, ctx, {
      action: audit.action,
      targetType: audit.targetType,
      targetId: audit.targetId,
      before: null,
      after: null,
      outcome: 'FAILED',
      errorCode: refusal?.code ?? 'INTERNAL_SERVER_ERROR',
    });
    throw refusal ?? error;
  }
}
