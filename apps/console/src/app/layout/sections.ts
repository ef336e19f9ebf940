import { dashboardUrl } from '../../features/dashboard/urls';

/** A top-level section of the console; `url` is set only once its pages exist. */
export interface ConsoleSection {
  readonly label: string;
  readonly url: string | null;
}

export const CONSOLE_SECTIONS: readonly ConsoleSection[] = [
  { label: 'Dashboard', url: dashboardUrl() },
  { label: 'Returns', url: null },
  { label: 'Refunds', url: null },
  { label: 'Reports', url: null },
  { label: 'Inventory', url: null },
  { label: 'Suppliers', url: null },
  { label: 'GraphQL explorer', url: null },
];
