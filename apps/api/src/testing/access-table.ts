import { ROLES, type Role } from '@rebound/domain';
import { createTestDatabase, type TestDatabase } from './test-database';
import { startTestServer, type TestClient, type TestServer } from './test-server';
import { createTestUser } from './test-users';

/** One row of a role-by-operation table: the operation and who may call it. */
export interface AccessCase {
  /** The root field, as named in the schema. */
  operation: string;
  /** A document calling it; arguments may be nonsense (ids that do not exist): only access is judged. */
  document: string;
  variables?: Record<string, unknown>;
  allowed: readonly Role[] | 'signed-in';
}

const DENIED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

/**
 * Proves allow and deny for every role: each operation is called as a user holding exactly one
 * role, and must be refused with FORBIDDEN exactly when the role is not allowed; anonymous
 * callers always get UNAUTHENTICATED.
 */
export function describeAccessTable(name: string, cases: readonly AccessCase[]): void {
  describe(name, () => {
    let database: TestDatabase;
    let server: TestServer;
    const clients = new Map<Role, TestClient>();

    beforeAll(async () => {
      database = await createTestDatabase();
      server = await startTestServer(database);
      // API tokens rather than session cookies, so that a signOut row cannot end later rows' sessions.
      for (const role of ROLES) {
        await createTestUser(database.dataSource, `only-${role.toLowerCase()}`, [role]);
        const session = await server.signIn(`only-${role.toLowerCase()}@rebound.test`);
        const { createApiToken } = await session.data<{ createApiToken: { secret: string } }>(
          'mutation { createApiToken(input: { name: "access table" }) { secret } }',
        );
        clients.set(role, server.client({ authorization: `Bearer ${createApiToken.secret}` }));
      }
    });

    afterAll(async () => {
      await server.close();
      await database.drop();
    });

    const rows = cases.flatMap((access) =>
      ROLES.map((role) => ({
        ...access,
        role,
        expected:
          access.allowed === 'signed-in' || access.allowed.includes(role) ? 'allowed' : 'FORBIDDEN',
      })),
    );

    test.each(rows)(
      '$operation as $role is $expected',
      async ({ document, variables, role, expected }) => {
        const client = clients.get(role);
        if (client === undefined) throw new Error(`no client for ${role}`);
        const { json } = await client.gql(document, variables);
        const codes = (json.errors ?? []).map((error) => String(error.extensions?.code));
        if (expected === 'allowed') expect(codes.filter((code) => DENIED.has(code))).toEqual([]);
        else expect(codes).toContain('FORBIDDEN');
      },
    );

    test.each(cases)('$operation refuses anonymous callers', async ({ document, variables }) => {
      const { json } = await server.anonymous.gql(document, variables);
      expect((json.errors ?? []).map((error) => error.extensions?.code)).toContain(
        'UNAUTHENTICATED',
      );
    });
  });
}
