import { dashboardUrl } from '../../features/dashboard/urls';
import type { Role } from '../../lib/graphql/generated/graphql';

/** Who sees a section: every signed-in user whatever their roles, or holders of these roles. */
export type SectionAudience = 'everyone' | readonly Role[];

/** A top-level section of the console; `url` is set only once its pages exist. */
export interface ConsoleSection {
  readonly label: string;
  readonly url: string | null;
  readonly audience: SectionAudience;
}

export const CONSOLE_SECTIONS: readonly ConsoleSection[] = [
  { label: 'Dashboard', url: dashboardUrl(), audience: 'everyone' },
  { label: 'Returns', url: null, audience: ['SUPPORT', 'WAREHOUSE', 'ADMIN'] },
  { label: 'Refunds', url: null, audience: ['FINANCE', 'ADMIN'] },
  { label: 'Reports', url: null, audience: ['FINANCE', 'ADMIN'] },
  { label: 'Inventory', url: null, audience: ['WAREHOUSE', 'ADMIN'] },
  { label: 'Suppliers', url: null, audience: 'everyone' },
  { label: 'GraphQL explorer', url: null, audience: 'everyone' },
];

export function canSeeSection(section: ConsoleSection, roles: readonly Role[]): boolean {
  return section.audience === 'everyone' || section.audience.some((role) => roles.includes(role));
}

/** The sections a user with these roles sees, in navigation order: the union over their roles. */
export function sectionsFor(roles: readonly Role[]): readonly ConsoleSection[] {
  return CONSOLE_SECTIONS.filter((section) => canSeeSection(section, roles));
}
