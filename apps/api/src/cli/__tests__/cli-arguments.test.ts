import { spawn } from 'node:child_process';
import path from 'node:path';
import { commandArguments } from '../cli-arguments';

const API_ROOT = path.resolve(__dirname, '../../..');

/** Runs a CLI script the way its pnpm script does, on an in-memory embedded database. */
function run(script: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', script, ...args], {
      cwd: API_ROOT,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: 'memory://' },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) => {
      resolve({ code, out });
    });
  });
}

test('the `--` pnpm passes through is not an argument of the command', () => {
  expect(commandArguments(['--', '--as', 'a@b.test', 'orders.csv'])).toEqual([
    '--as',
    'a@b.test',
    'orders.csv',
  ]);
});

test.each([['src/cli/expire-labels.ts'], ['src/cli/purge-idempotency-keys.ts']])(
  '%s prints its usage for --help and refuses an unknown argument without running',
  async (script) => {
    const help = await run(script, ['--', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^usage: pnpm --filter @rebound\/api /);
    expect(help.out).not.toContain('migration applied');

    const refused = await run(script, ['--dry-run']);
    expect(refused.code).toBe(2);
    expect(refused.out).toMatch(/^rebound: unexpected argument --dry-run\nusage:/);
    expect(refused.out).not.toContain('migration applied');
  },
);

test('orders:import takes its arguments after a pnpm `--`', async () => {
  const help = await run('src/cli/import-orders.ts', ['--', '--help']);
  expect(help.code).toBe(0);
  expect(help.out).toMatch(/^usage: pnpm --filter @rebound\/api orders:import/);
});
