/** Roles a Rebound user can hold; a user may hold several. */
export const ROLES = ['ADMIN', 'SUPPORT', 'WAREHOUSE', 'FINANCE'] as const;

/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/**
 * Who may fire a transition: a user role, or `SYSTEM` for automatic transitions (label
 * expiry, completion when a refund is issued). No user can hold `SYSTEM`.
 */
export const ACTOR_ROLES = [...ROLES, 'SYSTEM'] as const;

/** One of {@link ACTOR_ROLES}. */
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** A signed-in person, identified by user id, with the roles they hold. */
export interface UserActor {
  readonly kind: 'USER';
  readonly userId: string;
  readonly roles: readonly Role[];
}

/** Rebound itself, acting on a schedule or in reaction to another event. */
export interface SystemActor {
  readonly kind: 'SYSTEM';
}

/** Whoever attempts an action. */
export type Actor = UserActor | SystemActor;

/** The one system actor. */
export const SYSTEM_ACTOR: SystemActor = Object.freeze({ kind: 'SYSTEM' });

/**
 * Builds the actor for a signed-in user.
 * @example userActor('u-42', ['SUPPORT', 'FINANCE'])
 */
export function userActor(userId: string, roles: readonly Role[]): UserActor {
  return { kind: 'USER', userId, roles };
}

/** The roles an actor acts with: a user's roles, or `['SYSTEM']`. */
export function actorRoles(actor: Actor): readonly ActorRole[] {
  return actor.kind === 'SYSTEM' ? ['SYSTEM'] : actor.roles;
}

/**
 * Tells whether an actor may act as `role`.
 * @example hasRole(userActor('u-1', ['FINANCE']), 'FINANCE') // true
 */
export function hasRole(actor: Actor, role: ActorRole): boolean {
  return actorRoles(actor).includes(role);
}

/** Tells whether the actor is the person with `userId` (one person, whatever their roles). */
export function isSameUser(actor: Actor, userId: string): boolean {
  return actor.kind === 'USER' && actor.userId === userId;
}
