import { Role } from '../../../lib/graphql/generated/graphql';
import { CONSOLE_SECTIONS, sectionsFor } from '../sections';

const EVERY_ROLE = Object.values(Role);
const labelsFor = (roles: readonly Role[]) => sectionsFor(roles).map((section) => section.label);

describe('navigation shaped by role', () => {
  it.each(EVERY_ROLE)('shows the dashboard to %s', (role) => {
    expect(labelsFor([role])).toContain('Dashboard');
  });

  it('shows the dashboard, suppliers and the GraphQL explorer to a user with no role yet', () => {
    expect(labelsFor([])).toEqual(['Dashboard', 'Suppliers', 'GraphQL explorer']);
  });

  it('does not show Inventory to FINANCE', () => {
    expect(labelsFor(['FINANCE'])).not.toContain('Inventory');
  });

  it('does not show Refunds to SUPPORT', () => {
    expect(labelsFor(['SUPPORT'])).not.toContain('Refunds');
  });

  it('gives each role exactly its sections', () => {
    expect(labelsFor(['SUPPORT'])).toEqual([
      'Dashboard',
      'Returns',
      'Suppliers',
      'Imports',
      'GraphQL explorer',
    ]);
    expect(labelsFor(['WAREHOUSE'])).toEqual([
      'Dashboard',
      'Returns',
      'Inventory',
      'Suppliers',
      'GraphQL explorer',
    ]);
    expect(labelsFor(['FINANCE'])).toEqual([
      'Dashboard',
      'Returns',
      'Refunds',
      'Reports',
      'Suppliers',
      'GraphQL explorer',
    ]);
    expect(labelsFor(['ADMIN'])).toEqual(CONSOLE_SECTIONS.map((section) => section.label));
  });

  it('shows a SUPPORT+FINANCE user the union of both roles, in navigation order', () => {
    const union = new Set([...labelsFor(['SUPPORT']), ...labelsFor(['FINANCE'])]);
    const lead = labelsFor(['SUPPORT', 'FINANCE']);
    expect(new Set(lead)).toEqual(union);
    expect(lead).toEqual([
      'Dashboard',
      'Returns',
      'Refunds',
      'Reports',
      'Suppliers',
      'Imports',
      'GraphQL explorer',
    ]);
  });

  it('lists each section once whatever order the roles come in', () => {
    expect(labelsFor(['FINANCE', 'SUPPORT', 'FINANCE'])).toEqual(labelsFor(['SUPPORT', 'FINANCE']));
  });
});
