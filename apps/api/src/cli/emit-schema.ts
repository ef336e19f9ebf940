/** Writes packages/schema/schema.graphql from the resolvers (run after changing the API). */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildReboundSchema, printReboundSchema } from '../schema/build-schema';
import { SCHEMA_FILE } from '../schema/schema-file';

buildReboundSchema()
  .then((schema) => {
    writeFileSync(SCHEMA_FILE, printReboundSchema(schema));
    console.log(`wrote ${SCHEMA_FILE}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
