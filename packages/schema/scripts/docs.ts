// Writes the static HTML reference: dist/reference/index.html (served by the console at /reference/).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderReference } from '../src/contract/reference';
import { ERROR_CATALOGUE } from '../src/errors';
import { loadSchema } from '../src/sdl';

const folder = path.resolve(__dirname, '../dist/reference');
mkdirSync(folder, { recursive: true });
const file = path.join(folder, 'index.html');
writeFileSync(file, renderReference(loadSchema(), ERROR_CATALOGUE));
console.log(`wrote ${file}`);
