// TypeScript types of the whole schema (objects, inputs, enums as `as const` objects, scalars).
export type * from './generated/graphql';
