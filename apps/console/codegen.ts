import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { parse, print } from 'graphql';
import { formatDocument } from 'urql';

const OUTPUT = 'src/lib/graphql/generated/';
/** Written by the preset: hash → document text, for every operation of the console. */
const MANIFEST = path.join(OUTPUT, 'persisted-documents.json');
/** The trusted documents the API runs in production (committed in @rebound/schema). */
const TRUSTED_DOCUMENTS = '../../packages/schema/trusted-documents.json';

/**
 * The manifest as the API must run it: each document as urql's cache sends it (with the
 * `__typename` it adds so that mutations invalidate cached queries), under the hash the
 * console sends for it.
 */
function writeTrustedDocuments(): void {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
  const trusted = Object.fromEntries(
    Object.entries(manifest)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([hash, text]) => [hash, print(formatDocument(parse(text)))]),
  );
  writeFileSync(TRUSTED_DOCUMENTS, `${JSON.stringify(trusted, null, 2)}\n`);
}

// Operations are typed from the committed contract, never from a running API.
const config: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/lib/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    [OUTPUT]: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // Trusted documents: every document carries its hash (`__meta__.hash`, SHA-256 of its
        // text); production builds send only that hash (see lib/graphql/client.ts).
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        // Enums as `as const` objects: real values to iterate in tests, no TypeScript `enum`.
        enumsAsConst: true,
        useTypeImports: true,
        strictScalars: true,
        // Custom scalars as they travel in JSON: ISO 8601 instants are strings.
        scalars: {
          DateTimeISO: { input: 'string', output: 'string' },
          LocalDate: { input: 'string', output: 'string' },
          SafeInt: { input: 'number', output: 'number' },
        },
        skipTypename: true,
      },
    },
  },
  hooks: { afterAllFileWrite: writeTrustedDocuments },
};

export default config;
