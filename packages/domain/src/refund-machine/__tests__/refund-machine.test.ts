import fc from 'fast-check';
import { SYSTEM_ACTOR, userActor, type Actor, type ActorRole } from '../../actors/actor';
import type { RefundApproval, RefundUnderApproval } from '../../approval/approval';
import { REFUND_MACHINE, type RefundEvent, type RefundEventContexts } from '../refund-machine';
import { REFUND_STATUSES, type RefundStatus } from '../refund-status';
import { failure, outcome, unwrap } from '../../__tests__/support/results';

const submitter = userActor('fin-1', ['FINANCE']);
const approver = userActor('fin-2', ['FINANCE']);
const admin = userActor('admin', ['ADMIN']);
const agent = userActor('agent', ['SUPPORT']);
const threshold = 50_000;

const approval = (amount: number, approverId = approver.userId): RefundApproval => ({
  approverId,
  approverRoles: ['FINANCE'],
  amount,
  currency: 'USD',
});
const refund = (amount: number, approvals: RefundApproval[] = []): RefundUnderApproval => ({
  amount,
  currency: 'USD',
  submitterId: submitter.userId,
  approvals,
});

describe('submitting a refund: large ones wait for approval', () => {
  test.each([
    ['one cent below the threshold is approved on submission', threshold - 1, 'APPROVED'],
    ['exactly the threshold needs approval', threshold, 'PENDING_APPROVAL'],
    ['one cent above the threshold needs approval', threshold + 1, 'PENDING_APPROVAL'],
    ['the worked example (43.49) is approved on submission', 4349, 'APPROVED'],
  ])('%s', (_rule, amount, to) => {
    expect(
      unwrap(REFUND_MACHINE.fire('DRAFT', 'submit', submitter, { amount, threshold })).to,
    ).toBe(to);
  });

  test.each([
    ['a zero refund', 0, 'NOTHING_TO_REFUND'],
    ['a negative refund', -1, 'INVALID_AMOUNT'],
    ['a fractional amount', 43.49, 'INVALID_AMOUNT'],
  ])('refuses to submit %s', (_rule, amount, code) => {
    expect(outcome(REFUND_MACHINE.fire('DRAFT', 'submit', submitter, { amount, threshold }))).toBe(
      code,
    );
  });

  test('support cannot submit refunds: finance drives them', () => {
    expect(outcome(REFUND_MACHINE.fire('DRAFT', 'submit', agent, { amount: 1, threshold }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('approving a large refund', () => {
  const context = { submitterId: submitter.userId };

  test('another FINANCE user approves', () => {
    expect(unwrap(REFUND_MACHINE.fire('PENDING_APPROVAL', 'approve', approver, context)).to).toBe(
      'APPROVED',
    );
  });

  test('the submitter cannot approve their own refund, even holding more roles', () => {
    const sameUser = userActor(submitter.userId, ['FINANCE', 'ADMIN']);
    expect(outcome(REFUND_MACHINE.fire('PENDING_APPROVAL', 'approve', sameUser, context))).toBe(
      'APPROVER_IS_SUBMITTER',
    );
  });

  test.each<[string, Actor]>([
    ['an ADMIN without FINANCE', admin],
    ['a SUPPORT agent', agent],
    ['the system', SYSTEM_ACTOR],
  ])('%s cannot approve', (_rule, actor) => {
    expect(outcome(REFUND_MACHINE.fire('PENDING_APPROVAL', 'approve', actor, context))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('issuing, failing, retrying and rejecting', () => {
  test.each<[string, RefundEventContexts['issue'], string]>([
    [
      'a small refund is issued without approval',
      { outcome: 'SUCCEEDED', refund: refund(4349), threshold },
      'ISSUED',
    ],
    [
      'a gateway failure moves it to FAILED',
      { outcome: 'FAILED', refund: refund(4349), threshold },
      'FAILED',
    ],
    [
      'a large refund with a counting approval is issued',
      { outcome: 'SUCCEEDED', refund: refund(60_000, [approval(60_000)]), threshold },
      'ISSUED',
    ],
    [
      'a large refund without approval is refused',
      { outcome: 'SUCCEEDED', refund: refund(60_000), threshold },
      'APPROVAL_REQUIRED',
    ],
    [
      'an approval of another amount does not count',
      { outcome: 'SUCCEEDED', refund: refund(60_000, [approval(55_000)]), threshold },
      'APPROVAL_REQUIRED',
    ],
    [
      'the submitter’s own approval does not count',
      {
        outcome: 'SUCCEEDED',
        refund: refund(60_000, [approval(60_000, submitter.userId)]),
        threshold,
      },
      'APPROVAL_REQUIRED',
    ],
  ])('%s', (_rule, context, expected) => {
    const result = REFUND_MACHINE.fire('APPROVED', 'issue', submitter, context);
    expect(result.ok ? result.value.to : outcome(result)).toBe(expected);
  });

  test('a failed refund may be retried by finance or by the system', () => {
    expect(unwrap(REFUND_MACHINE.fire('FAILED', 'retry', SYSTEM_ACTOR)).to).toBe('APPROVED');
    expect(unwrap(REFUND_MACHINE.fire('FAILED', 'retry', submitter)).to).toBe('APPROVED');
  });

  test.each<[RefundStatus]>([['DRAFT'], ['PENDING_APPROVAL']])(
    'a %s refund can be rejected',
    (from) => {
      expect(unwrap(REFUND_MACHINE.fire(from, 'reject', approver)).to).toBe('REJECTED');
    },
  );

  test('an issued refund is final: issuing again is INVALID_TRANSITION', () => {
    const context = { outcome: 'SUCCEEDED' as const, refund: refund(1), threshold };
    expect(failure(REFUND_MACHINE.fire('ISSUED', 'issue', submitter, context))).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: 'Cannot issue a refund that is ISSUED',
    });
  });

  test('the table is the one in DESIGN', () => {
    expect(
      REFUND_MACHINE.transitions.map((row) => `${row.from} -${row.event}-> ${row.to.join('|')}`),
    ).toEqual([
      'DRAFT -submit-> PENDING_APPROVAL|APPROVED',
      'PENDING_APPROVAL -approve-> APPROVED',
      'DRAFT -reject-> REJECTED',
      'PENDING_APPROVAL -reject-> REJECTED',
      'APPROVED -issue-> ISSUED|FAILED',
      'FAILED -retry-> APPROVED',
    ]);
    expect(REFUND_MACHINE.terminal).toEqual(['ISSUED', 'REJECTED']);
  });
});

describe('property: a random walk never leaves the table', () => {
  const actors: Record<ActorRole, Actor> = {
    ADMIN: admin,
    SUPPORT: agent,
    WAREHOUSE: userActor('inspector', ['WAREHOUSE']),
    FINANCE: approver,
    SYSTEM: SYSTEM_ACTOR,
  };
  const amount = fc.integer({ min: -1, max: 100_000 });
  const contextFor: { [E in RefundEvent]: fc.Arbitrary<RefundEventContexts[E]> } = {
    submit: fc.record({ amount, threshold: fc.constant(threshold) }),
    approve: fc.record({ submitterId: fc.constantFrom(submitter.userId, approver.userId) }),
    reject: fc.constant(undefined),
    issue: fc.record({
      outcome: fc.constantFrom('SUCCEEDED' as const, 'FAILED' as const),
      refund: amount.chain((value) =>
        fc.constantFrom(refund(value), refund(value, [approval(value)])),
      ),
      threshold: fc.constant(threshold),
    }),
    retry: fc.constant(undefined),
  };
  const events: RefundEvent[] = ['submit', 'approve', 'reject', 'issue', 'retry'];
  const step = fc.constantFrom(...events).chain((event) =>
    fc.record({
      event: fc.constant(event),
      actor: fc.constantFrom(...Object.values(actors)),
      context: contextFor[event] as fc.Arbitrary<unknown>,
    }),
  );

  test('every accepted step is a row of the table by an allowed role', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let status: RefundStatus = REFUND_MACHINE.initial;
        for (const { event, actor, context } of steps) {
          const result = REFUND_MACHINE.fire(status, event, actor, context as never);
          if (REFUND_MACHINE.isTerminal(status)) expect(result.ok).toBe(false);
          if (!result.ok) continue;
          const row = REFUND_MACHINE.transitions.find(
            (r) => r.from === status && r.event === event,
          );
          expect(row?.to).toContain(result.value.to);
          expect(row?.roles.some((role) => actors[role] === actor)).toBe(true);
          status = result.value.to;
          expect(REFUND_STATUSES).toContain(status);
        }
      }),
    );
  });
});
