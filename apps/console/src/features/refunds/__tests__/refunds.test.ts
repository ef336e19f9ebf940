import type { Role } from '../../../lib/graphql/generated/graphql';
import {
  beginIssueAttempt,
  endIssueAttempt,
  isRetryableIssueError,
  memoryKeyStore,
  pendingIssueKey,
} from '../issue-attempt';
import { approvalBlock, availableRefundActions } from '../refund-actions';
import { validateRejectRefund } from '../refund-forms';
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
    expect(as(['FINANCE'], 'PENDING_APPROVAL', 'u-me')).toEqual(['reject']);
    expect(as(['FINANCE', 'SUPPORT'], 'PENDING_APPROVAL', 'u-me')).toEqual(['reject']);
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
    expect(as(['FINANCE'], 'PENDING_APPROVAL')).toEqual(['approve', 'reject']);
    expect(as(['ADMIN'], 'PENDING_APPROVAL')).toEqual(['reject']);
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
    expect(as(['FINANCE'], 'DRAFT', null)).toEqual(['submit', 'reject']);
    expect(as(['ADMIN'], 'APPROVED')).toEqual(['issue']);
    expect(as(['FINANCE'], 'FAILED')).toEqual(['retry']);
    expect(as(['FINANCE'], 'ISSUED')).toEqual([]);
    expect(as(['SUPPORT'], 'DRAFT', null)).toEqual([]);
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

describe('rejecting a refund', () => {
  it('needs a reason someone else can act on', () => {
    expect(validateRejectRefund({ reason: ' ' }).reason).toBe('Say why the refund is rejected.');
    expect(validateRejectRefund({ reason: 'dup' }).reason).toBe('Write at least 5 characters.');
    expect(validateRejectRefund({ reason: 'Duplicate of RMA-1002' })).toEqual({});
  });
});
