import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Packages the domain must never import: databases, frameworks, network, file system. */
const FORBIDDEN = [
  /^typeorm/,
  /^pg(-|$)/,
  /^graphql/,
  /^type-graphql$/,
  /^@apollo\//,
  /^express/,
  /^react/,
  /^urql$/,
  /^@electric-sql\//,
  /^node:/,
  /^(fs|path|http|https|net|child_process|crypto|os)$/,
];

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((match) => match[1] ?? '');
}

const root = join(__dirname, '..');
const files = sourceFiles(root).map((path) => ({
  file: relative(root, path),
  source: readFileSync(path, 'utf8'),
}));

describe('the domain is pure TypeScript', () => {
  test('the scan finds the domain’s source files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  test('the scanner recognises every import form', () => {
    const sample = `import { a } from 'typeorm';\nexport * from "./money";\nconst b = require('pg');\nawait import('node:fs');`;
    expect(importsOf(sample)).toEqual(['typeorm', './money', 'pg', 'node:fs']);
  });

  test.each(files)('$file imports no database, framework or I/O module', ({ source }) => {
    const forbidden = importsOf(source).filter((specifier) =>
      FORBIDDEN.some((pattern) => pattern.test(specifier)),
    );
    expect(forbidden).toEqual([]);
  });

  test.each(files)(
    '$file imports only other domain files (no dependencies at all)',
    ({ source }) => {
      expect(importsOf(source).filter((specifier) => !specifier.startsWith('.'))).toEqual([]);
    },
  );

  test.each(files)(
    '$file reads no hidden clock or randomness (time and ids come in as arguments)',
    ({ source }) => {
      expect(source).not.toMatch(/Date\.now\(|new Date\(\)|Math\.random\(|process\./);
    },
  );
});
