// Shared flat config: strict type-aware TypeScript rules for every workspace package.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

/**
 * @param {{ tsconfigRootDir: string, ignores?: string[], rules?: Record<string, unknown> }} options
 */
function base({ tsconfigRootDir, ignores = [], rules = {} }) {
  return tseslint.config(
    {
      ignores: [
        'dist/**',
        'coverage/**',
        'node_modules/**',
        '**/*.js',
        '**/*.cjs',
        '**/*.mjs',
        ...ignores,
      ],
    },
    js.configs.recommended,
    ...tseslint.configs.strictTypeChecked,
    {
      languageOptions: {
        parserOptions: { projectService: true, tsconfigRootDir },
      },
      rules: {
        '@typescript-eslint/no-explicit-any': 'error',
        '@typescript-eslint/ban-ts-comment': [
          'error',
          { 'ts-expect-error': 'allow-with-description' },
        ],
        '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
        '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
        '@typescript-eslint/no-extraneous-class': 'off',
        // type-graphql object types are classes, but resolvers return plain objects of their shape.
        '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
        '@typescript-eslint/no-unused-vars': [
          'error',
          { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
        ],
        ...rules,
      },
    },
  );
}

module.exports = { base };
