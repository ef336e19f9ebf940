import { SYSTEM_ACTOR, userActor } from '../../actors/actor';
import { err, ok } from '../../result/result';
import {
  checkMachineDefinition,
  InconsistentMachineError,
  type MachineProblemKind,
} from '../check-machine-definition';
import { defineMachine } from '../define-machine';
import type { MachineShape } from '../machine-definition';
import { failure, unwrap } from '../../__tests__/support/results';

type DoorStatus = 'OPEN' | 'SHUT' | 'LOCKED' | 'BROKEN';
type DoorEvents = { shut: undefined; lock: { code: string }; kick: { hard: boolean } };

const door = defineMachine<DoorStatus, DoorEvents>({
  name: 'door',
  states: ['OPEN', 'SHUT', 'LOCKED', 'BROKEN'],
  initial: 'OPEN',
  terminal: ['LOCKED', 'BROKEN'],
  events: {
    shut: [{ from: 'OPEN', to: 'SHUT', roles: ['WAREHOUSE'] }],
    lock: [
      {
        from: 'SHUT',
        to: 'LOCKED',
        roles: ['ADMIN'],
        guard: (context) =>
          context.code === '1234' ? ok(context) : err('FORBIDDEN', 'Wrong code'),
      },
    ],
    kick: [
      {
        from: 'SHUT',
        to: ['OPEN', 'BROKEN'],
        roles: ['SYSTEM'],
        choose: (c) => (c.hard ? 'BROKEN' : 'OPEN'),
      },
    ],
  },
});

const warehouse = userActor('u-1', ['WAREHOUSE']);
const admin = userActor('u-2', ['ADMIN']);

describe('a machine defined as data', () => {
  test('it lists its table as (from, event, to) rows with roles', () => {
    expect(door.transitions).toEqual([
      { from: 'OPEN', event: 'shut', to: ['SHUT'], roles: ['WAREHOUSE'] },
      { from: 'SHUT', event: 'lock', to: ['LOCKED'], roles: ['ADMIN'] },
      { from: 'SHUT', event: 'kick', to: ['OPEN', 'BROKEN'], roles: ['SYSTEM'] },
    ]);
  });

  test('a permitted event moves to its target', () => {
    expect(unwrap(door.fire('OPEN', 'shut', warehouse))).toEqual({
      from: 'OPEN',
      event: 'shut',
      to: 'SHUT',
    });
  });

  test('an event with several targets lets its context choose', () => {
    expect(unwrap(door.fire('SHUT', 'kick', SYSTEM_ACTOR, { hard: true })).to).toBe('BROKEN');
    expect(unwrap(door.fire('SHUT', 'kick', SYSTEM_ACTOR, { hard: false })).to).toBe('OPEN');
  });

  test('an event the table lacks is INVALID_TRANSITION naming the state and the event', () => {
    const error = failure(door.fire('LOCKED', 'shut', warehouse));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe('Cannot shut a door that is LOCKED');
    expect(error.details).toEqual({
      machine: 'door',
      state: 'LOCKED',
      event: 'shut',
      allowedEvents: [],
    });
  });

  test('a role not allowed is FORBIDDEN naming the roles', () => {
    const error = failure(door.fire('OPEN', 'shut', admin));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('Role ADMIN may not shut a door (allowed: WAREHOUSE)');
  });

  test('a user without roles is FORBIDDEN as "none"', () => {
    expect(failure(door.fire('OPEN', 'shut', userActor('u-3', []))).message).toMatch(
      /^Role none may not/,
    );
  });

  test('a guard’s refusal is returned as is', () => {
    expect(failure(door.fire('SHUT', 'lock', admin, { code: '0000' })).message).toBe('Wrong code');
    expect(unwrap(door.fire('SHUT', 'lock', admin, { code: '1234' })).to).toBe('LOCKED');
  });

  test('events from a state, optionally only those an actor may fire', () => {
    expect(door.eventsFrom('SHUT')).toEqual(['lock', 'kick']);
    expect(door.eventsFrom('SHUT', admin)).toEqual(['lock']);
    expect(door.isTerminal('LOCKED')).toBe(true);
    expect(door.isTerminal('SHUT')).toBe(false);
  });

  test('a choice outside the declared targets is a programming error', () => {
    const sloppy = defineMachine<DoorStatus, { kick: undefined }>({
      name: 'sloppy',
      states: ['OPEN', 'SHUT', 'LOCKED', 'BROKEN'],
      initial: 'OPEN',
      terminal: ['LOCKED', 'BROKEN'],
      events: {
        kick: [
          { from: 'OPEN', to: ['SHUT', 'BROKEN'], roles: ['SYSTEM'], choose: () => 'LOCKED' },
          { from: 'SHUT', to: 'LOCKED', roles: ['SYSTEM'] },
        ],
      },
    });
    expect(() => sloppy.fire('OPEN', 'kick', SYSTEM_ACTOR)).toThrow(/undeclared target LOCKED/);
  });
});

