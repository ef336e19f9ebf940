import path from 'node:path';

/** The committed contract in packages/schema. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../../../packages/schema/schema.graphql');
