import { createSessionFetcher } from '../session-fetcher';

interface Call {
  readonly url: string;
  readonly init: RequestInit | undefined;
}

function fakeFetch(body: string, status = 200) {
  const calls: Call[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    calls.push({ url: typeof input === 'string' ? input : 'not a string', init });
    return Promise.resolve(new Response(body, { status }));
  };
  return { calls, fetchImpl };
}

function bodyOf(call: Call | undefined): unknown {
  const body = call?.init?.body;
  return typeof body === 'string' ? JSON.parse(body) : null;
}

describe('the GraphQL explorer fetcher', () => {
  it('posts JSON to /graphql with the session cookie, so queries run as the signed-in user', async () => {
    const { calls, fetchImpl } = fakeFetch('{"data":{"viewer":null}}');
    const fetcher = createSessionFetcher(fetchImpl);
    const result = await fetcher({ query: '{ viewer { email } }', operationName: null });

    expect(result).toEqual({ data: { viewer: null } });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url).toBe('/graphql');
    expect(call?.init?.method).toBe('POST');
    expect(call?.init?.credentials).toBe('include');
    expect(call?.init?.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(bodyOf(call)).toEqual({ query: '{ viewer { email } }' });
  });

  it('passes the headers typed in GraphiQL, but never lets them change the content type', async () => {
    const { calls, fetchImpl } = fakeFetch('{"data":{}}');
    await createSessionFetcher(fetchImpl)(
      { query: '{ a }', variables: { x: 1 } },
      { headers: { 'x-trace': 'abc', 'content-type': 'text/plain', ignored: 3 } },
    );
    expect(calls[0]?.init?.headers).toEqual({
      'x-trace': 'abc',
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    });
    expect(bodyOf(calls[0])).toEqual({ query: '{ a }', variables: { x: 1 } });
  });

  it('turns a body that is not JSON into a GraphQL error GraphiQL can show', async () => {
    const { fetchImpl } = fakeFetch('Bad Gateway', 502);
    const result = await createSessionFetcher(fetchImpl)({ query: '{ a }' });
    expect(result.errors?.map((error) => error.message)).toEqual(['HTTP 502: Bad Gateway']);
  });
});
