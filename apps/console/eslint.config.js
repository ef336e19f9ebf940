import { base } from '@rebound/eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  ...base({
    tsconfigRootDir: import.meta.dirname,
    ignores: ['src/lib/graphql/generated/**', 'dist/**'],
  }),
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // Browser code: configuration comes from the server it talks to, not from Node's env.
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The console runs in the browser; there is no process.env.' },
      ],
    },
  },
];
