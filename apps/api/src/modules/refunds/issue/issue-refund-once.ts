import { AppError } from '../../../common/errors/app-error';
import { runMutation, type MutationAudit } from '../../../common/run-mutation';
import type { RequestContext } from '../../../context';
import { recordAudit } from '../../audit/audit.service';
import { claimOrReplay, type KeyClaim, type KeyedRequest } from './claim-or-replay';
import { releaseIdempotencyKey } from './idempotency-keys';
import { ISSUE_REFUND_SCOPE, issueRefund } from './issue-refund.service';
import type { IssueRefundInput, IssueRefundPayload } from './issue-refund.types';
import { refundGateway } from './refund-gateway.registry';
import { requestHash } from './request-hash';
import { reviveIssueAnswer } from './stored-answer';

/** The audit event of a call that ends before executing: a replay, or a refusal of the key. */
async function auditWithoutExecuting(
  ctx: RequestContext,
  audit: MutationAudit,
  idempotencyKey: string,
  errorCode: string | null,
): Promise<void> {
  await recordAudit(ctx.dataSource.manager, ctx, {
    ...audit,
    before: null,
    after: errorCode === null ? { replayed: true, idempotencyKey } : null,
    outcome: errorCode === null ? 'SUCCEEDED' : 'FAILED',
    errorCode,
  });
}

/**
 * issueRefund with its idempotency key: claims the key in a statement of its own (no
 * transaction is held while waiting on another call), replays a stored answer, or executes
 * once in runMutation's transaction. A refused or failed execution changed nothing, so its
 * key is released and may be sent again.
 */
export async function issueRefundOnce(
  ctx: RequestContext,
  input: IssueRefundInput,
): Promise<IssueRefundPayload> {
  const audit: MutationAudit = { action: 'issueRefund', targetType: 'Refund', targetId: input.id };
  const request: KeyedRequest = {
    scope: ISSUE_REFUND_SCOPE,
    key: input.idempotencyKey,
    hash: requestHash(ISSUE_REFUND_SCOPE, { id: input.id.toLowerCase() }),
  };
  let claim: KeyClaim;
  try {
    claim = await claimOrReplay(ctx.dataSource, request);
  } catch (error) {
    const code = error instanceof AppError ? error.code : 'INTERNAL_SERVER_ERROR';
    await auditWithoutExecuting(ctx, audit, request.key, code);
    throw error;
  }
  if (claim.kind === 'REPLAY') {
    await auditWithoutExecuting(ctx, audit, request.key, null);
    return { ...reviveIssueAnswer(claim.response), replayed: true };
  }
  try {
    const answer = await runMutation(ctx, audit, (tx) =>
      issueRefund(tx, { id: input.id, idempotencyKey: request.key }, refundGateway()),
    );
    return { ...answer, replayed: false };
  } catch (error) {
    await releaseIdempotencyKey(ctx.dataSource, request.scope, request.key);
    throw error;
  }
}
