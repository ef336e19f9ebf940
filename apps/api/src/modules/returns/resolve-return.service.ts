import { DEFAULT_RETURN_POLICY, type ResolutionContext } from '@rebound/domain';
import { fromDomainError, notFound } from '../../common/errors/app-error';
import type { JsonObject } from '../../common/json';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { OrderEntity } from '../orders/order.entity';
import { badInput } from './bad-input';
import { ReturnLineEntity } from './return-line.entity';
import { returnOutcome } from './return-outcome';
import { loadReturn, transitionReturn, type ReturnChanges } from './return-transition';
import type { RmaType } from './return.type';
import { judgeReturnless } from './returnless-check';
import type { ResolveReturnInput, ResolveReturnlessInput } from './support-desk.types';

/** What the machine's `resolve` guard needs, from the input. Refunds are not issued yet (a later issue). */
function resolutionOf(input: ResolveReturnInput): ResolutionContext {
  switch (input.resolution) {
    case 'REFUND':
      return { resolution: 'REFUND', refundIssued: false };
    case 'REPLACEMENT':
      return {
        resolution: 'REPLACEMENT',
        replacementOrderId: input.replacementOrderId?.trim() ?? null,
      };
    case 'DECLINE': {
      if (input.declineReason === null || input.declineReason === undefined) {
        throw badInput('input.declineReason', 'is required to resolve by DECLINE');
      }
      const note = input.note?.trim() ?? '';
      return {
        resolution: 'DECLINE',
        declineReason: input.declineReason,
        note: note === '' ? null : note,
      };
    }
  }
}

/**
 * Completes an inspected return (INSPECTED → COMPLETED): by REPLACEMENT once the replacement
 * order is given, by DECLINE with a reason. REFUND is refused with REFUND_NOT_ISSUED until
 * refunds exist (they come in a later issue and will complete the return when issued).
 */
export async function resolveReturn(
  tx: TransactionContext,
  input: ResolveReturnInput,
): Promise<MutationOutcome<RmaType>> {
  const rma = await loadReturn(tx, input.id);
  const resolution = resolutionOf(input);
  const changes: ReturnChanges = { resolution: resolution.resolution, completedAt: new Date() };
  const details: JsonObject = { resolution: resolution.resolution };
  if (resolution.resolution === 'REPLACEMENT') {
    changes.replacementOrderId = resolution.replacementOrderId;
    details.replacementOrderId = resolution.replacementOrderId;
  }
  if (resolution.resolution === 'DECLINE') {
    changes.declineReason = resolution.declineReason;
    details.declineReason = resolution.declineReason;
    details.note = resolution.note;
  }
  const after = await transitionReturn(tx, rma, 'resolve', changes, details, resolution);
  return returnOutcome(tx, rma, after, details);
}

/**
 * Completes an authorized return without the items coming back (AUTHORIZED → COMPLETED) when
 * the domain finds every line eligible. The machine also needs the refund to be issued, and
 * refunds come in a later issue: today an eligible return is refused with REFUND_NOT_ISSUED, an
 * ineligible one with RETURNLESS_NOT_ELIGIBLE naming the lines and why.
 */
export async function resolveReturnless(
  tx: TransactionContext,
  input: ResolveReturnlessInput,
): Promise<MutationOutcome<RmaType>> {
  const rma = await loadReturn(tx, input.id);
  const order = await tx.manager.findOneBy(OrderEntity, { id: rma.orderId });
  if (order === null) throw notFound('Order', rma.orderId);
  const lines = await tx.manager.find(ReturnLineEntity, {
    where: { returnId: rma.id },
    relations: { orderLine: true },
  });
  const pairs = lines.flatMap((line) =>
    line.orderLine === undefined ? [] : [{ line, orderLine: line.orderLine }],
  );
  const verdict = judgeReturnless(order.currency, pairs, DEFAULT_RETURN_POLICY);
  if (!verdict.ok) throw fromDomainError(verdict.error);
  const details = { eligible: verdict.value.eligible, threshold: verdict.value.threshold };
  const after = await transitionReturn(
    tx,
    rma,
    'resolveReturnless',
    { returnless: true, resolution: 'REFUND', completedAt: new Date() },
    details,
    { returnless: verdict.value, refundIssued: false },
  );
  return returnOutcome(tx, rma, after, details);
}
