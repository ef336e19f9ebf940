import {
  RETURN_MACHINE,
  type ReturnEvent,
  type ReturnEventContexts,
  type ReturnStatus,
} from '@rebound/domain';
import type { ContextArgs } from '@rebound/domain';
import type { AppError } from '../../common/errors/app-error';
import { fromDomainError, notFound } from '../../common/errors/app-error';
import type { JsonObject } from '../../common/json';
import { invalidTransition as invalidTransitionOf } from '../../common/invalid-transition';
import { updateIfUnchanged } from '../../common/update-if-unchanged';
import type { TransactionContext } from '../../context';
import { ReturnEntity } from './return.entity';

/** Loads a return inside the transaction, or NOT_FOUND. */
export async function loadReturn(tx: TransactionContext, id: string): Promise<ReturnEntity> {
  const found = await tx.manager.findOneBy(ReturnEntity, { id });
  if (found === null) throw notFound('Return', id);
  return found;
}

/** Locks the return for the rest of the transaction (steps that must not interleave), or NOT_FOUND. */
export async function loadReturnForUpdate(
  tx: TransactionContext,
  id: string,
): Promise<ReturnEntity> {
  const found = await tx.manager.findOne(ReturnEntity, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (found === null) throw notFound('Return', id);
  return found;
}

/** INVALID_TRANSITION for a return, naming both states (see common/invalid-transition). */
export function invalidTransition(
  rma: Pick<ReturnEntity, 'rmaNumber' | 'status'>,
  event: string,
): AppError {
  return invalidTransitionOf(
    RETURN_MACHINE.transitions,
    { noun: 'return', label: rma.rmaNumber, status: rma.status },
    event,
  );
}

/** Column changes that go with a transition (timestamps, reasons); never `status` or `version`. */
export type ReturnChanges = Partial<
  Omit<ReturnEntity, 'id' | 'status' | 'version' | 'order' | 'lines'>
>;

/**
 * The only way a return's status changes: the domain machine decides (role, guard), then one
 * UPDATE guarded by the version read, so that of two people acting at once one wins and the
 * other gets CONFLICT; the timeline gets its entry in the same transaction.
 */
export async function transitionReturn<E extends ReturnEvent>(
  tx: TransactionContext,
  rma: ReturnEntity,
  event: E,
  changes: ReturnChanges,
  details: JsonObject,
  ...context: ContextArgs<ReturnEventContexts[E]>
): Promise<ReturnEntity> {
  const fired = RETURN_MACHINE.fire(rma.status, event, tx.actor, ...context);
  if (!fired.ok) {
    if (fired.error.code === 'INVALID_TRANSITION') throw invalidTransition(rma, event);
    throw fromDomainError(fired.error);
  }
  const to: ReturnStatus = fired.value.to;
  const now = new Date();
  await updateIfUnchanged(
    tx,
    ReturnEntity,
    rma,
    { ...changes, status: to, updatedAt: now },
    `Return ${rma.rmaNumber}`,
  );
  await insertTimelineEntry(tx, rma.id, event, rma.status, to, details, now);
  return Object.assign(new ReturnEntity(), rma, changes, {
    status: to,
    version: rma.version + 1,
    updatedAt: now,
  });
}

/** The first timeline entry of a new return: `request`, into REQUESTED. */
export async function recordReturnRequested(
  tx: TransactionContext,
  rma: ReturnEntity,
  details: JsonObject,
): Promise<void> {
  await insertTimelineEntry(tx, rma.id, 'request', null, 'REQUESTED', details, rma.requestedAt);
}

/** A timeline entry for a step that does not change the status (a note, a disposition). */
export async function recordReturnStep(
  tx: TransactionContext,
  rma: ReturnEntity,
  kind: string,
  details: JsonObject,
): Promise<void> {
  await insertTimelineEntry(tx, rma.id, kind, null, null, details, new Date());
}

async function insertTimelineEntry(
  tx: TransactionContext,
  returnId: string,
  kind: string,
  fromStatus: ReturnStatus | null,
  toStatus: ReturnStatus | null,
  details: JsonObject,
  occurredAt: Date,
): Promise<void> {
  await tx.manager.query(
    `INSERT INTO return_events (return_id, kind, from_status, to_status, actor_id, details, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      returnId,
      kind,
      fromStatus,
      toStatus,
      tx.actor.kind === 'USER' ? tx.actor.userId : null,
      JSON.stringify(details),
      occurredAt,
    ],
  );
}
