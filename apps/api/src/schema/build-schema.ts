import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ReturnStatsResolver } from '../modules/returns/return-stats.resolver';

export const resolvers = [ReturnStatsResolver] as const;

/** Builds Rebound's executable GraphQL schema from the resolvers. */
export function buildReboundSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: { forbidUnknownValues: false } });
}

/** The SDL committed in packages/schema: sorted, so that it diffs cleanly. */
export function printReboundSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
