import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthChecker } from '../common/auth/auth-checker';
import { validateArgument } from '../common/validation';
import { resolvers } from './resolvers';

/** Builds Rebound's executable GraphQL schema from the resolvers. */
export function buildReboundSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolvers,
    authChecker: AuthChecker,
    validateFn: validateArgument,
  });
}

/** The SDL committed in packages/schema: sorted, so that it diffs cleanly. */
export function printReboundSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
