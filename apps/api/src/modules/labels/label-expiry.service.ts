import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { recordAudit } from '../audit/audit.service';
import { transitionReturn } from '../returns/return-transition';
import { CarrierScanEntity } from './carrier-scan.entity';
import { lockReturn } from './lock-return';
import { systemTransactionContext } from './system-context';

interface ExpiryCandidate {
  returnId: string;
  labelId: string;
  trackingNumber: string;
  issuedAt: Date;
}

/** What one run of the expiry job did. */
export interface LabelExpiryReport {
  /** RMA numbers cancelled because their label expired unused. */
  expired: string[];
  /** Returns that could not be expired this time, with the error code; the next run retries. */
  failed: { returnId: string; code: string }[];
}

/** LABEL_ISSUED returns whose newest label has expired and was never scanned. */
const EXPIRY_CANDIDATES = `
  SELECT r.id AS "returnId", l.id AS "labelId", l.tracking_number AS "trackingNumber", l.issued_at AS "issuedAt"
  FROM returns r
  JOIN LATERAL (
    SELECT id, tracking_number, issued_at, expires_at FROM return_labels
    WHERE return_id = r.id ORDER BY issued_at DESC, id DESC LIMIT 1
  ) l ON true
  WHERE r.status = 'LABEL_ISSUED' AND l.expires_at <= $1
    AND NOT EXISTS (SELECT 1 FROM carrier_scans s WHERE s.label_id = l.id)
  ORDER BY l.expires_at, r.id`;

/** Cancels one return whose label expired and gives its RMA number; null when it changed meanwhile (moved on, or scanned). */
async function expireOne(
  dataSource: DataSource,
  candidate: ExpiryCandidate,
  now: Date,
  requestId: string,
): Promise<string | null> {
  return dataSource.transaction(async (manager) => {
    const tx = systemTransactionContext(dataSource, manager, requestId);
    const rma = await lockReturn(tx, candidate.returnId);
    if (rma.status !== 'LABEL_ISSUED') return null;
    if (await manager.existsBy(CarrierScanEntity, { labelId: candidate.labelId })) return null;
    const cancelled = await transitionReturn(
      tx,
      rma,
      'expire',
      {},
      { labelId: candidate.labelId, trackingNumber: candidate.trackingNumber },
      { labelIssuedAt: new Date(candidate.issuedAt), now },
    );
    await recordAudit(
      manager,
      { user: null, requestId },
      {
        action: 'expireLabel',
        targetType: 'Return',
        targetId: rma.id,
        before: { status: rma.status },
        after: { status: cancelled.status, labelId: candidate.labelId },
        outcome: 'SUCCEEDED',
        errorCode: null,
      },
    );
    return rma.rmaNumber;
  });
}

/**
 * Cancels every LABEL_ISSUED return whose newest label expired (30 days) without a carrier scan,
 * as the SYSTEM actor, one transaction per return so that one failure does not hold up the rest.
 */
export async function expireUnusedLabels(
  dataSource: DataSource,
  now: Date,
): Promise<LabelExpiryReport> {
  const requestId = `expire-labels:${randomUUID()}`;
  const candidates: ExpiryCandidate[] = await dataSource.query(EXPIRY_CANDIDATES, [now]);
  const report: LabelExpiryReport = { expired: [], failed: [] };
  for (const candidate of candidates) {
    try {
      const rmaNumber = await expireOne(dataSource, candidate, now, requestId);
      if (rmaNumber !== null) report.expired.push(rmaNumber);
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'INTERNAL_SERVER_ERROR';
      report.failed.push({ returnId: candidate.returnId, code });
      await recordAudit(
        dataSource.manager,
        { user: null, requestId },
        {
          action: 'expireLabel',
          targetType: 'Return',
          targetId: candidate.returnId,
          before: null,
          after: null,
          outcome: 'FAILED',
          errorCode: code,
        },
      );
    }
  }
  return report;
}
