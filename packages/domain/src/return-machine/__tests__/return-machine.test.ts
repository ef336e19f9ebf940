import fc from 'fast-check';
import { SYSTEM_ACTOR, userActor, type Actor, type ActorRole } from '../../actors/actor';
import type { ReturnlessVerdict } from '../../policy/returnless';
import { labelExpiresAt, type ResolutionContext } from '../return-guards';
import { RETURN_MACHINE, type ReturnEvent, type ReturnEventContexts } from '../return-machine';
import {
  RETURN_STATUSES,
  TERMINAL_RETURN_STATUSES,
  holdsUnits,
  type ReturnStatus,
} from '../return-status';
import { failure, outcome, unwrap } from '../../__tests__/support/results';

const actors: Record<ActorRole, Actor> = {
  ADMIN: userActor('admin', ['ADMIN']),
  SUPPORT: userActor('agent', ['SUPPORT']),
  WAREHOUSE: userActor('inspector', ['WAREHOUSE']),
  FINANCE: userActor('finance', ['FINANCE']),
  SYSTEM: SYSTEM_ACTOR,
};

const eligible: ReturnlessVerdict = {
  eligible: true,
  currency: 'USD',
  threshold: 1000,
  lines: [{ orderLineId: 'l1', itemValue: 899, fault: 'SUPPLIER', refusals: [] }],
};
const ineligible: ReturnlessVerdict = {
  ...eligible,
  eligible: false,
  lines: [
    {
      orderLineId: 'l1',
      itemValue: 4999,
      fault: 'CUSTOMER',
      refusals: ['ABOVE_THRESHOLD', 'CUSTOMER_FAULT'],
    },
  ],
};
const issuedAt = new Date('2025-03-01T10:00:00Z');

/** A context with which each event's guard passes. */
const passing: { [E in ReturnEvent]: ReturnEventContexts[E] } = {
  authorize: undefined,
  reject: { declineReason: 'RETURN_WINDOW_EXPIRED', note: null },
  cancel: undefined,
  issueLabel: undefined,
  resolveReturnless: { returnless: eligible, refundIssued: true },
  scan: undefined,
  receive: undefined,
  inspect: { ungradedLineIds: [] },
  resolve: { resolution: 'REFUND', refundIssued: true },
  expire: { labelIssuedAt: issuedAt, now: labelExpiresAt(issuedAt) },
};

function fire<E extends ReturnEvent>(
  from: ReturnStatus,
  event: E,
  actor: Actor,
  context = passing[event],
) {
  return RETURN_MACHINE.fire(from, event, actor, ...([context] as [ReturnEventContexts[E]]));
}

