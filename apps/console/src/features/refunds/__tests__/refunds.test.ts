import type { Role } from '../../../lib/graphql/generated/graphql';
import {
  beginIssueAttempt,
  endIssueAttempt,
  isRetryableIssueError,
  memoryKeyStore,
  pendingIssueKey,
} from '../issue-attempt';
import { approvalBlock, availableRefundActions } from '../refund-actions';
import { reapprovalNeeded, submitterLabel } from '../refund-detail';
import {
  minorToInput,
  parseMinorUnits,
  toAdjustRefundInput,
  validateAdjustRefund,
  validateRejectRefund,
} from '../refund-forms';
import {
  readRefundAction,
  readRefundsListParams,
  refundsUrl,
  refundUrl,
  EMPTY_REFUNDS_LIST,
} from '../urls';

describe('refund URLs', () => {
  it('is the bare path for the approval queue, the default tab', () => {
    expect(refundsUrl()).toBe('/refunds');
    expect(refundsUrl({ view: 'approval' })).toBe('/refunds');
  });

  it('round-trips tab, status filter and page', () => {
    const url = refundsUrl({
      view: 'all',
      status: ['ISSUED', 'FAILED'],
      after: 'c2',
      trail: ['c1'],
    });
    expect(url).toBe('/refunds?after=c2&status=ISSUED&status=FAILED&trail=c1&view=all');
    expect(readRefundsListParams(new URL(url, 'https://console.test').searchParams)).toEqual({
      view: 'all',
      status: ['ISSUED', 'FAILED'],
      after: 'c2',
      trail: ['c1'],
    });
  });

  it('drops a status filter outside the "all" tab, and unknown values', () => {
    expect(readRefundsListParams(new URLSearchParams('view=ready&status=ISSUED'))).toEqual({
      ...EMPTY_REFUNDS_LIST,
      view: 'ready',
    });
    expect(readRefundsListParams(new URLSearchParams('view=mine&status=LOST'))).toEqual(
      EMPTY_REFUNDS_LIST,
    );
  });

  it('keeps an open dialog in the refund page URL', () => {
    expect(refundUrl('f-1', { action: 'approve' })).toBe('/refunds/f-1?action=approve');
    expect(readRefundAction(new URLSearchParams('action=approve'))).toBe('approve');
    expect(readRefundAction(new URLSearchParams('action=steal'))).toBeNull();
  });
});

