import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gql } from 'urql';
import { viewerQuery } from '../../../features/auth/operations';
import { createGraphqlClient } from '../client';

function recordingFetch() {
  const bodies: Record<string, unknown>[] = [];
  const fetch = jest.fn((_url: unknown, init?: RequestInit) => {
    bodies.push(JSON.parse(init?.body as string) as Record<string, unknown>);
    return Promise.resolve(
      new Response(JSON.stringify({ data: { viewer: null } }), {
        headers: { 'content-type': 'application/json' },
      }),
    );
  });
  return { fetch, bodies };
}

describe('trusted documents', () => {
  it("sends a generated document's hash, not its text, when on (production builds)", async () => {
    const { fetch, bodies } = recordingFetch();
    const client = createGraphqlClient({
      onUnauthenticated: jest.fn(),
      fetch,
      url: 'http://console.test/graphql',
      trustedDocuments: true,
    });
    await client.query(viewerQuery, {}).toPromise();
    const hash = (viewerQuery as unknown as { __meta__: { hash: string } }).__meta__.hash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // codegen writes the manifest the API trusts; the hash names the document there.
    const trusted = JSON.parse(
      readFileSync(
        path.resolve(__dirname, '../../../../../../packages/schema/trusted-documents.json'),
        'utf8',
      ),
    ) as Record<string, string>;
    expect(trusted[hash]).toMatch(/^query Viewer \{/);
    expect(bodies).toEqual([
      {
        operationName: 'Viewer',
        variables: {},
        extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
      },
    ]);
  });

  it('sends the full text when off (development, tests) or for a document without a hash', async () => {
    const { fetch, bodies } = recordingFetch();
    const off = createGraphqlClient({
      onUnauthenticated: jest.fn(),
      fetch,
      url: 'http://x/graphql',
    });
    await off.query(viewerQuery, {}).toPromise();
    const on = createGraphqlClient({
      onUnauthenticated: jest.fn(),
      fetch,
      url: 'http://x/graphql',
      trustedDocuments: true,
    });
    await on.query(gql('query Adhoc { viewer { id } }'), {}).toPromise();
    expect(bodies.map((body) => typeof body.query)).toEqual(['string', 'string']);
    expect(bodies.map((body) => body.extensions)).toEqual([undefined, undefined]);
  });
});
