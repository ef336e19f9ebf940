import { gql } from 'urql';
import { createGraphqlClient } from '../client';

/** A fake fetch answering every request with this JSON body, as the API would over HTTP. */
function apiAnswer(body: unknown): typeof fetch {
  return jest.fn(() =>
    Promise.resolve(
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
    ),
  );
}

const refused = (code: string) => ({
  data: null,
  errors: [{ message: 'No', extensions: { code } }],
});

const returnStats = gql`
  query Stats {
    returnStats {
      total
    }
  }
`;

describe('createGraphqlClient', () => {
  it('reports an UNAUTHENTICATED answer so the console can send the user to sign in', async () => {
    const onUnauthenticated = jest.fn();
    const client = createGraphqlClient({
      onUnauthenticated,
      fetch: apiAnswer(refused('UNAUTHENTICATED')),
      url: 'http://console.test/graphql',
    });
    const result = await client.query(returnStats, {}).toPromise();
    expect(result.error?.graphQLErrors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it.each(['FORBIDDEN', 'INVALID_CREDENTIALS'])(
    'leaves %s to the screen that asked',
    async (code) => {
      const onUnauthenticated = jest.fn();
      const client = createGraphqlClient({
        onUnauthenticated,
        fetch: apiAnswer(refused(code)),
        url: 'http://console.test/graphql',
      });
      await client.query(returnStats, {}).toPromise();
      expect(onUnauthenticated).not.toHaveBeenCalled();
    },
  );

  it('sends the session cookie along and posts every operation', async () => {
    const fetch = apiAnswer({ data: { returnStats: { total: 3 } } });
    const client = createGraphqlClient({
      onUnauthenticated: jest.fn(),
      fetch,
      url: 'http://console.test/graphql',
    });
    await client.query(returnStats, {}).toPromise();
    const [, init] = jest.mocked(fetch).mock.calls[0] ?? [];
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
  });
});
