import type { ContextArgs, DomainError } from '@rebound/domain';
import { AppError, fromDomainError, notFound } from '../../common/errors/app-error';
import { updateIfUnchanged } from '../../common/update-if-unchanged';
import type { TransactionContext } from '../../context';
import {
  SUPPLIER_CLAIM_MACHINE,
  type SupplierClaimEvent,
  type SupplierClaimEventContexts,
} from './claim-machine';
import { SupplierClaimEntity, type SupplierClaimStatus } from './supplier-claim.entity';

/** Loads a claim inside the transaction, or NOT_FOUND. */
export async function loadClaim(tx: TransactionContext, id: string): Promise<SupplierClaimEntity> {
  const found = await tx.manager.findOneBy(SupplierClaimEntity, { id });
  if (found === null) throw notFound('Supplier claim', id);
  return found;
}

/**
 * INVALID_TRANSITION naming both states: where the claim is (`from`) and where the event
 * would take it (`to`), with the states the event may start from (`allowedFrom`).
 */
export function invalidClaimTransition(
  claim: Pick<SupplierClaimEntity, 'id' | 'status'>,
  event: SupplierClaimEvent,
): AppError {
  const rows = SUPPLIER_CLAIM_MACHINE.transitions.filter((row) => row.event === event);
  const allowedFrom = rows.map((row) => row.from);
  const to = rows.flatMap((row) => row.to)[0] ?? null;
  return new AppError(
    'INVALID_TRANSITION',
    `Cannot ${event} supplier claim ${claim.id}: it is ${claim.status}, and ${event} only moves a claim from ${allowedFrom.join(' or ')} to ${to ?? 'nowhere'}`,
    { from: claim.status, event, to, allowedFrom },
  );
}

/**
 * Refuses early, before checking the input, an event the claim's status does not allow, so
 * that a claim in the wrong state is reported as such whatever else is wrong.
 */
export function requireClaimEvent(
  claim: Pick<SupplierClaimEntity, 'id' | 'status'>,
  event: SupplierClaimEvent,
): void {
  const allowed = SUPPLIER_CLAIM_MACHINE.transitions.some(
    (row) => row.event === event && row.from === claim.status,
  );
  if (!allowed) throw invalidClaimTransition(claim, event);
}

/** A guard's refusal that names an input field becomes BAD_USER_INPUT on that field. */
function refusal(error: DomainError): AppError {
  const path = error.details.path;
  if (typeof path !== 'string') return fromDomainError(error);
  return new AppError('BAD_USER_INPUT', `Invalid input — ${path}: ${error.message}`, {
    fields: [{ path, problems: [error.message] }],
    rule: error.code,
  });
}

/** Column changes that go with a transition (timestamps, amounts); never `status` or `version`. */
export type ClaimChanges = Partial<
  Pick<
    SupplierClaimEntity,
    'creditedMinor' | 'supplierReference' | 'rejectionReason' | 'submittedAt' | 'resolvedAt'
  >
>;

/**
 * The only way a claim's status changes: the claim machine decides (role, guard), then one
 * UPDATE guarded by the version read, so that of two people acting at once one wins and the
 * other gets CONFLICT.
 */
export async function transitionClaim<E extends SupplierClaimEvent>(
  tx: TransactionContext,
  claim: SupplierClaimEntity,
  event: E,
  changes: ClaimChanges,
  ...context: ContextArgs<SupplierClaimEventContexts[E]>
): Promise<SupplierClaimEntity> {
  const fired = SUPPLIER_CLAIM_MACHINE.fire(claim.status, event, tx.actor, ...context);
  if (!fired.ok) {
    if (fired.error.code === 'INVALID_TRANSITION') throw invalidClaimTransition(claim, event);
    throw refusal(fired.error);
  }
  const to: SupplierClaimStatus = fired.value.to;
  await updateIfUnchanged(
    tx,
    SupplierClaimEntity,
    claim,
    { ...changes, status: to },
    `Supplier claim ${claim.id}`,
  );
  return Object.assign(new SupplierClaimEntity(), claim, changes, {
    status: to,
    version: claim.version + 1,
  });
}
