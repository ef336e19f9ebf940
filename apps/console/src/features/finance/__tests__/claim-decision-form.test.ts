import { decisionsFor, parseDecisionKey, validateClaimDecision } from '../claim-decision-form';

const claim = { amount: { amount: 4999, currency: 'USD' }, supplierReference: null };
const empty = { credited: '', supplierReference: '', reason: '' };

describe('supplier claim decisions', () => {
  it('offers sending for OPEN claims, acceptance or refusal for SUBMITTED ones, nothing after', () => {
    expect(decisionsFor('OPEN')).toEqual(['submit']);
    expect(decisionsFor('SUBMITTED')).toEqual(['accept', 'reject']);
    expect(decisionsFor('ACCEPTED')).toEqual([]);
    expect(decisionsFor('REJECTED')).toEqual([]);
  });

  it('reads the decision and claim from the URL param, refusing anything else', () => {
    expect(parseDecisionKey('accept:abc-1')).toEqual({ decision: 'accept', claimId: 'abc-1' });
    expect(parseDecisionKey('approve:abc-1')).toBeNull();
    expect(parseDecisionKey('accept:')).toBeNull();
    expect(parseDecisionKey(null)).toBeNull();
  });

  it('needs a credited amount within the claim and a credit note reference to accept', () => {
    expect(validateClaimDecision('accept', empty, claim)).toEqual({
      credited: 'Enter the amount credited, like 12.50 (USD).',
      supplierReference: 'Enter the supplier’s credit note number.',
    });
    expect(
      validateClaimDecision(
        'accept',
        { ...empty, credited: '50.00', supplierReference: 'CN-1' },
        claim,
      ),
    ).toEqual({ credited: 'The supplier cannot credit more than was claimed.' });
    expect(
      validateClaimDecision('accept', { ...empty, credited: '49.999' }, claim).credited,
    ).toBeDefined();
    expect(
      validateClaimDecision(
        'accept',
        { ...empty, credited: '20' },
        { ...claim, supplierReference: 'RMA-9' },
      ),
    ).toEqual({});
  });

  it('needs a reason to record a refusal, and nothing to mark a claim as sent', () => {
    expect(validateClaimDecision('reject', { ...empty, reason: '  ' }, claim)).toEqual({
      reason: 'Say why the supplier refused the claim.',
    });
    expect(validateClaimDecision('submit', empty, claim)).toEqual({});
  });
});
