import type { Role } from '@rebound/domain';
import { Authorized } from 'type-graphql';

/** Who may call a query or mutation; every root field declares one (a test walks the schema). */
export type AccessRule =
  { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: readonly Role[] };

const rules = new Map<string, AccessRule>();

function key(target: object, method: string | symbol): string {
  const owner = typeof target === 'function' ? target : target.constructor;
  return `${owner.name}.${String(method)}`;
}

function declare(rule: AccessRule): MethodDecorator {
  return (target, method, descriptor) => {
    rules.set(key(target, method), rule);
    if (rule.kind === 'public') return;
    const roles = rule.kind === 'roles' ? [...rule.roles] : [];
    Authorized(roles)(target, method, descriptor);
  };
}

/** Callable by users holding at least one of these roles. */
export const Allow = (...roles: [Role, ...Role[]]): MethodDecorator =>
  declare({ kind: 'roles', roles });

/** Callable by any signed-in user, whatever their roles. */
export const AllowSignedIn = (): MethodDecorator => declare({ kind: 'signed-in' });

/** Callable without signing in (sign-in itself, the viewer query). */
export const AllowPublic = (): MethodDecorator => declare({ kind: 'public' });

/** The rule declared on a resolver method, if any. */
export function accessRuleOf(
  resolverClass: { name: string },
  method: string,
): AccessRule | undefined {
  return rules.get(`${resolverClass.name}.${method}`);
}
