import { actorRoles, hasRole, isSameUser, SYSTEM_ACTOR, userActor } from '../actor';

describe('actors', () => {
  const agent = userActor('u-1', ['SUPPORT', 'FINANCE']);

  test('a user acts with every role they hold', () => {
    expect(actorRoles(agent)).toEqual(['SUPPORT', 'FINANCE']);
    expect(hasRole(agent, 'FINANCE')).toBe(true);
    expect(hasRole(agent, 'ADMIN')).toBe(false);
  });

  test('the system acts only as SYSTEM, and no user holds SYSTEM', () => {
    expect(actorRoles(SYSTEM_ACTOR)).toEqual(['SYSTEM']);
    expect(hasRole(SYSTEM_ACTOR, 'SYSTEM')).toBe(true);
    expect(hasRole(agent, 'SYSTEM')).toBe(false);
  });

  test.each([
    ['the same user id is the same person, whatever the roles', agent, 'u-1', true],
    ['another user id is another person', agent, 'u-2', false],
    ['the system is never a user', SYSTEM_ACTOR, 'u-1', false],
  ])('%s', (_rule, actor, userId, expected) => {
    expect(isSameUser(actor, userId)).toBe(expected);
  });
});
