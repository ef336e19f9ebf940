import type { Role } from '../../lib/graphql/generated/graphql';

/** What each part of the dashboard needs; the API checks again and answers FORBIDDEN. */
export interface DashboardAccess {
  /** Return rate, reasons and top SKUs: the analytics queries are ADMIN only. */
  readonly analytics: boolean;
  /** Refund totals (refundReport): FINANCE or ADMIN. */
  readonly refunds: boolean;
}

export function dashboardAccess(roles: readonly Role[]): DashboardAccess {
  return {
    analytics: roles.includes('ADMIN'),
    refunds: roles.includes('FINANCE') || roles.includes('ADMIN'),
  };
}