describe('the return lifecycle table follows DESIGN §2', () => {
  test.each<[ReturnStatus, ReturnEvent, ReturnStatus, ActorRole[]]>([
    ['REQUESTED', 'authorize', 'AUTHORIZED', ['SUPPORT', 'ADMIN']],
    ['REQUESTED', 'reject', 'REJECTED', ['SUPPORT', 'ADMIN']],
    ['REQUESTED', 'cancel', 'CANCELLED', ['SUPPORT', 'ADMIN']],
    ['AUTHORIZED', 'cancel', 'CANCELLED', ['SUPPORT', 'ADMIN']],
    ['AUTHORIZED', 'issueLabel', 'LABEL_ISSUED', ['SUPPORT', 'ADMIN']],
    ['AUTHORIZED', 'resolveReturnless', 'COMPLETED', ['SUPPORT', 'ADMIN', 'SYSTEM']],
    ['LABEL_ISSUED', 'scan', 'IN_TRANSIT', ['WAREHOUSE', 'ADMIN', 'SYSTEM']],
    ['LABEL_ISSUED', 'receive', 'RECEIVED', ['WAREHOUSE', 'ADMIN']],
    ['IN_TRANSIT', 'receive', 'RECEIVED', ['WAREHOUSE', 'ADMIN']],
    ['RECEIVED', 'inspect', 'INSPECTED', ['WAREHOUSE', 'ADMIN']],
    ['INSPECTED', 'resolve', 'COMPLETED', ['SUPPORT', 'ADMIN', 'SYSTEM']],
    ['LABEL_ISSUED', 'expire', 'CANCELLED', ['SYSTEM', 'ADMIN']],
  ])('%s --%s--> %s, by %j only', (from, event, to, allowed) => {
    for (const [role, actor] of Object.entries(actors)) {
      const result = fire(from, event, actor);
      if (allowed.includes(role as ActorRole)) expect(unwrap(result)).toEqual({ from, event, to });
      else expect(outcome(result)).toBe('FORBIDDEN');
    }
  });

  test('the table has exactly those twelve transitions', () => {
    expect(RETURN_MACHINE.transitions).toHaveLength(12);
  });

  test('terminal statuses are COMPLETED, REJECTED and CANCELLED, with no way out', () => {
    expect(RETURN_MACHINE.terminal).toEqual(TERMINAL_RETURN_STATUSES);
    for (const status of TERMINAL_RETURN_STATUSES)
      expect(RETURN_MACHINE.eventsFrom(status)).toEqual([]);
  });

  test('a user holding several roles acts with any of them', () => {
    expect(outcome(fire('RECEIVED', 'inspect', userActor('u', ['SUPPORT', 'WAREHOUSE'])))).toBe(
      'OK',
    );
  });

  test('a step out of order is INVALID_TRANSITION naming the status and the action', () => {
    const error = failure(fire('REQUESTED', 'receive', actors.WAREHOUSE));
    expect(error).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: 'Cannot receive a return that is REQUESTED',
      details: {
        state: 'REQUESTED',
        event: 'receive',
        allowedEvents: ['authorize', 'reject', 'cancel'],
      },
    });
  });

  test('a warehouse user may not authorize: FORBIDDEN naming the role', () => {
    expect(failure(fire('REQUESTED', 'authorize', actors.WAREHOUSE))).toMatchObject({
      code: 'FORBIDDEN',
      details: { actorRoles: ['WAREHOUSE'], allowedRoles: ['SUPPORT', 'ADMIN'] },
    });
  });

  test('what each role may do on a received return', () => {
    expect(RETURN_MACHINE.eventsFrom('RECEIVED', actors.WAREHOUSE)).toEqual(['inspect']);
    expect(RETURN_MACHINE.eventsFrom('RECEIVED', actors.SUPPORT)).toEqual([]);
  });

  test.each<[ReturnStatus, boolean]>([
    ['REQUESTED', true],
    ['INSPECTED', true],
    ['COMPLETED', true],
    ['REJECTED', false],
    ['CANCELLED', false],
  ])('a %s return holds its units against new requests: %s', (status, holds) => {
    expect(holdsUnits(status)).toBe(holds);
  });
});

describe('guards explain refusals', () => {
  test.each<[string, ReturnEventContexts['reject'], string]>([
    ['a catalogued reason is enough', { declineReason: 'EXCESSIVE_RETURNS', note: null }, 'OK'],
    ['OTHER needs a note', { declineReason: 'OTHER', note: null }, 'DECLINE_NOTE_REQUIRED'],
    [
      'OTHER with a blank note is refused',
      { declineReason: 'OTHER', note: '   ' },
      'DECLINE_NOTE_REQUIRED',
    ],
    [
      'OTHER with a note is accepted',
      { declineReason: 'OTHER', note: 'Item is a custom engraving' },
      'OK',
    ],
  ])('reject: %s', (_rule, context, expected) => {
    expect(outcome(fire('REQUESTED', 'reject', actors.SUPPORT, context))).toBe(expected);
  });

  test.each<[string, ReturnEventContexts['resolveReturnless'], string]>([
    [
      'an eligible return whose refund is issued completes',
      { returnless: eligible, refundIssued: true },
      'OK',
    ],
    [
      'an eligible return waits for its refund',
      { returnless: eligible, refundIssued: false },
      'REFUND_NOT_ISSUED',
    ],
    [
      'an ineligible return cannot be resolved returnless',
      { returnless: ineligible, refundIssued: true },
      'RETURNLESS_NOT_ELIGIBLE',
    ],
  ])('resolveReturnless: %s', (_rule, context, expected) => {
    expect(outcome(fire('AUTHORIZED', 'resolveReturnless', SYSTEM_ACTOR, context))).toBe(expected);
  });

  test('inspect: every line needs a grade first', () => {
    expect(
      failure(fire('RECEIVED', 'inspect', actors.WAREHOUSE, { ungradedLineIds: ['l2'] })),
    ).toMatchObject({
      code: 'INSPECTION_INCOMPLETE',
      details: { orderLineIds: ['l2'] },
    });
  });

  test.each<[string, ResolutionContext, string]>([
    [
      'by refund completes when the refund is issued',
      { resolution: 'REFUND', refundIssued: true },
      'OK',
    ],
    [
      'by refund waits for the refund',
      { resolution: 'REFUND', refundIssued: false },
      'REFUND_NOT_ISSUED',
    ],
    [
      'by replacement completes when the replacement order is recorded',
      { resolution: 'REPLACEMENT', replacementOrderId: 'o-2' },
      'OK',
    ],
    [
      'by replacement waits for the replacement order',
      { resolution: 'REPLACEMENT', replacementOrderId: null },
      'REPLACEMENT_NOT_RECORDED',
    ],
    [
      'by decline completes with a catalogued reason',
      {
        resolution: 'DECLINE',
        declineReason: 'ITEM_NOT_RETURNED_IN_ORIGINAL_CONDITION',
        note: null,
      },
      'OK',
    ],
    [
      'by decline with OTHER needs a note',
      { resolution: 'DECLINE', declineReason: 'OTHER', note: '' },
      'DECLINE_NOTE_REQUIRED',
    ],
  ])('resolve %s', (_rule, context, expected) => {
    expect(outcome(fire('INSPECTED', 'resolve', actors.SUPPORT, context))).toBe(expected);
  });

  test.each([
    ['a label unused for 30 days expires', 30 * 86_400_000, 'OK'],
    ['a label one millisecond short of 30 days does not', 30 * 86_400_000 - 1, 'LABEL_NOT_EXPIRED'],
    ['a fresh label does not', 86_400_000, 'LABEL_NOT_EXPIRED'],
  ])('expire: %s', (_rule, age, expected) => {
    const context = { labelIssuedAt: issuedAt, now: new Date(issuedAt.getTime() + age) };
    expect(outcome(fire('LABEL_ISSUED', 'expire', SYSTEM_ACTOR, context))).toBe(expected);
  });

  test('the expiry refusal says when the label expires', () => {
    const context = { labelIssuedAt: issuedAt, now: issuedAt };
    expect(failure(fire('LABEL_ISSUED', 'expire', SYSTEM_ACTOR, context)).details).toEqual({
      expiresAt: '2025-03-31T10:00:00.000Z',
    });
  });
});

