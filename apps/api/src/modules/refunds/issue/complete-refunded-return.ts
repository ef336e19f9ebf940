import {
  DEFAULT_RETURN_POLICY,
  RETURN_MACHINE,
  SYSTEM_ACTOR,
  type ResolutionContext,
  type ReturnlessVerdict,
} from '@rebound/domain';
import { AppError, fromDomainError } from '../../../common/errors/app-error';
import type { TransactionContext } from '../../../context';
import { moveStock, type StockChange } from '../../inventory/stock-ledger';
import { systemTransactionContext } from '../../labels/system-context';
import { ReturnLineEntity } from '../../returns/return-line.entity';
import { loadReturnForUpdate, transitionReturn } from '../../returns/return-transition';
import type { ReturnEntity } from '../../returns/return.entity';
import { judgeReturnless } from '../../returns/returnless-check';
import type { RefundEntity } from '../refund.entity';

/** What issuing the refund does to its return, decided (and checked) before any money moves. */
export type ReturnCompletion =
  /** Not ready to complete (e.g. refunded before inspection): the return is left as it is. */
  | { kind: 'LEAVE'; rma: ReturnEntity }
  /** INSPECTED → COMPLETED by `resolve` (resolution REFUND). */
  | { kind: 'RESOLVE'; rma: ReturnEntity }
  /** AUTHORIZED → COMPLETED by `resolveReturnless`; the stock is written off. */
  | {
      kind: 'RESOLVE_RETURNLESS';
      rma: ReturnEntity;
      verdict: ReturnlessVerdict;
      writeOffs: StockChange[];
    };

const REFUND_ISSUED: ResolutionContext = { resolution: 'REFUND', refundIssued: true };

/** Where returnless units are written off: the seller's returns centre. */
async function returnsCentreId(tx: TransactionContext): Promise<string> {
  const [centre] = await tx.manager.query<{ id: string }[]>(
    `SELECT id FROM locations WHERE kind = 'RETURNS_CENTRE' ORDER BY code LIMIT 1`,
  );
  if (centre === undefined) {
    throw new AppError('NOT_FOUND', 'No returns centre location exists to write the stock off at', {
      kind: 'RETURNS_CENTRE',
    });
  }
  return centre.id;
}

async function planReturnless(
  tx: TransactionContext,
  refund: Pick<RefundEntity, 'currency'>,
  rma: ReturnEntity,
): Promise<ReturnCompletion> {
  const lines = await tx.manager.find(ReturnLineEntity, {
    where: { returnId: rma.id },
    relations: { orderLine: true },
    order: { id: 'ASC' },
  });
  const pairs = lines.flatMap((line) =>
    line.orderLine === undefined ? [] : [{ line, orderLine: line.orderLine }],
  );
  const verdict = judgeReturnless(refund.currency.trim(), pairs, DEFAULT_RETURN_POLICY);
  if (!verdict.ok) throw fromDomainError(verdict.error);
  const allowed = RETURN_MACHINE.fire(rma.status, 'resolveReturnless', SYSTEM_ACTOR, {
    returnless: verdict.value,
    refundIssued: true,
  });
  if (!allowed.ok) throw fromDomainError(allowed.error);
  const locationId = await returnsCentreId(tx);
  const writeOffs = pairs.map(({ line, orderLine }): StockChange => ({
    skuId: orderLine.skuId,
    locationId,
    kind: 'WRITE_OFF',
    units: line.quantity,
    sellableDelta: 0,
    quarantineDelta: 0,
    reason: 'RETURNLESS_REFUND',
    note: `Return ${rma.rmaNumber}: refunded without the item coming back`,
    returnLineId: line.id,
    supplierId: null,
  }));
  return { kind: 'RESOLVE_RETURNLESS', rma, verdict: verdict.value, writeOffs };
}

/**
 * Locks the refund's return and decides how issuing completes it: an INSPECTED return is
 * resolved by REFUND; an AUTHORIZED return of a returnless refund is resolved returnless (the
 * domain's verdict must allow it, else the issue is refused before the gateway is called).
 */
export async function planReturnCompletion(
  tx: TransactionContext,
  refund: Pick<RefundEntity, 'returnId' | 'returnless' | 'currency'>,
): Promise<ReturnCompletion> {
  const rma = await loadReturnForUpdate(tx, refund.returnId);
  if (rma.status === 'INSPECTED') {
    const allowed = RETURN_MACHINE.fire(rma.status, 'resolve', SYSTEM_ACTOR, REFUND_ISSUED);
    if (!allowed.ok) throw fromDomainError(allowed.error);
    return { kind: 'RESOLVE', rma };
  }
  if (refund.returnless && rma.status === 'AUTHORIZED') return planReturnless(tx, refund, rma);
  return { kind: 'LEAVE', rma };
}

/**
 * Completes the return of an issued refund as the SYSTEM actor (DESIGN: "a return resolved by
 * refund completes when its refund is issued"), in the issuing transaction. Returnless units
 * are written off in the ledger (zero deltas: they never came back), booked by the issuer.
 */
export async function completeRefundedReturn(
  tx: TransactionContext,
  completion: ReturnCompletion,
  refund: Pick<RefundEntity, 'id' | 'externalReference'>,
): Promise<ReturnEntity> {
  const system = systemTransactionContext(tx.dataSource, tx.manager, tx.requestId);
  const details = { refundId: refund.id, externalReference: refund.externalReference };
  const completedAt = new Date();
  switch (completion.kind) {
    case 'LEAVE':
      return completion.rma;
    case 'RESOLVE':
      return transitionReturn(
        system,
        completion.rma,
        'resolve',
        { resolution: 'REFUND', completedAt },
        { ...details, resolution: 'REFUND' },
        REFUND_ISSUED,
      );
    case 'RESOLVE_RETURNLESS': {
      const completed = await transitionReturn(
        system,
        completion.rma,
        'resolveReturnless',
        { resolution: 'REFUND', returnless: true, completedAt },
        { ...details, resolution: 'REFUND', threshold: completion.verdict.threshold },
        { returnless: completion.verdict, refundIssued: true },
      );
      for (const change of completion.writeOffs) await moveStock(tx, change);
      return completed;
    }
  }
}
