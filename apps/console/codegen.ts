import type { CodegenConfig } from '@graphql-codegen/cli';

// Operations are typed from the committed contract, never from a running API.
const config: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/lib/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/lib/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Enums as `as const` objects: real values to iterate in tests, no TypeScript `enum`.
        enumsAsConst: true,
        useTypeImports: true,
        strictScalars: true,
        // Custom scalars as they travel in JSON: ISO 8601 instants are strings.
        scalars: {
          DateTimeISO: { input: 'string', output: 'string' },
          SafeInt: { input: 'number', output: 'number' },
        },
        skipTypename: true,
      },
    },
  },
};

export default config;
