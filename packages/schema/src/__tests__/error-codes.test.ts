import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compareErrorCodes, literalsOfArray, scanRaisedCodes } from '../contract/error-codes';
import { renderErrorsMarkdown } from '../contract/errors-markdown';
import { ERROR_CATALOGUE, type ErrorCodeEntry } from '../errors';
import { raisableCodes } from './raisable-codes';

describe('the error-code catalogue', () => {
  it('lists every code the API can raise, and no code it cannot', () => {
    const raisable = raisableCodes();
    const comparison = compareErrorCodes(raisable.keys(), ERROR_CATALOGUE);
    const where = (code: string): string => `${code} (${(raisable.get(code) ?? []).join(', ')})`;
    expect({ ...comparison, undocumented: comparison.undocumented.map(where) }).toEqual({
      undocumented: [],
      stale: [],
      duplicated: [],
    });
  });

  it('says when each code happens', () => {
    for (const entry of ERROR_CATALOGUE) {
      expect(`${entry.code}: ${entry.when}`).toMatch(/^[A-Z_]+: \S.{20,}/);
    }
  });

  it('is what ERRORS.md shows (run `pnpm --filter @rebound/schema errors:md`)', async () => {
    const file = path.resolve(__dirname, '../../ERRORS.md');
    expect(readFileSync(file, 'utf8')).toBe(await renderErrorsMarkdown(ERROR_CATALOGUE, file));
  });
});

describe('the error-code check, on deliberate violations', () => {
  const notFound: ErrorCodeEntry = {
    code: 'NOT_FOUND',
    source: 'api',
    when: 'The id names no record the caller can see.',
  };
  const catalogue: ErrorCodeEntry[] = [
    notFound,
    { code: 'GONE_AWAY', source: 'api', when: 'A code nothing raises any more, left behind.' },
  ];

  it('reports a code raised in the source but missing from the catalogue', () => {
    const scanned = scanRaisedCodes([
      {
        path: 'apps/api/src/modules/returns/return.service.ts',
        text: "throw new AppError('NOT_FOUND', 'x');\nthrow new AppError(\n  'MADE_UP_CODE', 'y');",
      },
    ]);
    expect(compareErrorCodes(scanned.keys(), catalogue)).toEqual({
      undocumented: ['MADE_UP_CODE'],
      stale: ['GONE_AWAY'],
      duplicated: [],
    });
  });

  it('reads hand-built `code:` literals in server code, not seed or test data', () => {
    const scanned = scanRaisedCodes([
      {
        path: 'apps/api/src/server/trusted-documents.ts',
        text: "extensions: { code: 'SOMETHING_NEW' }",
      },
      { path: 'apps/api/src/seed/demo-data.ts', text: "{ code: 'HEARTH' }" },
      {
        path: 'apps/api/src/modules/a/__tests__/a.test.ts',
        text: "new AppError('IN_A_TEST', 'x')",
      },
    ]);
    expect([...scanned.keys()]).toEqual(['SOMETHING_NEW']);
  });

  it('reports a code listed twice', () => {
    expect(compareErrorCodes(['NOT_FOUND'], [notFound, notFound]).duplicated).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('reads the codes of an array declaration, without its comments', () => {
    const text =
      "export const API_ERROR_CODES = [\n  'A',\n  // 'NOT_THIS'\n  'B', // after\n] as const;";
    expect(literalsOfArray(text, 'API_ERROR_CODES')).toEqual(['A', 'B']);
  });
});
