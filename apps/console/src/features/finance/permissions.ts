import type { Role } from '../../lib/graphql/generated/graphql';

/** GET /exports/refunds.csv answers FINANCE and ADMIN only (REFUND_EXPORT_ROLES in the API). */
export function canExportRefunds(roles: readonly Role[]): boolean {
  return roles.includes('FINANCE') || roles.includes('ADMIN');
}
