import type { CodegenConfig } from '@graphql-codegen/cli';

/** Scalars as they travel in JSON: ISO 8601 instants and dates are strings, SafeInt a number. */
export const SCALARS = {
  DateTimeISO: { input: 'string', output: 'string' },
  LocalDate: { input: 'string', output: 'string' },
  SafeInt: { input: 'number', output: 'number' },
} as const;

// The client kit: TypeScript types for the whole schema and typed documents for the common
// operations in src/operations, from the committed contract (never from a running API).
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/operations/*.graphql'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        enumsAsConst: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: SCALARS,
        skipTypename: true,
      },
    },
  },
  // Formatted like the rest of the repository, so that `prettier --check .` passes on it.
  // (--ignore-path: the root's rules only; this package's .gitignore lists the generated file.)
  hooks: { afterOneFileWrite: ['prettier --write --ignore-path ../../.prettierignore'] },
};

export default config;
