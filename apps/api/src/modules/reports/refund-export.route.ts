import { randomUUID } from 'node:crypto';
import type { Role } from '@rebound/domain';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import type { AuthenticatedUser } from '../../context';
import { recordAudit, type AuditEntry } from '../audit/audit.service';
import { authenticate } from '../auth/authenticate';
import { parseRefundExportQuery, type RefundExportRequest } from './refund-export.params';
import { writeRefundExport } from './refund-export.stream';
import { scopeAsJson } from './refund-scope';

/** Who may export refunds. */
export const REFUND_EXPORT_ROLES: readonly Role[] = ['FINANCE', 'ADMIN'];

const AUDIT = { action: 'exportRefunds', targetType: 'RefundExport', targetId: null, before: null };

function refuse(response: Response, status: number, error: AppError): void {
  response
    .status(status)
    .set('cache-control', 'no-store')
    .json({ error: { ...error.extensions, code: error.code, message: error.message } });
}

/**
 * GET /exports/refunds.csv?from=&to=&status=&method=&currency=&supplierId=&timeZone= — the
 * refunds created in [from, to) as a CSV file, streamed as it is read, for FINANCE and ADMIN
 * (session cookie or API token). Anonymous → 401, other roles → 403, bad parameters → 400, each
 * with `{ error: { code, message } }`. Every attempt leaves one audit event (exportRefunds):
 * DENIED, FAILED, or SUCCEEDED with the filter, recorded before the first row leaves.
 */
export function refundExportHandler(dataSource: DataSource) {
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    try {
      const { user } = await authenticate(dataSource, request);
      const ctx = { user, requestId: request.get('x-request-id') ?? randomUUID() };
      const audit = (entry: Pick<AuditEntry, 'after' | 'outcome' | 'errorCode'>): Promise<void> =>
        recordAudit(dataSource.manager, ctx, { ...AUDIT, ...entry });
      const refusal = accessRefusal(user);
      if (refusal !== null) {
        await audit({ after: null, outcome: 'DENIED', errorCode: refusal.code });
        refuse(response, refusal.code === 'UNAUTHENTICATED' ? 401 : 403, refusal);
        return;
      }
      let exportRequest: RefundExportRequest;
      try {
        exportRequest = parseRefundExportQuery(request.query);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        await audit({ after: null, outcome: 'FAILED', errorCode: error.code });
        refuse(response, 400, error);
        return;
      }
      await audit({
        after: scopeAsJson(exportRequest.scope),
        outcome: 'SUCCEEDED',
        errorCode: null,
      });
      await writeRefundExport(dataSource, exportRequest, response);
    } catch (error) {
      next(error);
    }
  };
}

function accessRefusal(user: AuthenticatedUser | null): AppError | null {
  if (user === null) return new AppError('UNAUTHENTICATED', 'Sign in to export refunds');
  if (user.roles.some((role) => REFUND_EXPORT_ROLES.includes(role))) return null;
  return new AppError(
    'FORBIDDEN',
    `Exporting refunds needs one of the roles ${REFUND_EXPORT_ROLES.join(', ')}`,
    {
      requiredRoles: [...REFUND_EXPORT_ROLES],
    },
  );
}
