import type { EntityManager } from 'typeorm';
import type { JsonObject } from '../../common/json';
import type { RequestContext } from '../../context';
import type { AuditOutcome } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: JsonObject | null;
  after: JsonObject | null;
  outcome: AuditOutcome;
  errorCode: string | null;
}

/** Appends one audit event for the request's caller. */
export async function recordAudit(
  manager: EntityManager,
  ctx: Pick<RequestContext, 'user' | 'requestId'>,
  entry: AuditEntry,
): Promise<void> {
  await manager.query(
    `INSERT INTO audit_events
       (actor_id, actor_roles, action, target_type, target_id, before, after, outcome, error_code, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      ctx.user?.id ?? null,
      ctx.user === null ? [] : [...ctx.user.roles],
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === null ? null : JSON.stringify(entry.after),
      entry.outcome,
      entry.errorCode,
      ctx.requestId,
    ],
  );
}
