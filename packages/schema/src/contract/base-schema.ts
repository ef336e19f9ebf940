import { execFileSync } from 'node:child_process';

/** Runs git with these arguments; null when git fails (no repository, unknown ref…). */
export type Git = (args: readonly string[]) => string | null;

export const SCHEMA_IN_REPO = 'packages/schema/schema.graphql';

export type BaseSchema =
  | { readonly kind: 'found'; readonly ref: string; readonly sdl: string }
  | { readonly kind: 'skip'; readonly reason: string };

/** git in `cwd`, quietly. */
export function gitIn(cwd: string): Git {
  return (args) => {
    try {
      return execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch {
      return null;
    }
  };
}

/**
 * The schema to compare against: main's (falling back to origin/main); when HEAD is main
 * itself, the commit before it, so that a commit on main is checked too. Skips with a reason
 * when there is no git history or no earlier schema.
 */
export function findBaseSchema(git: Git): BaseSchema {
  const head = git(['rev-parse', '--verify', '--quiet', 'HEAD'])?.trim();
  if (head === undefined || head === '') {
    return { kind: 'skip', reason: 'no git history here (not a repository, or no commit yet)' };
  }
  const mainRef = ['main', 'origin/main'].find(
    (ref) => (git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])?.trim() ?? '') !== '',
  );
  if (mainRef === undefined) {
    return { kind: 'skip', reason: 'neither main nor origin/main exists in this repository' };
  }
  const main = git(['rev-parse', `${mainRef}^{commit}`])?.trim();
  let ref = mainRef;
  if (main === head) {
    if ((git(['rev-parse', '--verify', '--quiet', 'HEAD~1^{commit}'])?.trim() ?? '') === '') {
      return { kind: 'skip', reason: 'HEAD is main and has no parent commit to compare with' };
    }
    ref = 'HEAD~1';
  }
  const sdl = git(['show', `${ref}:${SCHEMA_IN_REPO}`]);
  if (sdl === null) {
    return { kind: 'skip', reason: `${ref} has no ${SCHEMA_IN_REPO} yet (a first contract)` };
  }
  return { kind: 'found', ref, sdl };
}
