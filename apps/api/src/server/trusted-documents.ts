import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Environment } from '../config/config';
import { authenticate } from '../modules/auth/authenticate';
import type { Logger } from './logger';
import { StartupError } from './startup-error';

/** Where the trusted-documents manifest is: this variable, or the copy in @rebound/schema. */
export const TRUSTED_DOCUMENTS_ENV = 'TRUSTED_DOCUMENTS_FILE';

/**
 * The committed manifest (packages/schema/trusted-documents.json, written by the console's
 * codegen): found in the workspace from src/ or dist/, and in a deployed API through the
 * @rebound/schema package when it is installed beside it.
 */
export function defaultTrustedDocumentsFile(): string {
  try {
    return require.resolve('@rebound/schema/trusted-documents.json');
  } catch {
    return path.resolve(__dirname, '../../../../packages/schema/trusted-documents.json');
  }
}

/** The operations the console was built with: hash (SHA-256) → document text. */
export interface TrustedDocuments {
  readonly file: string;
  readonly byHash: ReadonlyMap<string, string>;
  readonly texts: ReadonlySet<string>;
}

/** Reads and checks a manifest: a JSON object of hash → GraphQL document text. */
export function loadTrustedDocuments(file: string): TrustedDocuments {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new StartupError(
      `Cannot read the trusted-documents manifest ${file} (${reason}): build the console (its codegen writes it) or set ${TRUSTED_DOCUMENTS_ENV}.`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new StartupError(
      `The trusted-documents manifest ${file} must be a JSON object of hash → document.`,
    );
  }
  const byHash = new Map<string, string>();
  for (const [hash, text] of Object.entries(parsed)) {
    if (typeof text !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
      throw new StartupError(
        `The trusted-documents manifest ${file} has an entry that is not a SHA-256 hash → document text: "${hash}".`,
      );
    }
    byHash.set(hash, text);
  }
  return { file, byHash, texts: new Set(byHash.values()) };
}

/**
 * The manifest for this environment. Production must have one (the API refuses to start
 * without it); development and tests use it when it is there, to answer hashes.
 */
export function trustedDocumentsFor(
  environment: Environment,
  env: Readonly<Record<string, string | undefined>> = process.env,
): TrustedDocuments | null {
  const configured = env[TRUSTED_DOCUMENTS_ENV]?.trim();
  const file = configured || defaultTrustedDocumentsFile();
  if (environment === 'production' || configured) return loadTrustedDocuments(file);
  try {
    return loadTrustedDocuments(file);
  } catch {
    return null;
  }
}

interface GraphqlBody {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
}

const isBody = (value: unknown): value is GraphqlBody =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function hashOf(body: GraphqlBody): string | null {
  const hash = body.extensions?.persistedQuery?.sha256Hash ?? body.documentId;
  return typeof hash === 'string' ? hash : null;
}

function refuse(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export interface TrustedDocumentsOptions {
  readonly documents: TrustedDocuments | null;
  /** Production: run only trusted documents, or any from API tokens allowed ad-hoc ones. */
  readonly enforce: boolean;
  readonly dataSource: DataSource;
  readonly logger: Logger;
}

/**
 * Express middleware in front of Apollo on /graphql (after the JSON body parser):
 * - a hash of a trusted document (`extensions.persistedQuery.sha256Hash`, or `documentId`)
 *   becomes that document's text; an unknown hash is PERSISTED_QUERY_NOT_FOUND in production
 *   (in development it is left to Apollo's automatic persisted queries);
 * - in production, any other document text is refused with PERSISTED_QUERY_NOT_ALLOWED unless
 *   the caller is an API token created with `allowAdHoc`.
 */
export function trustedDocumentsMiddleware({
  documents,
  enforce,
  dataSource,
  logger,
}: TrustedDocumentsOptions): RequestHandler {
  if (enforce && documents === null) {
    throw new StartupError('Production needs a trusted-documents manifest.');
  }
  const handle = async (request: Request, response: Response): Promise<boolean> => {
    const body: unknown = request.method === 'POST' ? request.body : request.query;
    if (!isBody(body)) return true;
    const hash = hashOf(body);
    if (hash !== null && (request.method === 'POST' || !enforce)) {
      const text = documents?.byHash.get(hash);
      if (text !== undefined && request.method === 'POST') {
        const { persistedQuery: _hash, ...extensions } = body.extensions ?? {};
        const { documentId: _id, ...rest } = body;
        request.body = { ...rest, query: text, extensions };
        return true;
      }
      if (!enforce) return true;
      refuse(
        response,
        400,
        'PERSISTED_QUERY_NOT_FOUND',
        `No trusted document has the hash ${hash}: the client was built for another version of the API. Reload it.`,
      );
      return false;
    }
    if (!enforce) return true;
    const text = body.query;
    if (hash === null && (typeof text !== 'string' || text.trim() === '')) return true;
    if (typeof text === 'string' && documents?.texts.has(text) === true) return true;
    const { credential } = await authenticate(dataSource, request);
    if (credential.kind === 'api-token' && credential.allowAdHoc) return true;
    logger.info(`refused an ad-hoc GraphQL document (${credential.kind})`);
    refuse(
      response,
      403,
      'PERSISTED_QUERY_NOT_ALLOWED',
      'This API runs only trusted documents: send the hash of a document of the console build (extensions.persistedQuery.sha256Hash), or use an API token allowed ad-hoc documents.',
    );
    return false;
  };
  return (request: Request, response: Response, next: NextFunction): void => {
    handle(request, response).then((proceed) => {
      if (proceed) next();
    }, next);
  };
}
