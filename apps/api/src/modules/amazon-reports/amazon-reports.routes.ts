import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { Role } from '@rebound/domain';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import type { AuthenticatedUser } from '../../context';
import { recordAudit } from '../audit/audit.service';
import { authenticate } from '../auth/authenticate';
import { CHANNEL_PATTERN } from '../orders/order-identity.rules';
import { amazonImportContext } from './import-context';
import { importAmazonReport } from './import-report';
import { ReportFormatError } from './report-columns';
import { exportReturnsFlatFile } from './returns-export';

/** Who may import and export Amazon returns reports. */
export const AMAZON_REPORT_ROLES: readonly Role[] = ['SUPPORT', 'ADMIN'];

function refuse(response: Response, status: number, error: AppError): void {
  response
    .status(status)
    .set('cache-control', 'no-store')
    .json({ error: { ...error.extensions, code: error.code, message: error.message } });
}

/** Signs the caller in and checks the role; answers 401/403 (audited as DENIED) or returns the user. */
async function allowedUser(
  dataSource: DataSource,
  request: Request,
  response: Response,
  action: string,
): Promise<AuthenticatedUser | null> {
  const { user } = await authenticate(dataSource, request);
  const refusal =
    user === null
      ? new AppError('UNAUTHENTICATED', 'Sign in to use Amazon returns reports')
      : user.roles.some((role) => AMAZON_REPORT_ROLES.includes(role))
        ? null
        : new AppError(
            'FORBIDDEN',
            `This needs one of the roles ${AMAZON_REPORT_ROLES.join(', ')}`,
            {
              requiredRoles: [...AMAZON_REPORT_ROLES],
            },
          );
  if (refusal === null && user !== null) return user;
  await recordAudit(
    dataSource.manager,
    { user, requestId: request.get('x-request-id') ?? randomUUID() },
    {
      action,
      targetType: 'AmazonReport',
      targetId: null,
      before: null,
      after: null,
      outcome: 'DENIED',
      errorCode: refusal?.code ?? 'FORBIDDEN',
    },
  );
  if (refusal !== null) refuse(response, refusal.code === 'UNAUTHENTICATED' ? 401 : 403, refusal);
  return null;
}

const queryText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * POST /imports/amazon-returns?kind=flat|fba[&channel=AMAZON_US][&fileName=…] — the request body
 * is the report file itself (any content type), read as it arrives. SUPPORT and ADMIN. The answer
 * is NDJSON, one JSON object per line: `{"type":"progress","counts":{…}}` after each batch,
 * `{"type":"problem","line":…,"column":…,"reason":…}` for each refused row, then
 * `{"type":"done","runId":…,"counts":{…}}` or `{"type":"failed","code":…,"message":…}` (a
 * file-level error such as a missing column). Bad parameters → 400 with `{ error }`.
 */
export function amazonImportHandler(dataSource: DataSource) {
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    try {
      const user = await allowedUser(dataSource, request, response, 'importAmazonReturns');
      if (user === null) return;
      const kind = queryText(request.query.kind)?.toLowerCase();
      const channel = queryText(request.query.channel) ?? 'AMAZON_US';
      if ((kind !== 'flat' && kind !== 'fba') || !CHANNEL_PATTERN.test(channel)) {
        refuse(
          response,
          400,
          new AppError('BAD_USER_INPUT', 'kind must be flat or fba, and channel like AMAZON_US', {
            fields: [
              {
                path: kind !== 'flat' && kind !== 'fba' ? 'kind' : 'channel',
                problems: ['is not valid'],
              },
            ],
          }),
        );
        return;
      }
      response.status(200).set({
        'content-type': 'application/x-ndjson; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      response.flushHeaders();
      const send = (value: unknown): void => {
        response.write(`${JSON.stringify(value)}\n`);
      };
      const ctx = amazonImportContext(
        dataSource,
        user,
        request.get('x-request-id') ?? randomUUID(),
      );
      try {
        const result = await importAmazonReport(ctx, request, {
          kind: kind === 'flat' ? 'FLAT' : 'FBA',
          channel,
          fileName: (queryText(request.query.fileName) ?? 'upload.tsv').slice(0, 255),
          source: 'HTTP',
          onProgress: (counts) => {
            send({ type: 'progress', counts });
          },
          onProblem: (problem) => {
            send({ type: 'problem', ...problem });
          },
        });
        send({ type: 'done', runId: result.runId, counts: result.counts });
      } catch (error) {
        if (!(error instanceof ReportFormatError)) throw error;
        send({ type: 'failed', code: 'BAD_REPORT_FILE', message: error.message });
      }
      response.end();
    } catch (error) {
      if (response.headersSent) {
        response.end(
          `${JSON.stringify({ type: 'failed', code: 'INTERNAL_SERVER_ERROR', message: 'The import stopped unexpectedly' })}\n`,
        );
        next(error);
        return;
      }
      next(error);
    }
  };
}

/**
 * GET /exports/amazon-returns.tsv — every return line in the Amazon flat-file returns layout,
 * streamed page by page. SUPPORT and ADMIN; 401/403 with `{ error }` otherwise.
 */
export function amazonExportHandler(dataSource: DataSource) {
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    try {
      const user = await allowedUser(dataSource, request, response, 'exportAmazonReturns');
      if (user === null) return;
      response.status(200).set({
        'content-type': 'text/tab-separated-values; charset=utf-8',
        'content-disposition': 'attachment; filename="amazon-returns.tsv"',
        'cache-control': 'no-store',
      });
      await exportReturnsFlatFile(dataSource.manager, async (chunk) => {
        if (!response.write(chunk)) await once(response, 'drain');
      });
      response.end();
    } catch (error) {
      if (response.headersSent) response.destroy(error instanceof Error ? error : undefined);
      else next(error);
    }
  };
}
