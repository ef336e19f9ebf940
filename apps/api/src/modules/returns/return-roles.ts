import { RETURN_MACHINE, ROLES, type ReturnEvent, type Role } from '@rebound/domain';

/**
 * The user roles the return machine allows to fire `event` (SYSTEM left out), so that the
 * resolvers' @Allow always says what the machine says.
 * @example machineRoles('receive') // ['ADMIN', 'WAREHOUSE']
 */
export function machineRoles(event: ReturnEvent): [Role, ...Role[]] {
  const allowed = new Set(
    RETURN_MACHINE.transitions.filter((row) => row.event === event).flatMap((row) => row.roles),
  );
  const [first, ...rest] = ROLES.filter((role) => allowed.has(role));
  if (first === undefined) throw new Error(`no user role may ${event} a return`);
  return [first, ...rest];
}

/** Support desk: authorize, reject, cancel, resolve (and enter requests). */
export const SUPPORT_DESK = machineRoles('authorize');

/** Warehouse floor: receive and inspect (and the inspection steps before it completes). */
export const WAREHOUSE_FLOOR = machineRoles('inspect');
