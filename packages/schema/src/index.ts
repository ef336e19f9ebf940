// @rebound/schema: the GraphQL contract of Rebound's API for the teams that build on it.
export { schemaPath, schemaSdl, loadSchema } from './sdl';
export { ERROR_CATALOGUE, ERROR_CODES, type ErrorCodeEntry, type ErrorCode } from './errors';
export { findMissingDescriptions } from './contract/descriptions';
export { checkBreakingChanges, type BreakingChangeReport } from './contract/breaking';
export { renderReference } from './contract/reference';