describe('property: a random walk never leaves the table', () => {
  const events = Object.keys(passing) as ReturnEvent[];
  const contextFor: { [E in ReturnEvent]: fc.Arbitrary<ReturnEventContexts[E]> } = {
    authorize: fc.constant(undefined),
    reject: fc.record({
      declineReason: fc.constantFrom('OTHER' as const, 'EXCESSIVE_RETURNS' as const),
      note: fc.option(fc.string(), { nil: null }),
    }),
    cancel: fc.constant(undefined),
    issueLabel: fc.constant(undefined),
    resolveReturnless: fc.record({
      returnless: fc.constantFrom(eligible, ineligible),
      refundIssued: fc.boolean(),
    }),
    scan: fc.constant(undefined),
    receive: fc.constant(undefined),
    inspect: fc.record({
      ungradedLineIds: fc.array(fc.constantFrom('l1', 'l2'), { maxLength: 2 }),
    }),
    resolve: fc.oneof(
      fc.record({ resolution: fc.constant('REFUND' as const), refundIssued: fc.boolean() }),
      fc.record({
        resolution: fc.constant('REPLACEMENT' as const),
        replacementOrderId: fc.option(fc.string(), { nil: null }),
      }),
    ),
    expire: fc.record({
      labelIssuedAt: fc.constant(issuedAt),
      now: fc
        .integer({ min: 0, max: 60 })
        .map((days) => new Date(issuedAt.getTime() + days * 86_400_000)),
    }),
  };
  const step = fc.constantFrom(...events).chain((event) =>
    fc.record({
      event: fc.constant(event),
      actor: fc.constantFrom(...Object.values(actors)),
      context: contextFor[event] as fc.Arbitrary<unknown>,
    }),
  );

  test('every accepted step is a row of the table, by an allowed role; terminal states never move', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let status: ReturnStatus = RETURN_MACHINE.initial;
        for (const { event, actor, context } of steps) {
          const result = fire(status, event, actor, context as never);
          if (RETURN_MACHINE.isTerminal(status)) expect(result.ok).toBe(false);
          if (!result.ok) continue;
          const row = RETURN_MACHINE.transitions.find(
            (r) => r.from === status && r.event === event,
          );
          expect(row?.to).toContain(result.value.to);
          expect(row?.roles.some((role) => actors[role] === actor)).toBe(true);
          status = result.value.to;
          expect(RETURN_STATUSES).toContain(status);
        }
      }),
    );
  });
});
