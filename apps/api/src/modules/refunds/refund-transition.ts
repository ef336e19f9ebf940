import {
  REFUND_MACHINE,
  type ContextArgs,
  type RefundEvent,
  type RefundEventContexts,
  type RefundStatus,
} from '@rebound/domain';
import type { AppError } from '../../common/errors/app-error';
import { fromDomainError, notFound } from '../../common/errors/app-error';
import { invalidTransition } from '../../common/invalid-transition';
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

/** INVALID_TRANSITION for a refund, naming both states (see common/invalid-transition). */
export function invalidRefundTransition(
  refund: Pick<RefundEntity, 'id' | 'status'>,
  event: string,
): AppError {
  return invalidTransition(
    REFUND_MACHINE.transitions,
    { noun: 'refund', label: refund.id, status: refund.status },
    event,
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
