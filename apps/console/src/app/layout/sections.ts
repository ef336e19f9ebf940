import { dashboardUrl } from '../../features/dashboard/urls';
import { explorerUrl } from '../../features/explorer/urls';
import { financeUrl } from '../../features/finance/urls';
import { importsUrl } from '../../features/imports/urls';
import { inventoryUrl } from '../../features/inventory/urls';
import { refundsUrl } from '../../features/refunds/urls';
import { returnsListUrl } from '../../features/returns/urls';
import { suppliersUrl } from '../../features/suppliers/urls';
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
  {
    label: 'Returns',
    url: returnsListUrl(),
    audience: ['SUPPORT', 'WAREHOUSE', 'FINANCE', 'ADMIN'],
  },
  { label: 'Refunds', url: refundsUrl(), audience: ['FINANCE', 'ADMIN'] },
  { label: 'Reports', url: financeUrl(), audience: ['FINANCE', 'ADMIN'] },
  { label: 'Inventory', url: inventoryUrl(), audience: ['WAREHOUSE', 'ADMIN'] },
  { label: 'Suppliers', url: suppliersUrl(), audience: 'everyone' },
  { label: 'Imports', url: importsUrl(), audience: ['SUPPORT', 'ADMIN'] },
  { label: 'GraphQL explorer', url: explorerUrl(), audience: 'everyone' },
];

export function canSeeSection(section: ConsoleSection, roles: readonly Role[]): boolean {
  return section.audience === 'everyone' || section.audience.some((role) => roles.includes(role));
}

/** The sections a user with these roles sees, in navigation order: the union over their roles. */
export function sectionsFor(roles: readonly Role[]): readonly ConsoleSection[] {
  return CONSOLE_SECTIONS.filter((section) => canSeeSection(section, roles));
}
