import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashSecret, newSecret } from '../../modules/auth/secret-token';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { startTestServer, type TestServer } from '../../testing/test-server';
import { createTestUser, TEST_PASSWORD } from '../../testing/test-users';
import { StartupError } from '../startup-error';
import {
  defaultTrustedDocumentsFile,
  loadTrustedDocuments,
  trustedDocumentsFor,
} from '../trusted-documents';

const trusted = loadTrustedDocuments(defaultTrustedDocumentsFile());

/** The hash of the console's trusted document for this operation. */
function hashOf(operation: string): string {
  for (const [hash, text] of trusted.byHash)
    if (new RegExp(`^${operation}[ ({]`).test(text)) return hash;
  throw new Error(`the console has no trusted document "${operation}"`);
}

const persisted = (hash: string, variables: Record<string, unknown> = {}) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});

let database: TestDatabase;
let userId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ id: userId } = await createTestUser(database.dataSource, 'admin', ['ADMIN']));
});

afterAll(async () => {
  await database.drop();
});

/** An API token of the admin, allowed ad-hoc documents or not: its Authorization header. */
async function apiToken(allowAdHoc: boolean): Promise<Record<string, string>> {
  const secret = newSecret('rbt');
  await database.dataSource.query(
    'INSERT INTO api_tokens (user_id, name, token_hash, allow_ad_hoc) VALUES ($1, $2, $3, $4)',
    [userId, `token ${allowAdHoc}`, hashSecret(secret), allowAdHoc],
  );
  return { authorization: `Bearer ${secret}` };
}

describe('in production', () => {
  let server: TestServer;
  let cookie: string;

  beforeAll(async () => {
    server = await startTestServer(database, 'production');
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        persisted(hashOf('mutation SignIn'), {
          input: { email: 'admin@rebound.test', password: TEST_PASSWORD },
        }),
      ),
    });
    expect(response.status).toBe(200);
    cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).toMatch(/^rebound_session=/);
  });

  afterAll(async () => {
    await server.close();
  });

  it('runs a trusted document sent by its hash, as the console does', async () => {
    const { status, json } = await server.post(persisted(hashOf('query Viewer')), { cookie });
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    // The document as urql sends it: with the __typename its cache needs.
    expect(json.data?.viewer).toMatchObject({ __typename: 'User', email: 'admin@rebound.test' });
  });

  it('runs the full text of a trusted document', async () => {
    const text = trusted.byHash.get(hashOf('query Viewer'));
    const { json } = await server.post({ query: text }, { cookie });
    expect(json.errors).toBeUndefined();
  });

  it('refuses an ad-hoc document from a signed-in user with PERSISTED_QUERY_NOT_ALLOWED', async () => {
    const { status, json } = await server.post({ query: '{ viewer { id email } }' }, { cookie });
    expect(status).toBe(403);
    expect(json.data).toBeUndefined();
    expect(json.errors?.map((error) => error.extensions)).toEqual([
      { code: 'PERSISTED_QUERY_NOT_ALLOWED' },
    ]);
    expect(json.errors?.[0]?.message).toMatch(/only trusted documents/);
  });

  it('refuses an ad-hoc document from an anonymous caller, and over GET', async () => {
    expect(
      (await server.post({ query: '{ viewer { id } }' })).json.errors?.[0]?.extensions,
    ).toEqual({ code: 'PERSISTED_QUERY_NOT_ALLOWED' });
    const response = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{viewer{id}}')}`,
      {
        headers: { cookie, 'apollo-require-preflight': 'true' },
      },
    );
    expect(response.status).toBe(403);
  });

  it('refuses an unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    const { status, json } = await server.post(persisted('0'.repeat(64)), { cookie });
    expect(status).toBe(400);
    expect(json.errors?.[0]?.extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND' });
  });

  it('refuses ad-hoc documents from an API token not allowed them', async () => {
    const { status, json } = await server.post(
      { query: '{ viewer { id } }' },
      await apiToken(false),
    );
    expect(status).toBe(403);
    expect(json.errors?.[0]?.extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_ALLOWED' });
  });

  it('runs ad-hoc documents from an API token allowed them', async () => {
    const { json } = await server.post({ query: '{ viewer { email } }' }, await apiToken(true));
    expect(json).toEqual({ data: { viewer: { email: 'admin@rebound.test' } } });
  });
});

describe('in development', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(database, 'development');
  });

  afterAll(async () => {
    await server.close();
  });

  it('runs ad-hoc documents and trusted hashes alike', async () => {
    expect((await server.post({ query: '{ viewer { id } }' })).json).toEqual({
      data: { viewer: null },
    });
    expect((await server.post(persisted(hashOf('query Viewer')))).json).toEqual({
      data: { viewer: null },
    });
  });
});

describe('the manifest', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'rebound-trusted-'));
  const file = (name: string, text: string): string => {
    const target = path.join(folder, name);
    writeFileSync(target, text);
    return target;
  };

  it('is the committed copy in @rebound/schema unless TRUSTED_DOCUMENTS_FILE says otherwise', () => {
    expect(defaultTrustedDocumentsFile()).toMatch(/packages\/schema\/trusted-documents\.json$/);
    expect(trusted.byHash.size).toBeGreaterThan(0);
    const other = file('other.json', JSON.stringify({ ['a'.repeat(64)]: '{ viewer { id } }' }));
    expect(trustedDocumentsFor('production', { TRUSTED_DOCUMENTS_FILE: other })?.file).toBe(other);
  });

  it('must be there in production, and is optional in development', () => {
    const env = { TRUSTED_DOCUMENTS_FILE: path.join(folder, 'missing.json') };
    expect(() => trustedDocumentsFor('production', env)).toThrow(StartupError);
    expect(() => trustedDocumentsFor('production', env)).toThrow(
      /Cannot read the trusted-documents manifest .*missing\.json .*set TRUSTED_DOCUMENTS_FILE/,
    );
    expect(() => trustedDocumentsFor('development', env)).toThrow(StartupError);
    expect(trustedDocumentsFor('development', {})).not.toBeNull();
  });

  it('is refused when it is not hash → document text', () => {
    expect(() => loadTrustedDocuments(file('list.json', '[]'))).toThrow(/JSON object/);
    expect(() => loadTrustedDocuments(file('bad.json', '{"abc": "{ viewer { id } }"}'))).toThrow(
      /not a SHA-256 hash/,
    );
  });
});
