import type { Role } from './roles';

/** Shared by every demo account (apps/api/src/seed/demo-data.ts). */
export const DEMO_PASSWORD = 'rebound-demo';

export interface DemoAccount {
  readonly email: string;
  readonly roles: readonly Role[];
}

/** The demo business's logins, as seeded by the API; listed on the sign-in page in dev only. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@harborpine.test', roles: ['ADMIN'] },
  { email: 'support@harborpine.test', roles: ['SUPPORT'] },
  { email: 'warehouse@harborpine.test', roles: ['WAREHOUSE'] },
  { email: 'finance@harborpine.test', roles: ['FINANCE'] },
  { email: 'finance2@harborpine.test', roles: ['FINANCE'] },
  { email: 'lead@harborpine.test', roles: ['SUPPORT', 'FINANCE'] },
];
