import type { Role } from '../../lib/graphql/generated/graphql';

/** Importing and exporting Amazon returns reports is for SUPPORT and ADMIN (the API checks again). */
export function canImportReports(roles: readonly Role[]): boolean {
  return roles.includes('SUPPORT') || roles.includes('ADMIN');
}
