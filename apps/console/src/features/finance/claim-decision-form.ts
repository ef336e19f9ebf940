import { parseMoneyInput } from '../../lib/money';
import type { FieldErrors } from '../../lib/ui/form-errors';
import type { SupplierClaimStatus } from '../../lib/graphql/generated/graphql';

/** The lifecycle steps a person records on a claim (claim-decisions resolver). */
export type ClaimDecision = 'submit' | 'accept' | 'reject';
export const CLAIM_DECISIONS: readonly ClaimDecision[] = ['submit', 'accept', 'reject'];

/** Which decisions a claim in this status can take: OPEN → SUBMITTED → ACCEPTED | REJECTED. */
export function decisionsFor(status: SupplierClaimStatus): readonly ClaimDecision[] {
  switch (status) {
    case 'OPEN':
      return ['submit'];
    case 'SUBMITTED':
      return ['accept', 'reject'];
    case 'ACCEPTED':
    case 'REJECTED':
      return [];
  }
}

export const DECISION_LABELS: Readonly<Record<ClaimDecision, string>> = {
  submit: 'Mark as sent',
  accept: 'Record acceptance',
  reject: 'Record refusal',
};

/** The same, as the buttons of a table row (the row says which claim). */
export const DECISION_SHORT_LABELS: Readonly<Record<ClaimDecision, string>> = {
  submit: 'Mark sent',
  accept: 'Accepted…',
  reject: 'Refused…',
};

/** The `decide` URL param: `<decision>:<claimId>`. */
export function decisionKey(decision: ClaimDecision, claimId: string): string {
  return `${decision}:${claimId}`;
}

export function parseDecisionKey(
  key: string | null,
): { readonly decision: ClaimDecision; readonly claimId: string } | null {
  if (key === null) return null;
  const at = key.indexOf(':');
  const decision = CLAIM_DECISIONS.find((d) => d === key.slice(0, at));
  const claimId = key.slice(at + 1);
  return decision === undefined || claimId === '' ? null : { decision, claimId };
}

export type ClaimDecisionField = 'credited' | 'supplierReference' | 'reason';
export const CLAIM_DECISION_FIELDS: readonly ClaimDecisionField[] = [
  'credited',
  'supplierReference',
  'reason',
];

export type ClaimDecisionValues = {
  readonly credited: string;
  readonly supplierReference: string;
  readonly reason: string;
};

export interface ClaimUnderDecision {
  readonly amount: { readonly amount: number; readonly currency: string };
  readonly supplierReference?: string | null | undefined;
}

export const MAX_REFERENCE_LENGTH = 200;
export const MAX_REASON_LENGTH = 2000;

/** The API's rules (claim-decisions.types.ts and service), checked before sending. */
export function validateClaimDecision(
  decision: ClaimDecision,
  values: ClaimDecisionValues,
  claim: ClaimUnderDecision,
): FieldErrors<ClaimDecisionField> {
  const errors: Partial<Record<ClaimDecisionField, string>> = {};
  if (values.supplierReference.trim().length > MAX_REFERENCE_LENGTH)
    errors.supplierReference = `Keep the reference under ${MAX_REFERENCE_LENGTH} characters.`;
  if (decision === 'accept') {
    const credited = parseMoneyInput(values.credited, claim.amount.currency);
    if (credited === null)
      errors.credited = `Enter the amount credited, like 12.50 (${claim.amount.currency}).`;
    else if (credited > claim.amount.amount)
      errors.credited = 'The supplier cannot credit more than was claimed.';
    const hasReference =
      values.supplierReference.trim() !== '' ||
      (claim.supplierReference !== null &&
        claim.supplierReference !== undefined &&
        claim.supplierReference !== '');
    if (!hasReference && errors.supplierReference === undefined)
      errors.supplierReference = 'Enter the supplier’s credit note number.';
  }
  if (decision === 'reject') {
    if (values.reason.trim() === '') errors.reason = 'Say why the supplier refused the claim.';
    else if (values.reason.trim().length > MAX_REASON_LENGTH)
      errors.reason = `Keep the reason under ${MAX_REASON_LENGTH} characters.`;
  }
  return errors;
}