describe('the consistency check catches broken tables', () => {
  const consistent: MachineShape = {
    name: 'm',
    states: ['A', 'B', 'C'],
    initial: 'A',
    terminal: ['C'],
    transitions: [
      { from: 'A', event: 'go', to: ['B'], roles: ['ADMIN'] },
      { from: 'B', event: 'go', to: ['C'], roles: ['ADMIN'] },
    ],
  };

  test('a consistent table has no problems', () => {
    expect(checkMachineDefinition(consistent)).toEqual([]);
  });

  test.each<[string, Partial<MachineShape>, MachineProblemKind]>([
    ['a state declared twice', { states: ['A', 'B', 'C', 'B'] }, 'DUPLICATE_STATE'],
    [
      'a target that is not declared',
      {
        transitions: [
          ...consistent.transitions,
          { from: 'B', event: 'skip', to: ['Z'], roles: ['ADMIN'] },
        ],
      },
      'UNDECLARED_STATE',
    ],
    ['an undeclared initial state', { initial: 'Q' }, 'UNDECLARED_STATE'],
    [
      'the same (from, event) twice',
      {
        transitions: [
          ...consistent.transitions,
          { from: 'A', event: 'go', to: ['C'], roles: ['ADMIN'] },
        ],
      },
      'DUPLICATE_TRANSITION',
    ],
    [
      'a state nothing leads to',
      { states: ['A', 'B', 'C', 'D'], terminal: ['C', 'D'] },
      'UNREACHABLE_STATE',
    ],
    ['a terminal state with an exit', { terminal: ['B', 'C'] }, 'TERMINAL_STATE_HAS_EXIT'],
    ['a non-terminal state without an exit', { terminal: [] }, 'DEAD_END_STATE'],
    [
      'a transition nobody may fire',
      {
        transitions: [
          { from: 'A', event: 'go', to: ['B'], roles: [] },
          { from: 'B', event: 'go', to: ['C'], roles: ['ADMIN'] },
        ],
      },
      'NO_ROLES',
    ],
  ])('%s', (_rule, change, kind) => {
    const problems = checkMachineDefinition({ ...consistent, ...change });
    expect(problems.map((problem) => problem.kind)).toContain(kind);
  });

  test('defineMachine refuses a broken table at load, listing every problem', () => {
    const build = (): unknown =>
      defineMachine<'A' | 'B', { go: undefined }>({
        name: 'broken',
        states: ['A', 'B'],
        initial: 'A',
        terminal: ['A'],
        events: { go: [{ from: 'A', to: 'B', roles: ['ADMIN'] }] },
      });
    expect(build).toThrow(InconsistentMachineError);
    expect(build).toThrow('broken: terminal state A has 1 exit(s)');
    expect(build).toThrow('broken: state B has no exit but is not terminal');
  });
});
