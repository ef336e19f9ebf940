import {
  largeRefundThreshold,
  requiresApproval,
  type CurrencyCode,
  type RefundBreakdown,
} from '@rebound/domain';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/errors/app-error';
import { RefundEntity } from './refund.entity';
import type { RefundApprovalType, RefundType } from './refund.type';

interface ApprovalRow {
  refund_id: string;
  approver_id: string;
  approver_name: string;
  amount_minor: number;
  approved_at: Date;
  voided_at: Date | null;
}

/** The GraphQL view of refunds, with their approvals and RMA numbers: three queries for any number. */
export async function loadRefundViews(
  manager: EntityManager,
  ids: readonly string[],
): Promise<RefundType[]> {
  if (ids.length === 0) return [];
  const refunds = await manager
    .createQueryBuilder(RefundEntity, 'refund')
    .where('refund.id = ANY(:ids)', { ids })
    .getMany();
  const rmas: { id: string; rma_number: string }[] = await manager.query(
    'SELECT id, rma_number FROM returns WHERE id = ANY($1)',
    [refunds.map((refund) => refund.returnId)],
  );
  const approvals: ApprovalRow[] = await manager.query(
    `SELECT a.refund_id, a.approver_id, u.display_name AS approver_name, a.amount_minor, a.approved_at, a.voided_at
     FROM refund_approvals a JOIN users u ON u.id = a.approver_id
     WHERE a.refund_id = ANY($1) ORDER BY a.approved_at`,
    [ids],
  );
  const rmaOf = new Map(rmas.map((row) => [row.id, row.rma_number]));
  const byId = new Map(refunds.map((refund) => [refund.id, refund]));
  return ids.flatMap((id) => {
    const refund = byId.get(id);
    if (refund === undefined) return [];
    const threshold = largeRefundThreshold(refund.currency as CurrencyCode);
    const view: RefundType = {
      id: refund.id,
      returnId: refund.returnId,
      orderId: refund.orderId,
      status: refund.status,
      method: refund.method,
      returnless: refund.returnless,
      createdById: refund.createdById,
      submittedById: refund.submittedById,
      submittedAt: refund.submittedAt,
      issuedAt: refund.issuedAt,
      externalReference: refund.externalReference,
      failureReason: refund.failureReason,
      rejectionReason: refund.rejectionReason,
      version: refund.version,
      createdAt: refund.createdAt,
      updatedAt: refund.updatedAt,
      rmaNumber: rmaOf.get(refund.returnId) ?? '',
      total: { amount: refund.totalMinor, currency: refund.currency },
      breakdown: refund.breakdown as RefundBreakdown,
      needsApproval: requiresApproval(refund.totalMinor, threshold),
      approvalThreshold: { amount: threshold, currency: refund.currency },
      approvals: approvals
        .filter((row) => row.refund_id === id)
        .map((row): RefundApprovalType => ({
          approverId: row.approver_id,
          approverName: row.approver_name,
          amount: row.amount_minor,
          approvedAt: row.approved_at,
          voidedAt: row.voided_at,
        })),
    };
    return [view];
  });
}

/** One refund's view, or NOT_FOUND. */
export async function loadRefundView(manager: EntityManager, id: string): Promise<RefundType> {
  const [view] = await loadRefundViews(manager, [id]);
  if (view === undefined) throw notFound('Refund', id);
  return view;
}
