// Shared jest preset. SWC transpiles TypeScript (with decorator metadata for type-graphql and
// TypeORM); type checking is the job of `tsc --noEmit` in the typecheck task.
/** @param {Partial<import('jest').Config>} overrides */
function preset(overrides = {}) {
  return {
    testEnvironment: 'node',
    roots: ['<rootDir>/src'],
    testMatch: ['**/__tests__/**/*.test.ts'],
    transform: {
      '^.+\\.tsx?$': [
        require.resolve('@swc/jest'),
        {
          jsc: {
            target: 'es2022',
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true },
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
    ...overrides,
  };
}

module.exports = { preset };
