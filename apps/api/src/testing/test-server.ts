import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/config';
import { buildReboundSchema } from '../schema/build-schema';
import { createApp } from '../server/app';
import { createLogger } from '../server/logger';
import type { TestDatabase } from './test-database';

export interface TestServer {
  url: string;
  errors: unknown[];
  post(body: unknown): Promise<{ status: number; json: Record<string, unknown> }>;
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
  return {
    url,
    errors,
    post: async (body) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
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
