import type { Role } from '../../lib/graphql/generated/graphql';

/** Supplier balances and claims are FINANCE or ADMIN (the API checks again). */
export function canSeeSupplierMoney(roles: readonly Role[]): boolean {
  return roles.includes('FINANCE') || roles.includes('ADMIN');
}
