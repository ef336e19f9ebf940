const { base } = require('@rebound/eslint');

// The domain is pure: no database, framework, network or file system.
module.exports = [
  ...base({
    tsconfigRootDir: __dirname,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'typeorm*',
                'pg',
                'pg-*',
                'graphql*',
                'type-graphql',
                '@apollo/*',
                'express*',
                'react*',
                'urql',
                '@electric-sql/*',
                'node:*',
                'fs',
                'path',
                'http',
                'https',
                'net',
                'child_process',
                'crypto',
                'os',
              ],
              message: 'packages/domain holds pure rules: no database, framework or I/O imports.',
            },
          ],
        },
      ],
    },
  }),
  {
    // The purity test itself must read src/ from disk to enforce the same rule in jest.
    files: ['src/__tests__/domain-purity.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
];
