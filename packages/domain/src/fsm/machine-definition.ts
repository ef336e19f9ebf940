import type { Actor, ActorRole } from '../actors/actor';
import type { Result } from '../result/result';

/**
 * Checks a transition's business preconditions; a refusal explains itself with a stable code.
 * Receives the event's context and the actor attempting it.
 */
export type Guard<C> = (context: C, actor: Actor) => Result<unknown>;

interface SingleTarget<S extends string> {
  readonly to: S;
  readonly choose?: undefined;
}

interface ChosenTarget<S extends string, C> {
  /** Every state the event can lead to from `from`; `choose` picks one from the context. */
  readonly to: readonly [S, S, ...S[]];
  readonly choose: (context: C) => S;
}

/** One row of a transitions table: from a state, who may fire the event, and where it leads. */
export type TransitionRule<S extends string, C> = {
  readonly from: S;
  readonly roles: readonly ActorRole[];
  readonly guard?: Guard<C>;
} & (SingleTarget<S> | ChosenTarget<S, C>);

/** Maps each event name to the context its guards need (`undefined` when none). */
export type EventContexts = Record<string, unknown>;

/** Event names of a machine. */
export type EventName<Ctx extends EventContexts> = keyof Ctx & string;

/** A machine described as data: its states and, per event, the transitions it allows. */
export interface MachineDefinition<S extends string, Ctx extends EventContexts> {
  readonly name: string;
  readonly states: readonly S[];
  readonly initial: S;
  readonly terminal: readonly S[];
  readonly events: { readonly [E in EventName<Ctx>]: readonly TransitionRule<S, Ctx[E]>[] };
}

/** A flattened transitions-table row (from, event, to), free of guards, for checks and docs. */
export interface TransitionRow<S extends string = string, E extends string = string> {
  readonly from: S;
  readonly event: E;
  readonly to: readonly S[];
  readonly roles: readonly ActorRole[];
}

/** The shape {@link checkMachineDefinition} inspects: plain strings, so broken tables fit. */
export interface MachineShape {
  readonly name: string;
  readonly states: readonly string[];
  readonly initial: string;
  readonly terminal: readonly string[];
  readonly transitions: readonly TransitionRow[];
}
