export const explorerPath = '/explorer';
export const explorerUrl = (): string => explorerPath;

/** The schema reference pages, generated from schema.graphql and served next to the API. */
export const schemaReferenceUrl = '/reference/';
