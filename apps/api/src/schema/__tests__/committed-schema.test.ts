import { readFileSync } from 'node:fs';
import { buildReboundSchema, printReboundSchema } from '../build-schema';
import { SCHEMA_FILE } from '../schema-file';

test('packages/schema/schema.graphql is exactly what the API produces (run `pnpm --filter @rebound/api schema:emit`)', async () => {
  const produced = printReboundSchema(await buildReboundSchema());
  const committed = readFileSync(SCHEMA_FILE, 'utf8');
  expect(committed).toEqual(produced);
});
