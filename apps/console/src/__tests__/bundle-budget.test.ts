import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execPath } from 'node:process';

const SCRIPT = path.resolve(__dirname, '../../scripts/bundle-budget.mjs');

/** A fake Vite build: index.html loading `entry.js` (+ a preload), and a lazy chunk. */
function fixture(entryBytes: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bundle-budget-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(
    path.join(dir, 'index.html'),
    '<script type="module" crossorigin src="/assets/entry.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/vendor.js">',
  );
  // Random bytes do not compress: the gzip size stays close to the raw size.
  writeFileSync(path.join(dir, 'assets/entry.js'), randomBytes(entryBytes).toString('base64'));
  writeFileSync(path.join(dir, 'assets/vendor.js'), 'export const v = 1;');
  writeFileSync(path.join(dir, 'assets/charts.js'), randomBytes(400_000).toString('base64'));
  return dir;
}

function run(dir: string) {
  return spawnSync(execPath, [SCRIPT, dir, '--budget-kb', '150'], { encoding: 'utf8' });
}

describe('the bundle budget check', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('fails a build whose initial JavaScript is over 150 KB gzip, naming the overrun', () => {
    const dir = fixture(200_000);
    dirs.push(dir);
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/over budget by \d+\.\d KB/);
    expect(result.stdout).toContain('assets/entry.js');
  });

  it('passes a small initial bundle, however big its lazy chunks are', () => {
    const dir = fixture(20_000);
    dirs.push(dir);
    const result = run(dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Lazy chunks[^\n]*\n\s+assets\/charts\.js/);
    expect(result.stdout).toMatch(/Initial JavaScript: \d+\.\d KB gzip of a 150 KB budget/);
  });

  it('refuses to judge a folder that is not a build', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bundle-budget-'));
    dirs.push(dir);
    expect(run(dir).status).toBe(2);
  });
});
