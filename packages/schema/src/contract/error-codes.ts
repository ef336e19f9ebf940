import type { ErrorCodeEntry } from '../errors';

/** A source file of the API, as the scanner reads it. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

const APP_ERROR = /\bAppError\(\s*['"]([A-Z][A-Z0-9_]*)['"]/g;
const CODE_LITERAL = /\bcode:\s*['"]([A-Z][A-Z0-9_]*)['"]/g;
const STRING_LITERAL = /['"]([A-Z][A-Z0-9_]*)['"]/g;

function matches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1] ?? '');
}

/** The string literals of `export const NAME = [ … ]` (or `new Set([ … ])`) in a file. */
export function literalsOfArray(text: string, name: string): string[] {
  const start = text.search(new RegExp(`\\b${name}\\s*=`));
  if (start < 0) throw new Error(`${name} is not declared here`);
  const open = text.indexOf('[', start);
  const close = text.indexOf(']', open);
  const body = text
    .slice(open + 1, close)
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, ''))
    .join('\n');
  return matches(STRING_LITERAL, body);
}

/**
 * Codes the API's source raises by hand: `AppError('CODE'` anywhere, and `code: 'CODE'` in the
 * files that build error responses themselves (server wiring, common helpers). Tests and the
 * demo seed are left out (their `code:` are supplier and SKU codes).
 */
export function scanRaisedCodes(files: readonly SourceFile[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (code: string, file: string): void => {
    found.set(code, [...(found.get(code) ?? []), file]);
  };
  for (const file of files) {
    if (/__tests__|\.test\.ts$|\/seed\/|\/testing\//.test(file.path)) continue;
    for (const code of matches(APP_ERROR, file.text)) add(code, file.path);
    if (/\/(server|common)\//.test(file.path)) {
      for (const code of matches(CODE_LITERAL, file.text)) add(code, file.path);
    }
  }
  return found;
}

export interface CodeComparison {
  /** Raisable, but not in the catalogue: document them. */
  readonly undocumented: string[];
  /** In the catalogue, but nothing raises them any more: remove them. */
  readonly stale: string[];
  /** Listed twice in the catalogue. */
  readonly duplicated: string[];
}

/** Compares what the API can raise with the published catalogue. */
export function compareErrorCodes(
  raisable: Iterable<string>,
  catalogue: readonly ErrorCodeEntry[],
): CodeComparison {
  const raised = new Set(raisable);
  const listed = catalogue.map((entry) => entry.code);
  const published = new Set(listed);
  return {
    undocumented: [...raised].filter((code) => !published.has(code)).sort(),
    stale: [...published].filter((code) => !raised.has(code)).sort(),
    duplicated: listed.filter((code, index) => listed.indexOf(code) !== index),
  };
}
