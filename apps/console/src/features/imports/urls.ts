import { withQuery } from '../../lib/url';

/** The console page for Amazon returns reports. */
export const importsPath = '/imports';

export const importsUrl = (): string => importsPath;

/** Which Amazon report a file is, as the API's `kind` parameter names it. */
export type AmazonReportKind = 'flat' | 'fba';

/** POST target of an upload (served by the API; the body is the file itself). */
export const amazonImportEndpoint = (kind: AmazonReportKind, fileName: string): string =>
  withQuery('/imports/amazon-returns', { kind, fileName });

/** Rebound's returns in Amazon's flat-file layout (GET, streamed by the API). */
export const amazonExportUrl = (): string => '/exports/amazon-returns.tsv';
