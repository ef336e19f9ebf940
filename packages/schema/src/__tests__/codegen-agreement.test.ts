import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { generate } from '@graphql-codegen/cli';
import {
  buildClientSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import { loadSchema } from '../sdl';
import { SCALARS } from '../../codegen';

const PACKAGE = path.resolve(__dirname, '../..');
const API_DIR = path.resolve(PACKAGE, '../../apps/api');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/** The real API in development (introspection on), on an in-memory embedded database. */
async function startApi(): Promise<{ url: string; child: ChildProcess; log: () => string }> {
  const port = await freePort();
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...env,
      NODE_OPTIONS: '',
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: 'memory://',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited during start:\n${output}`);
    const healthy = await fetch(`${url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { url, child, log: () => output };
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error(`the API did not become healthy:\n${output}`);
}

/** graphql-codegen's TypeScript for our operations, from this schema source. */
async function clientFrom(schema: string): Promise<string> {
  // Without saving, generate() resolves to the files it would write.
  const files = (await generate(
    {
      schema,
      documents: [path.join(PACKAGE, 'src/operations/*.graphql')],
      silent: true,
      generates: {
        'client.ts': {
          plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
          config: {
            enumsAsConst: true,
            useTypeImports: true,
            strictScalars: true,
            scalars: SCALARS,
          },
        },
      },
    },
    false,
  )) as { filename: string; content: string }[];
  const content = files[0]?.content;
  if (content === undefined) throw new Error('codegen produced nothing');
  return content;
}

let api: Awaited<ReturnType<typeof startApi>>;

beforeAll(async () => {
  api = await startApi();
}, 120_000);

afterAll(async () => {
  if (api.child.exitCode === null) {
    const exited = new Promise((resolve) => api.child.once('exit', resolve));
    api.child.kill('SIGTERM');
    await exited;
  }
});

/**
 * The typescript plugin copies a custom scalar's description only from its SDL definition (an
 * introspected schema has none), so those comments in `Scalars` are left out of the comparison;
 * the next test shows the API serves the same scalar descriptions.
 */
const withoutScalarComments = (code: string): string =>
  code.replace(/(export type Scalars = \{[\s\S]*?\n\};)/, (block) =>
    block.replace(/^\s*\/\*\*.*\*\/\n/gm, ''),
  );

test("graphql-codegen gives the same client from the running API's introspection and from the committed SDL", async () => {
  const fromIntrospection = await clientFrom(`${api.url}/graphql`);
  const fromSdl = await clientFrom(path.join(PACKAGE, 'schema.graphql'));
  expect(fromIntrospection.length).toBeGreaterThan(10_000);
  expect(fromIntrospection).toContain('export type ReturnsQuery = {');
  expect(fromIntrospection).toContain('export const ReturnsDocument = {');
  expect(withoutScalarComments(fromIntrospection)).toBe(withoutScalarComments(fromSdl));
}, 120_000);

test('the running API introspects to exactly the committed SDL, descriptions included', async () => {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery({ specifiedByUrl: true }) }),
  });
  const { data } = (await response.json()) as { data: IntrospectionQuery };
  const print = (schema: Parameters<typeof printSchema>[0]): string =>
    printSchema(lexicographicSortSchema(schema));
  expect(print(buildClientSchema(data))).toBe(print(loadSchema()));
});
