import { format, resolveConfig } from 'prettier';
import type { ErrorCodeEntry } from '../errors';

const SOURCE_LABEL: Record<ErrorCodeEntry['source'], string> = {
  api: 'API',
  domain: 'business rule',
  server: 'GraphQL server',
};

/**
 * ERRORS.md: the catalogue as a table (generated; edit src/errors.ts instead), formatted by the
 * repository's prettier settings so that `prettier --write` leaves it as it is.
 */
export async function renderErrorsMarkdown(
  errors: readonly ErrorCodeEntry[],
  file: string,
): Promise<string> {
  const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = errors.map(
    (entry) =>
      `| \`${entry.code}\` | ${SOURCE_LABEL[entry.source]} | ${cell(entry.when)}${
        entry.details === undefined ? '' : ` Details: ${cell(entry.details)}`
      } |`,
  );
  const markdown = [
    '# Error codes',
    '',
    '<!-- Generated from src/errors.ts by `pnpm --filter @rebound/schema errors:md`; do not edit. -->',
    '',
    'Every value a client of the Rebound API can find in `errors[].extensions.code`, and when it',
    'happens. A code, once published, is never renamed. Machine-readable:',
    "`import { ERROR_CATALOGUE } from '@rebound/schema/errors'`.",
    '',
    '| Code | Raised by | When |',
    '| ---- | --------- | ---- |',
    ...rows,
    '',
  ].join('\n');
  const options = (await resolveConfig(file)) ?? {};
  return format(markdown, { ...options, filepath: file });
}
