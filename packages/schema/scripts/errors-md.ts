// Writes ERRORS.md from the catalogue in src/errors.ts.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderErrorsMarkdown } from '../src/contract/errors-markdown';
import { ERROR_CATALOGUE } from '../src/errors';

const file = path.resolve(__dirname, '../ERRORS.md');
renderErrorsMarkdown(ERROR_CATALOGUE, file).then(
  (markdown) => {
    writeFileSync(file, markdown);
    console.log(`wrote ${file}`);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
