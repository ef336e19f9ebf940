import {
  REFUND_MACHINE,
  type ContextArgs,
  type RefundEvent,
  type RefundEventContexts,
  type RefundStatus,
} from '@rebound/domain';
import { AppError, fromDomainError, notFound } from '../../common/errors/app-error';
import { updateIfUnchanged } from '../../common/update-if-unchanged';
import type { TransactionContext } from '../../context';
import { RefundEntity } from './refund.entity';

/** Loads a refund inside the transaction, or NOT_FOUND. */
export async function loadRefund(tx: TransactionContext, id: string): Promise<RefundEntity> {
  const found = await tx.manager.findOneBy(RefundEntity, { id });
  if (found === null) throw notFound('Refund', id);
  return found;
}

/** Locks the refund (SELECT … FOR UPDATE) for the rest of the transaction, or NOT_FOUND. */
export async function loadRefundForUpdate(
  tx: TransactionContext,
  id: string,
): Promise<RefundEntity> {
  const found = await tx.manager.findOne(RefundEntity, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (found === null) throw notFound('Refund', id);
  return found;
}

/** Column changes that go with a refund transition; never `status` or `version`. */
export type RefundChanges = Partial<
  Omit<RefundEntity, 'id' | 'status' | 'version' | 'return' | 'order'>
>;

/**
 * INVALID_TRANSITION naming where the refund is (`from`), the event, where it would go (`to`)
 * and the states the event may start from (`allowedFrom`).
 */
export function invalidRefundTransition(
  refund: Pick<RefundEntity, 'id' | 'status'>,
  event: string,
): AppError {
  const rows = REFUND_MACHINE.transitions.filter((row) => row.event === event);
  const targets = [...new Set(rows.flatMap((row) => row.to))];
  const allowedFrom = rows.map((row) => row.from);
  const to = targets.length === 1 ? (targets[0] ?? null) : null;
  const path = `${allowedFrom.join(' or ') || 'no state'}${to === null ? '' : ` to ${to}`}`;
  return new AppError(
    'INVALID_TRANSITION',
    `Cannot ${event} refund ${refund.id}: it is ${refund.status}, and ${event} only moves a refund from ${path}`,
    { from: refund.status, event, to, allowedFrom },
  );
}

/**
 * The only way a refund's status changes: the domain machine decides (role, guard), then one
 * UPDATE guarded by the version read, so that of two people acting at once one wins and the
 * other gets CONFLICT. Returns the refund as it now is.
 */
export async function transitionRefund<E extends RefundEvent>(
  tx: TransactionContext,
  refund: RefundEntity,
  event: E,
  changes: RefundChanges,
  ...context: ContextArgs<RefundEventContexts[E]>
): Promise<RefundEntity> {
  const fired = REFUND_MACHINE.fire(refund.status, event, tx.actor, ...context);
  if (!fired.ok) {
    if (fired.error.code === 'INVALID_TRANSITION') throw invalidRefundTransition(refund, event);
    throw fromDomainError(fired.error);
  }
  const to: RefundStatus = fired.value.to;
  return updateRefund(tx, refund, { ...changes, status: to });
}

/**
 * Writes column changes that do not move the status (a recalculated total), with the same
 * version check as a transition: a concurrent change → CONFLICT.
 */
export async function saveRefundChanges(
  tx: TransactionContext,
  refund: RefundEntity,
  changes: RefundChanges,
): Promise<RefundEntity> {
  return updateRefund(tx, refund, changes);
}

async function updateRefund(
  tx: TransactionContext,
  refund: RefundEntity,
  changes: RefundChanges & { status?: RefundStatus },
): Promise<RefundEntity> {
  const now = new Date();
  await updateIfUnchanged(
    tx,
    RefundEntity,
    refund,
    { ...changes, updatedAt: now },
    `Refund ${refund.id}`,
  );
  return Object.assign(new RefundEntity(), refund, changes, {
    version: refund.version + 1,
    updatedAt: now,
  });
}
