import { Role, type ViewerQuery } from '../../lib/graphql/generated/graphql';

export { Role };

/** The signed-in user as the console knows them. */
export type Viewer = NonNullable<ViewerQuery['viewer']>;

// A Record over the generated enum: a role added to the schema fails typecheck until named.
const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ADMIN: 'Admin',
  SUPPORT: 'Support',
  WAREHOUSE: 'Warehouse',
  FINANCE: 'Finance',
};

/** Every role, in the order roles are listed on screen. */
export const ROLES: readonly Role[] = ['ADMIN', 'SUPPORT', 'WAREHOUSE', 'FINANCE'];

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

/** "Support · Finance": each role once, in a fixed order whatever order the API used. */
export function describeRoles(roles: readonly Role[]): string {
  return ROLES.filter((role) => roles.includes(role))
    .map(roleLabel)
    .join(' · ');
}

/** "Sam Support" → "SS"; one initial for a one-word name. */
export function initialsOf(displayName: string): string {
  const words = displayName.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}
