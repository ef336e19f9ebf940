import { DEFAULT_RETURN_POLICY, validateOverrideReason } from '@rebound/domain';
import { fromDomainError } from '../../common/errors/app-error';
import type { JsonObject } from '../../common/json';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { returnOutcome } from './return-outcome';
import { loadReturn, transitionReturn } from './return-transition';
import type { ReturnEntity } from './return.entity';
import type { RmaType } from './return.type';
import type {
  AuthorizeReturnInput,
  CancelReturnInput,
  RejectReturnInput,
} from './support-desk.types';

/**
 * A late request carries its override into the authorization: the authorizer's own reason when
 * given, else the one recorded with the request; requests in time need none.
 */
function overrideFor(rma: ReturnEntity, given: string | null): JsonObject {
  if (rma.status !== 'REQUESTED' || rma.policyVerdict.withinWindow) return {};
  const checked = validateOverrideReason(
    given ?? rma.overrideReason ?? '',
    DEFAULT_RETURN_POLICY.overrideReasonMinLength,
  );
  if (!checked.ok)
    throw fromDomainError({
      ...checked.error,
      details: { ...checked.error.details, path: 'input.overrideReason' },
    });
  return { overrideReason: checked.value };
}

/** Accepts a requested return (REQUESTED → AUTHORIZED); stops the first-response clock. */
export async function authorizeReturn(
  tx: TransactionContext,
  input: AuthorizeReturnInput,
): Promise<MutationOutcome<RmaType>> {
  const rma = await loadReturn(tx, input.id);
  const details = overrideFor(rma, input.overrideReason ?? null);
  const now = new Date();
  const after = await transitionReturn(
    tx,
    rma,
    'authorize',
    { authorizedAt: now, firstResponseAt: rma.firstResponseAt ?? now },
    details,
  );
  return returnOutcome(tx, rma, after, details);
}

/** Declines a requested return (REQUESTED → REJECTED) with a catalogued reason; OTHER needs a note. */
export async function rejectReturn(
  tx: TransactionContext,
  input: RejectReturnInput,
): Promise<MutationOutcome<RmaType>> {
  const rma = await loadReturn(tx, input.id);
  const note = input.note?.trim() ?? '';
  const decline = { declineReason: input.declineReason, note: note === '' ? null : note };
  const now = new Date();
  const after = await transitionReturn(
    tx,
    rma,
    'reject',
    {
      declineReason: decline.declineReason,
      firstResponseAt: rma.firstResponseAt ?? now,
      completedAt: now,
    },
    decline,
    decline,
  );
  return returnOutcome(tx, rma, after, decline);
}

/** Withdraws a return before a label exists (REQUESTED or AUTHORIZED → CANCELLED). */
export async function cancelReturn(
  tx: TransactionContext,
  input: CancelReturnInput,
): Promise<MutationOutcome<RmaType>> {
  const rma = await loadReturn(tx, input.id);
  const details = { reason: input.reason.trim() };
  const now = new Date();
  const after = await transitionReturn(
    tx,
    rma,
    'cancel',
    { firstResponseAt: rma.firstResponseAt ?? now, completedAt: now },
    details,
  );
  return returnOutcome(tx, rma, after, details);
}
