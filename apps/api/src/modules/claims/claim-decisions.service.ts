import { badInput } from '../returns/bad-input';
import type { JsonObject } from '../../common/json';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import type {
  AcceptSupplierClaimInput,
  RejectSupplierClaimInput,
  SubmitSupplierClaimInput,
} from './claim-decisions.types';
import { loadClaim, requireClaimEvent, transitionClaim } from './claim-transition';
import type { SupplierClaimEntity } from './supplier-claim.entity';
import { findClaimView } from './supplier-claim.rows';
import type { SupplierClaimType } from './supplier-claim.type';

/** What the audit trail keeps of a claim before and after a decision. */
function auditState(claim: SupplierClaimEntity): JsonObject {
  return {
    status: claim.status,
    amountMinor: claim.amountMinor,
    creditedMinor: claim.creditedMinor,
    supplierReference: claim.supplierReference,
    rejectionReason: claim.rejectionReason,
    version: claim.version,
  };
}

async function claimOutcome(
  tx: TransactionContext,
  before: SupplierClaimEntity,
  after: SupplierClaimEntity,
): Promise<MutationOutcome<SupplierClaimType>> {
  const view = await findClaimView(tx.manager, after.id, new Date());
  if (view === null) throw new Error(`supplier claim ${after.id} vanished inside its transaction`);
  return { result: view, targetId: after.id, before: auditState(before), after: auditState(after) };
}

const trimmed = (text: string | null | undefined): string | null => text?.trim() ?? null;

/** Sends an open claim to the supplier (OPEN → SUBMITTED), with their reference if known. */
export async function submitSupplierClaim(
  tx: TransactionContext,
  input: SubmitSupplierClaimInput,
): Promise<MutationOutcome<SupplierClaimType>> {
  const claim = await loadClaim(tx, input.id);
  const after = await transitionClaim(tx, claim, 'submit', {
    submittedAt: new Date(),
    supplierReference: trimmed(input.supplierReference) ?? claim.supplierReference,
  });
  return claimOutcome(tx, claim, after);
}

/**
 * Records the supplier's acceptance (SUBMITTED → ACCEPTED) with the amount credited (0 to the
 * claimed amount) and their reference, given now or at submission.
 */
export async function acceptSupplierClaim(
  tx: TransactionContext,
  input: AcceptSupplierClaimInput,
): Promise<MutationOutcome<SupplierClaimType>> {
  const claim = await loadClaim(tx, input.id);
  requireClaimEvent(claim, 'accept');
  const supplierReference = trimmed(input.supplierReference) ?? claim.supplierReference;
  if (supplierReference === null) {
    throw badInput(
      'input.supplierReference',
      "is required: the claim has no supplier's reference yet",
    );
  }
  const after = await transitionClaim(
    tx,
    claim,
    'accept',
    { creditedMinor: input.credited, supplierReference, resolvedAt: new Date() },
    { claimed: claim.amountMinor, credited: input.credited },
  );
  return claimOutcome(tx, claim, after);
}

/** Records the supplier's refusal (SUBMITTED → REJECTED) with their reason. */
export async function rejectSupplierClaim(
  tx: TransactionContext,
  input: RejectSupplierClaimInput,
): Promise<MutationOutcome<SupplierClaimType>> {
  const claim = await loadClaim(tx, input.id);
  const reason = input.reason.trim();
  const after = await transitionClaim(
    tx,
    claim,
    'reject',
    { rejectionReason: reason, resolvedAt: new Date() },
    { reason },
  );
  return claimOutcome(tx, claim, after);
}
