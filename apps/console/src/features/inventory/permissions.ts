import type { Role } from '../../lib/graphql/generated/graphql';

/** adjustStock is allowed to WAREHOUSE and ADMIN (the API checks again). */
export function canAdjustStock(roles: readonly Role[]): boolean {
  return roles.includes('WAREHOUSE') || roles.includes('ADMIN');
}
