import { actorRoles, hasRole, type Actor } from '../actors/actor';
import { err, ok, type Result } from '../result/result';
import { checkMachineDefinition, InconsistentMachineError } from './check-machine-definition';
import type {
  EventContexts,
  EventName,
  MachineDefinition,
  TransitionRow,
  TransitionRule,
} from './machine-definition';

/** What a successful transition did; the caller writes `to` as the new status. */
export interface TransitionRecord<S extends string, E extends string> {
  readonly from: S;
  readonly event: E;
  readonly to: S;
}

/** Events without context may omit it; the others must pass it. */
export type ContextArgs<C> = undefined extends C ? [context?: C] : [context: C];

/** A checked state machine: the only thing allowed to change a status. */
export interface Machine<S extends string, Ctx extends EventContexts> {
  readonly name: string;
  readonly states: readonly S[];
  readonly initial: S;
  readonly terminal: readonly S[];
  /** The transitions table, one row per (from, event). */
  readonly transitions: readonly TransitionRow<S, EventName<Ctx>>[];
  /** Tells whether nothing can leave `state`. */
  isTerminal(state: S): boolean;
  /** Events that leave `state`, restricted to those `actor`'s roles allow when given. */
  eventsFrom(state: S, actor?: Actor): EventName<Ctx>[];
  /**
   * Attempts `event` from `state`: INVALID_TRANSITION when the table has no such row,
   * FORBIDDEN when no role of the actor is allowed, the guard's refusal when it refuses,
   * otherwise the transition to record.
   */
  fire<E extends EventName<Ctx>>(
    state: S,
    event: E,
    actor: Actor,
    ...context: ContextArgs<Ctx[E]>
  ): Result<TransitionRecord<S, E>>;
}

function targetsOf<S extends string, C>(rule: TransitionRule<S, C>): readonly S[] {
  return rule.choose === undefined ? [rule.to] : rule.to;
}

/**
 * Builds a state machine from its table and checks the table at once (every state declared
 * and reachable, terminal states without exits, no duplicate (from, event) pairs); throws
 * {@link InconsistentMachineError} when it is not consistent, so a broken table fails at load.
 * @example const door = defineMachine({ name: 'door', states: ['OPEN', 'SHUT'], initial: 'OPEN', terminal: ['SHUT'], events: { shut: [{ from: 'OPEN', to: 'SHUT', roles: ['ADMIN'] }] } });
 */
export function defineMachine<S extends string, Ctx extends EventContexts>(
  definition: MachineDefinition<S, Ctx>,
): Machine<S, Ctx> {
  const { name } = definition;
  const eventNames = Object.keys(definition.events) as EventName<Ctx>[];
  const transitions = eventNames.flatMap((event) =>
    definition.events[event].map((rule): TransitionRow<S, EventName<Ctx>> => ({
      from: rule.from,
      event,
      to: targetsOf(rule),
      roles: rule.roles,
    })),
  );
  const problems = checkMachineDefinition({ ...definition, transitions });
  if (problems.length > 0) throw new InconsistentMachineError(problems);

  const eventsFrom = (state: S, actor?: Actor): EventName<Ctx>[] =>
    transitions
      .filter((row) => row.from === state)
      .filter((row) => actor === undefined || row.roles.some((role) => hasRole(actor, role)))
      .map((row) => row.event);

  return {
    name,
    states: definition.states,
    initial: definition.initial,
    terminal: definition.terminal,
    transitions,
    isTerminal: (state) => definition.terminal.includes(state),
    eventsFrom,
    fire<E extends EventName<Ctx>>(
      state: S,
      event: E,
      actor: Actor,
      ...args: ContextArgs<Ctx[E]>
    ): Result<TransitionRecord<S, E>> {
      const rule = definition.events[event].find((candidate) => candidate.from === state);
      if (rule === undefined) {
        return err('INVALID_TRANSITION', `Cannot ${event} a ${name} that is ${state}`, {
          machine: name,
          state,
          event,
          allowedEvents: eventsFrom(state),
        });
      }
      if (!rule.roles.some((role) => hasRole(actor, role))) {
        const roles = actorRoles(actor);
        return err(
          'FORBIDDEN',
          `Role ${roles.join(', ') || 'none'} may not ${event} a ${name} (allowed: ${rule.roles.join(', ')})`,
          { machine: name, state, event, actorRoles: roles, allowedRoles: rule.roles },
        );
      }
      // Optional only when the event's context type admits undefined, so this is sound.
      const context = args[0] as Ctx[E];
      if (rule.guard !== undefined) {
        const verdict = rule.guard(context, actor);
        if (!verdict.ok) return verdict;
      }
      const to = rule.choose === undefined ? rule.to : rule.choose(context);
      if (!targetsOf(rule).includes(to)) {
        throw new Error(`${name}: ${event} from ${state} chose undeclared target ${to}`);
      }
      return ok({ from: state, event, to });
    },
  };
}
