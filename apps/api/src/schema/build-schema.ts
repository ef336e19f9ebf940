import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthChecker } from '../common/auth/auth-checker';
import { validateArgument } from '../common/validation';
import { resolvers } from './resolvers';

/** Builds Rebound's executable GraphQL schema from the resolvers. */
export async function buildReboundSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: resolvers,
    authChecker: AuthChecker,
    validateFn: validateArgument,
  });
  // type-graphql cannot describe the root types; the contract describes everything.
  const query = schema.getQueryType();
  if (query) query.description = ROOT_DESCRIPTIONS.query;
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.mutation;
  return schema;
}

const ROOT_DESCRIPTIONS = {
  query:
    'Everything a client can read. Each field says who may call it; anonymous callers may read only `viewer` (null for them) and call `signIn`.',
  mutation:
    'Everything a client can change. Each mutation runs in one transaction, is audited, and says who may call it; failures carry `extensions.code` (see the error codes in @rebound/schema).',
};

/** The SDL committed in packages/schema: sorted, so that it diffs cleanly. */
export function printReboundSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
