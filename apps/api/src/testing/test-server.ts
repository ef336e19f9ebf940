import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/config';
import { buildReboundSchema } from '../schema/build-schema';
import { createApp } from '../server/app';
import { createLogger } from '../server/logger';
import type { TestDatabase } from './test-database';
import { TEST_PASSWORD } from './test-users';

export interface GraphQLResponse {
  status: number;
  json: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

/** A signed-in (or anonymous) caller of the test server. */
export interface TestClient {
  /** Sends one GraphQL operation; `variables` become the operation's variables. */
  gql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  /** Like gql, but fails the test on any error and returns `data`. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Headers that authenticate this client, for plain HTTP requests (downloads, exports). */
  headers: Record<string, string>;
}

export interface TestServer {
  url: string;
  errors: unknown[];
  post(body: unknown, headers?: Record<string, string>): Promise<GraphQLResponse>;
  anonymous: TestClient;
  /** A client sending these headers (e.g. an API token's Authorization). */
  client(headers: Record<string, string>): TestClient;
  /** Signs in through the API (as the console does) and returns a client carrying the cookie. */
  signIn(email: string, password?: string): Promise<TestClient>;
  close(): Promise<void>;
}

/** Serves the app over HTTP on a free port, on a test database; logged errors are kept. */
export async function startTestServer(
  database: TestDatabase,
  environment: Config['environment'] = 'test',
): Promise<TestServer> {
  const config: Config = {
    environment,
    host: '127.0.0.1',
    port: 0,
    database: database.config,
    seedDemo: false,
    logLevel: 'error',
  };
  const errors: unknown[] = [];
  const logger = {
    ...createLogger('error'),
    error: (_message: string, error?: unknown) => void errors.push(error),
  };
  const { app, apollo } = await createApp({
    config,
    dataSource: database.dataSource,
    schema: await buildReboundSchema(),
    logger,
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const post = async (
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as GraphQLResponse['json'] };
  };

  const client = (headers: Record<string, string>): TestClient => ({
    headers,
    gql: (query, variables) => post({ query, variables }, headers),
    data: async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
      const { json } = await post({ query, variables }, headers);
      if (json.errors !== undefined)
        throw new Error(`GraphQL errors: ${JSON.stringify(json.errors)}`);
      return json.data as T;
    },
  });

  return {
    url,
    errors,
    post,
    anonymous: client({}),
    client,
    signIn: async (email, password = TEST_PASSWORD) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }',
          variables: { input: { email, password } },
        }),
      });
      const cookie = response.headers.get('set-cookie')?.split(';')[0];
      if (response.status !== 200 || cookie === undefined) {
        throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
      }
      return client({ cookie });
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      await apollo.stop();
    },
  };
}
