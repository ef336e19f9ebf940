import { Role } from '../../../lib/graphql/generated/graphql';
import { describeRoles, initialsOf, roleLabel, ROLES } from '../roles';

describe('roles on screen', () => {
  it('lists every role of the schema exactly once', () => {
    expect([...ROLES].sort()).toEqual(Object.values(Role).sort());
  });

  it('names every role', () => {
    expect(ROLES.map(roleLabel)).toEqual(['Admin', 'Support', 'Warehouse', 'Finance']);
  });

  it('describes several roles in a fixed order whatever order the API used', () => {
    expect(describeRoles(['FINANCE', 'SUPPORT'])).toBe('Support · Finance');
    expect(describeRoles(['SUPPORT', 'FINANCE', 'SUPPORT'])).toBe('Support · Finance');
    expect(describeRoles([])).toBe('');
  });
});

describe('initialsOf', () => {
  it('takes the first and last initials', () => {
    expect(initialsOf('Sam Support')).toBe('SS');
    expect(initialsOf('  ada   de  lovelace ')).toBe('AL');
  });

  it('takes one initial from a one-word name, none from an empty one', () => {
    expect(initialsOf('Wes')).toBe('W');
    expect(initialsOf('')).toBe('');
  });
});
