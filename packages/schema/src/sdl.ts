import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';

/** Absolute path of the committed SDL (`schema.graphql` at the package's root). */
export const schemaPath: string = path.resolve(__dirname, '../schema.graphql');

/** The committed SDL as text: what the API serves, sorted so that it diffs cleanly. */
export const schemaSdl: string = readFileSync(schemaPath, 'utf8');

/** The committed SDL as a graphql-js schema (no resolvers): for tooling, validation, docs. */
export function loadSchema(sdl: string = schemaSdl): GraphQLSchema {
  return buildSchema(sdl);
}