describe('refund actions and the four-eyes rule', () => {
  const as = (
    roles: Role[],
    status: Parameters<typeof availableRefundActions>[0]['status'],
    submittedById: string | null = 'u-sub',
  ) => availableRefundActions({ status, roles, viewerId: 'u-me', submittedById });

  it('never offers approval to the submitter, whatever their roles', () => {
    expect(as(['FINANCE'], 'PENDING_APPROVAL', 'u-me')).toEqual([
      'adjust',
      'recalculate',
      'reject',
    ]);
    expect(as(['FINANCE', 'SUPPORT'], 'PENDING_APPROVAL', 'u-me')).toEqual([
      'adjust',
      'recalculate',
      'reject',
    ]);
    expect(
      approvalBlock({
        status: 'PENDING_APPROVAL',
        roles: ['FINANCE'],
        viewerId: 'u-me',
        submittedById: 'u-me',
      }),
    ).toBe('own-submission');
  });

  it('lets another finance user approve; ADMIN alone may not', () => {
    expect(as(['FINANCE'], 'PENDING_APPROVAL')).toEqual([
      'approve',
      'adjust',
      'recalculate',
      'reject',
    ]);
    expect(as(['ADMIN'], 'PENDING_APPROVAL')).toEqual(['adjust', 'recalculate', 'reject']);
    expect(
      approvalBlock({
        status: 'PENDING_APPROVAL',
        roles: ['ADMIN'],
        viewerId: 'u-me',
        submittedById: 'u-sub',
      }),
    ).toBe('role');
  });

  it('follows the refund machine for submit, issue and retry; support sees no action', () => {
    expect(as(['FINANCE'], 'DRAFT', null)).toEqual(['submit', 'adjust', 'recalculate', 'reject']);
    expect(as(['ADMIN'], 'APPROVED')).toEqual(['adjust', 'recalculate', 'issue']);
    expect(as(['FINANCE'], 'FAILED')).toEqual(['retry']);
    expect(as(['FINANCE'], 'ISSUED')).toEqual([]);
    expect(as(['SUPPORT'], 'DRAFT', null)).toEqual([]);
    expect(as(['SUPPORT'], 'APPROVED')).toEqual([]);
  });

  it('offers amendments only while nothing has been sent (DRAFT, PENDING_APPROVAL, APPROVED)', () => {
    for (const status of ['ISSUED', 'FAILED', 'REJECTED'] as const) {
      expect(as(['FINANCE', 'ADMIN'], status)).not.toContain('adjust');
      expect(as(['FINANCE', 'ADMIN'], status)).not.toContain('recalculate');
    }
  });

  it('an APPROVED refund whose amount changed is approved again before issuing, not by the submitter', () => {
    const changed = (viewerId: string, roles: Role[]) =>
      availableRefundActions({
        status: 'APPROVED',
        roles,
        viewerId,
        submittedById: 'u-sub',
        reapprovalNeeded: true,
      });
    expect(changed('u-me', ['FINANCE'])).toEqual(['approve', 'adjust', 'recalculate']);
    expect(changed('u-sub', ['FINANCE'])).toEqual(['adjust', 'recalculate']);
    expect(changed('u-me', ['ADMIN'])).toEqual(['adjust', 'recalculate']);
    // Still approved at its amount: nothing to approve again.
    expect(as(['FINANCE'], 'APPROVED')).toEqual(['adjust', 'recalculate', 'issue']);
  });
});

describe('issue attempts and their idempotency key', () => {
  let counter = 0;
  const newKey = () => {
    counter += 1;
    return `key-${counter}`;
  };

  it('reuses the key of an unanswered attempt, and starts fresh once answered', () => {
    const store = memoryKeyStore();
    expect(pendingIssueKey(store, 'f-1')).toBeNull();
    const first = beginIssueAttempt(store, 'f-1', newKey);
    // The answer was lost: the retry sends the same key, so the gateway pays once.
    expect(beginIssueAttempt(store, 'f-1', newKey)).toBe(first);
    expect(pendingIssueKey(store, 'f-1')).toBe(first);
    endIssueAttempt(store, 'f-1');
    expect(beginIssueAttempt(store, 'f-1', newKey)).not.toBe(first);
  });

  it('keeps attempts of different refunds apart', () => {
    const store = memoryKeyStore();
    expect(beginIssueAttempt(store, 'f-1', newKey)).not.toBe(
      beginIssueAttempt(store, 'f-2', newKey),
    );
  });

  it('retries only when the request may not have been answered', () => {
    expect(isRetryableIssueError({ kind: 'network', code: null })).toBe(true);
    expect(isRetryableIssueError({ kind: 'graphql', code: 'CONFLICT' })).toBe(true);
    expect(isRetryableIssueError({ kind: 'graphql', code: 'APPROVAL_REQUIRED' })).toBe(false);
    expect(isRetryableIssueError({ kind: 'graphql', code: 'INVALID_TRANSITION' })).toBe(false);
  });
});

