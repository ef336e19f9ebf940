import { REFUND_MACHINE } from '@rebound/domain';
import { AppError } from '../../common/errors/app-error';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { loadReturnForUpdate } from '../returns/return-transition';
import { checkRefundable, computeRefund } from './compute-refund';
import type { CreateRefundInput } from './refund-desk.types';
import { replaceRefundLines } from './refund-lines.store';
import { refundOutcome } from './refund-outcome';
import { RefundEntity } from './refund.entity';
import type { RefundType } from './refund.type';
import type { StoredBreakdown } from './stored-breakdown';

/** A return has at most one refund that is not REJECTED: CONFLICT naming it otherwise. */
async function refuseSecondRefund(tx: TransactionContext, returnId: string): Promise<void> {
  const live = await tx.manager.query<{ id: string; status: string }[]>(
    `SELECT id, status FROM refunds WHERE return_id = $1 AND status <> 'REJECTED' LIMIT 1`,
    [returnId],
  );
  const [existing] = live;
  if (existing === undefined) return;
  throw new AppError(
    'CONFLICT',
    `This return already has refund ${existing.id} (${existing.status}); recalculate or reject it instead`,
    { refundId: existing.id, refundStatus: existing.status },
  );
}

/**
 * Computes the refund of a return with the domain calculator and stores it as a DRAFT with
 * its breakdown and per-order-line amounts. The return is locked first, so two people
 * refunding the same return take turns and the second gets CONFLICT; the database trigger
 * refuses amounts above what the order paid (REFUND_EXCEEDS_REMAINING).
 */
export async function createRefund(
  tx: TransactionContext,
  input: CreateRefundInput,
): Promise<MutationOutcome<RefundType>> {
  const rma = await loadReturnForUpdate(tx, input.returnId);
  checkRefundable(rma);
  await refuseSecondRefund(tx, rma.id);
  const returnless = rma.status === 'AUTHORIZED';
  const { source, breakdown } = await computeRefund(tx, rma, {
    returnless,
    excludeRefundId: null,
  });
  const stored: StoredBreakdown = breakdown;
  const refund = await tx.manager.save(
    tx.manager.create(RefundEntity, {
      returnId: rma.id,
      orderId: source.order.id,
      status: REFUND_MACHINE.initial,
      method: input.method ?? 'MARKETPLACE',
      currency: source.currency,
      totalMinor: breakdown.total,
      breakdown: stored,
      returnless,
      createdById: tx.user.id,
      submittedById: null,
      submittedAt: null,
      issuedAt: null,
      externalReference: null,
      failureReason: null,
      rejectionReason: null,
    }),
  );
  await replaceRefundLines(
    tx,
    refund.id,
    breakdown.lines.map((line) => ({ orderLineId: line.orderLineId, amount: line.refund })),
  );
  return refundOutcome(tx, null, refund, { returnId: rma.id, returnless });
}
