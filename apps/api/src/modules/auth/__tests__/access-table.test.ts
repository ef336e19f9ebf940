import { describeAccessTable } from '../../../testing/access-table';

describeAccessTable('sign-in and API tokens', [
  { operation: 'signOut', document: 'mutation { signOut }', allowed: 'signed-in' },
  { operation: 'apiTokens', document: '{ apiTokens { id } }', allowed: 'signed-in' },
  {
    operation: 'createApiToken',
    document: 'mutation { createApiToken(input: { name: "probe" }) { secret } }',
    allowed: 'signed-in',
  },
  {
    operation: 'revokeApiToken',
    document:
      'mutation { revokeApiToken(input: { id: "00000000-0000-4000-8000-000000000000" }) { id } }',
    allowed: 'signed-in',
  },
  { operation: 'returnStats', document: '{ returnStats { total } }', allowed: 'signed-in' },
]);