describe('who submitted a refund, and whether its approval still counts', () => {
  const refund = {
    status: 'APPROVED' as const,
    needsApproval: true,
    total: { amount: 60_000, currency: 'USD' },
    approvals: [
      {
        approverId: 'u-2',
        approverName: 'Frank Finance',
        approvedAt: '2026-01-01T00:00:00Z',
        amount: 70_000,
        voidedAt: '2026-01-02T00:00:00Z',
      },
    ],
  };

  it('says "You" to the submitter and names them to everyone else', () => {
    const submitted = { submittedById: 'u-1', submittedBy: { id: 'u-1', displayName: 'Fiona' } };
    expect(submitterLabel(submitted, 'u-1')).toBe('You');
    expect(submitterLabel(submitted, 'u-2')).toBe('Fiona');
    expect(submitterLabel({ submittedById: null, submittedBy: null }, 'u-2')).toBe(
      'Not submitted yet',
    );
  });

  it('needs a new approval when the approval of a large APPROVED refund was voided', () => {
    expect(reapprovalNeeded(refund)).toBe(true);
    const approvals = refund.approvals.map((approval) => ({
      ...approval,
      amount: 60_000,
      voidedAt: null,
    }));
    expect(reapprovalNeeded({ ...refund, approvals })).toBe(false);
    expect(reapprovalNeeded({ ...refund, needsApproval: false })).toBe(false);
    expect(reapprovalNeeded({ ...refund, status: 'PENDING_APPROVAL' })).toBe(false);
  });
});

describe('adjusting a refund amount', () => {
  const limits = { currency: 'USD', digits: 2, currentTotal: 60_000, computedTotal: 60_000 };
  const valid = { total: '550.25', reason: 'Goodwill agreed with the customer' };

  it("reads amounts exactly, in the currency's minor units", () => {
    expect(parseMinorUnits('550.25', 2)).toBe(55_025);
    expect(parseMinorUnits(' 550.2 ', 2)).toBe(55_020);
    expect(parseMinorUnits('550', 2)).toBe(55_000);
    expect(parseMinorUnits('0.07', 2)).toBe(7);
    expect(parseMinorUnits('1,000.00', 2)).toBeNull();
    expect(parseMinorUnits('5.001', 2)).toBeNull();
    expect(parseMinorUnits('-5', 2)).toBeNull();
    expect(parseMinorUnits('500', 0)).toBe(500);
    expect(parseMinorUnits('500.5', 0)).toBeNull();
    expect(minorToInput(55_025, 2)).toBe('550.25');
    expect(minorToInput(7, 2)).toBe('0.07');
    expect(minorToInput(500, 0)).toBe('500');
  });

  it('only lowers the total, and needs a reason', () => {
    expect(validateAdjustRefund(valid, limits)).toEqual({});
    expect(validateAdjustRefund({ ...valid, total: '600.01' }, limits).total).toBe(
      'An adjustment can only lower the refund: at most $600.00.',
    );
    expect(validateAdjustRefund({ ...valid, total: '600' }, limits).total).toBe(
      'That is already the total.',
    );
    expect(validateAdjustRefund({ ...valid, total: '' }, limits).total).toBe(
      'Enter the new total.',
    );
    expect(validateAdjustRefund({ ...valid, total: '12,5' }, limits).total).toMatch(
      /^Enter an amount with a decimal point/,
    );
    expect(validateAdjustRefund({ ...valid, reason: '  ' }, limits).reason).toBe(
      'Say why the amount changes.',
    );
    expect(validateAdjustRefund({ ...valid, reason: 'ok' }, limits).reason).toBe(
      'Write at least 5 characters.',
    );
  });

  it('sends minor units and the trimmed reason', () => {
    expect(toAdjustRefundInput('f-1', { total: '550.25', reason: ' Goodwill ' }, 2)).toEqual({
      id: 'f-1',
      total: 55_025,
      reason: 'Goodwill',
    });
  });
});

describe('rejecting a refund', () => {
  it('needs a reason someone else can act on', () => {
    expect(validateRejectRefund({ reason: ' ' }).reason).toBe('Say why the refund is rejected.');
    expect(validateRejectRefund({ reason: 'dup' }).reason).toBe('Write at least 5 characters.');
    expect(validateRejectRefund({ reason: 'Duplicate of RMA-1002' })).toEqual({});
  });
});
