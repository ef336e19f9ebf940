import { spawn } from 'node:child_process';
import path from 'node:path';

const API_ROOT = path.resolve(__dirname, '../../..');

/** Runs `src/main.ts` the way `pnpm dev` does and collects how it ends. */
function start(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: API_ROOT,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: 'memory://', ...env },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('close', (code) => {
      resolve({ code, stderr, stdout });
    });
  });
}

test.each([
  [
    'a malformed DATABASE_URL',
    { DATABASE_URL: 'localhost/rebound' },
    /^rebound: DATABASE_URL is not a valid URL: expected postgres:\/\//,
  ],
  [
    'a bad port',
    { PORT: 'eighty' },
    /^rebound: PORT must be a whole number from 1 to 65535 \(got "eighty"\)\.$/,
  ],
  [
    'an unreachable database',
    { DATABASE_URL: 'postgres://rebound@127.0.0.1:1/rebound' },
    /^rebound: Cannot reach PostgreSQL at 127\.0\.0\.1:1\/rebound \(ECONNREFUSED\): start the server or fix the host and port in DATABASE_URL\.$/,
  ],
])('%s stops the start with one line saying what to fix', async (_case, env, line) => {
  const { code, stderr } = await start(env);
  expect(code).toBe(1);
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(line);
});
