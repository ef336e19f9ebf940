import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { DOMAIN_ERROR_CODES } from '@rebound/domain';
import { literalsOfArray, scanRaisedCodes, type SourceFile } from '../contract/error-codes';

export const API_SRC = path.resolve(__dirname, '../../../../apps/api/src');

export function readSources(folder: string): SourceFile[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({
      path: path.join(folder, file).split(path.sep).join('/'),
      text: readFileSync(path.join(folder, file), 'utf8'),
    }));
}

const read = (file: string): string => readFileSync(path.join(API_SRC, file), 'utf8');

/**
 * Every code a client of the API can see, from where the API decides them:
 * - API_ERROR_CODES in common/errors/app-error.ts, and the domain's DOMAIN_ERROR_CODES
 *   (fromDomainError passes them through);
 * - Apollo Server's built-in codes that format-error.ts lets reach clients (the rest become
 *   INTERNAL_SERVER_ERROR), plus INTERNAL_SERVER_ERROR itself;
 * - the armor limits, reported as validation errors (GRAPHQL_VALIDATION_FAILED);
 * - every `AppError('…'` in the source, and `code: '…'` in the server and common code.
 */
export function raisableCodes(): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  const add = (code: string, from: string): void => {
    codes.set(code, [...(codes.get(code) ?? []), from]);
  };
  for (const code of literalsOfArray(read('common/errors/app-error.ts'), 'API_ERROR_CODES')) {
    add(code, 'API_ERROR_CODES');
  }
  for (const code of DOMAIN_ERROR_CODES) add(code, 'DOMAIN_ERROR_CODES');
  const clientSafe = new Set(literalsOfArray(read('server/format-error.ts'), 'CLIENT_SAFE'));
  for (const code of Object.values(ApolloServerErrorCode)) {
    if (clientSafe.has(code) || code === ApolloServerErrorCode.INTERNAL_SERVER_ERROR) {
      add(code, 'Apollo Server');
    }
  }
  if (/reportError\(\s*new GraphQLError/.test(read('server/armor.ts'))) {
    add(ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, 'armor (validation rules)');
  }
  for (const [code, files] of scanRaisedCodes(readSources(API_SRC))) {
    for (const file of files) add(code, path.relative(API_SRC, file));
  }
  return codes;
}
