import type { MachineShape } from './machine-definition';

/** Kinds of inconsistency a transitions table can have. */
export const MACHINE_PROBLEM_KINDS = [
  'DUPLICATE_STATE',
  'UNDECLARED_STATE',
  'DUPLICATE_TRANSITION',
  'UNREACHABLE_STATE',
  'TERMINAL_STATE_HAS_EXIT',
  'DEAD_END_STATE',
  'NO_ROLES',
] as const;

/** One of {@link MACHINE_PROBLEM_KINDS}. */
export type MachineProblemKind = (typeof MACHINE_PROBLEM_KINDS)[number];

/** An inconsistency found in a machine's table. */
export interface MachineProblem {
  readonly kind: MachineProblemKind;
  readonly message: string;
}

function reachableStates(shape: MachineShape): Set<string> {
  const reached = new Set([shape.initial]);
  const queue = [shape.initial];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const row of shape.transitions.filter((candidate) => candidate.from === state)) {
      for (const target of row.to.filter((to) => !reached.has(to))) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  return reached;
}

/**
 * Finds what is wrong with a transitions table: every referenced state declared (once),
 * no (from, event) pair twice, every state reachable from the initial one, terminal states
 * without exits, other states with at least one, and every transition allowed to some role.
 * An empty list means the table is consistent.
 * @example checkMachineDefinition({ name: 'm', states: ['A'], initial: 'A', terminal: ['A'], transitions: [] }) // []
 */
export function checkMachineDefinition(shape: MachineShape): MachineProblem[] {
  const problems: MachineProblem[] = [];
  const report = (kind: MachineProblemKind, message: string): void => {
    problems.push({ kind, message: `${shape.name}: ${message}` });
  };
  const declared = new Set(shape.states);
  for (const state of declared) {
    if (shape.states.indexOf(state) !== shape.states.lastIndexOf(state)) {
      report('DUPLICATE_STATE', `state ${state} is declared more than once`);
    }
  }
  const referenced = [
    shape.initial,
    ...shape.terminal,
    ...shape.transitions.flatMap((row) => [row.from, ...row.to]),
  ];
  for (const state of new Set(referenced)) {
    if (!declared.has(state)) report('UNDECLARED_STATE', `state ${state} is not declared`);
  }
  const pairs = new Set<string>();
  for (const row of shape.transitions) {
    const pair = `${row.from} --${row.event}-->`;
    if (pairs.has(pair)) report('DUPLICATE_TRANSITION', `${pair} is defined more than once`);
    pairs.add(pair);
    if (row.roles.length === 0) report('NO_ROLES', `${pair} allows no role`);
  }
  const reachable = reachableStates(shape);
  const terminal = new Set(shape.terminal);
  for (const state of declared) {
    const exits = shape.transitions.filter((row) => row.from === state).length;
    if (!reachable.has(state)) report('UNREACHABLE_STATE', `state ${state} cannot be reached`);
    if (terminal.has(state) && exits > 0) {
      report('TERMINAL_STATE_HAS_EXIT', `terminal state ${state} has ${exits} exit(s)`);
    }
    if (!terminal.has(state) && exits === 0) {
      report('DEAD_END_STATE', `state ${state} has no exit but is not terminal`);
    }
  }
  return problems;
}

/** Thrown at module load when a machine's table is inconsistent: a programming error. */
export class InconsistentMachineError extends Error {
  constructor(readonly problems: readonly MachineProblem[]) {
    super(`Inconsistent state machine:\n${problems.map((p) => `- ${p.message}`).join('\n')}`);
    this.name = 'InconsistentMachineError';
  }
}
