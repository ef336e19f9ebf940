import fc from 'fast-check';
import { ROLES, userActor, SYSTEM_ACTOR } from '../../actors/actor';
import type { CurrencyCode } from '../../money/currency';
import {
  amendRefundAmount,
  checkApprovalSatisfied,
  checkApprover,
  countsAsApproval,
  isApprovalSatisfied,
  type RefundApproval,
  type RefundUnderApproval,
} from '../approval';
import { largeRefundThreshold, requiresApproval } from '../large-refund';
import { outcome } from '../../__tests__/support/results';

const refund: RefundUnderApproval = {
  amount: 60_000,
  currency: 'USD',
  submitterId: 'u-1',
  approvals: [],
};
const approval = (change: Partial<RefundApproval> = {}): RefundApproval => ({
  approverId: 'u-2',
  approverRoles: ['FINANCE'],
  amount: 60_000,
  currency: 'USD',
  ...change,
});

describe('large-refund threshold: 500.00 by default', () => {
  test.each<[CurrencyCode, number]>([
    ['USD', 50_000],
    ['EUR', 50_000],
    ['JPY', 500],
    ['KWD', 500_000],
  ])('%s: %i minor units', (currency, threshold) => {
    expect(largeRefundThreshold(currency)).toBe(threshold);
  });

  test('a policy may set its own threshold', () => {
    expect(largeRefundThreshold('JPY', { largeRefundThresholds: { JPY: 75_000 } })).toBe(75_000);
  });

  test.each([
    ['one cent below does not need approval', 49_999, false],
    ['the threshold itself needs approval', 50_000, true],
    ['one cent above needs approval', 50_001, true],
  ])('%s', (_rule, amount, needed) => {
    expect(requiresApproval(amount, 50_000)).toBe(needed);
  });
});

describe('who may approve', () => {
  test.each([
    ['another FINANCE user', userActor('u-2', ['FINANCE']), 'OK'],
    [
      'the submitter, even with FINANCE and ADMIN',
      userActor('u-1', ['FINANCE', 'ADMIN']),
      'APPROVER_IS_SUBMITTER',
    ],
    ['an ADMIN without FINANCE', userActor('u-3', ['ADMIN']), 'FORBIDDEN'],
    ['the system', SYSTEM_ACTOR, 'FORBIDDEN'],
  ])('%s', (_rule, actor, expected) => {
    expect(outcome(checkApprover(actor, 'u-1'))).toBe(expected);
  });
});

describe('which approvals count', () => {
  test.each<[string, Partial<RefundApproval>, boolean]>([
    ['a FINANCE approval of the current amount', {}, true],
    ['an approval by the submitter', { approverId: 'u-1' }, false],
    ['an approval by someone without FINANCE', { approverRoles: ['ADMIN', 'SUPPORT'] }, false],
    ['an approval of an earlier amount', { amount: 59_999 }, false],
    ['an approval in another currency', { currency: 'EUR' }, false],
  ])('%s counts: %s', (_rule, change, counts) => {
    expect(countsAsApproval(approval(change), refund)).toBe(counts);
  });

  test('changing the amount voids earlier approvals', () => {
    const approved = { ...refund, approvals: [approval()] };
    expect(amendRefundAmount(approved, 60_001).approvals).toEqual([]);
    expect(amendRefundAmount(approved, 60_000)).toBe(approved);
  });

  test.each<[string, RefundUnderApproval, boolean]>([
    ['a small refund needs no approval', { ...refund, amount: 4_349 }, true],
    ['a large refund without approval is not satisfied', refund, false],
    [
      'a large refund with a counting approval is satisfied',
      { ...refund, approvals: [approval()] },
      true,
    ],
  ])('%s', (_rule, candidate, satisfied) => {
    expect(isApprovalSatisfied(candidate, 50_000)).toBe(satisfied);
    expect(outcome(checkApprovalSatisfied(candidate, 50_000))).toBe(
      satisfied ? 'OK' : 'APPROVAL_REQUIRED',
    );
  });

  test('property: an approval by the submitter never counts, whatever their roles or the amount', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.subarray([...ROLES]),
        fc.integer({ min: 0, max: 10_000_000 }),
        (userId, roles, amount) => {
          const own: RefundApproval = {
            approverId: userId,
            approverRoles: roles,
            amount,
            currency: 'USD',
          };
          const candidate = {
            amount,
            currency: 'USD' as const,
            submitterId: userId,
            approvals: [own],
          };
          expect(countsAsApproval(own, candidate)).toBe(false);
          expect(isApprovalSatisfied(candidate, 0)).toBe(false);
          expect(outcome(checkApprover(userActor(userId, [...roles, 'FINANCE']), userId))).toBe(
            'APPROVER_IS_SUBMITTER',
          );
        },
      ),
    );
  });
});
