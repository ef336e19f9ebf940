import { QueryFailedError } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import type { TransactionContext } from '../../context';
import { RefundLineEntity } from './refund-line.entity';

/** A refund's part for one order line, in minor units. */
export interface RefundLineAmount {
  orderLineId: string;
  amount: number;
}

const PG_CHECK_VIOLATION = '23514';
const WITHIN_PAID = 'refund_lines_within_paid';

/** The database's own refusal of refunds above what an order line paid (the trigger). */
function isAbovePaid(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { code?: string; constraint?: string } | undefined;
  return driver?.code === PG_CHECK_VIOLATION && driver.constraint === WITHIN_PAID;
}

/**
 * Locks the order lines, in id order, before their refund lines are written. The trigger
 * locks each order line FOR UPDATE only after the foreign-key check has taken a KEY SHARE
 * lock on it, so two writers that both hold KEY SHARE and then wait for FOR UPDATE deadlock;
 * taking FOR UPDATE first makes concurrent refunds of a line simply take turns.
 */
async function lockOrderLines(
  tx: TransactionContext,
  orderLineIds: readonly string[],
): Promise<void> {
  await tx.manager.query('SELECT id FROM order_lines WHERE id = ANY($1) ORDER BY id FOR UPDATE', [
    [...new Set(orderLineIds)],
  ]);
}

/**
 * Replaces a refund's lines with these amounts (zero amounts are not stored). The
 * refund_lines_within_paid trigger refuses when the refunds not REJECTED would together
 * exceed what was paid for an order line: REFUND_EXCEEDS_REMAINING.
 */
export async function replaceRefundLines(
  tx: TransactionContext,
  refundId: string,
  lines: readonly RefundLineAmount[],
): Promise<void> {
  const rows = lines.filter((line) => line.amount > 0);
  if (rows.length > 0)
    await lockOrderLines(
      tx,
      rows.map((line) => line.orderLineId),
    );
  await tx.manager.delete(RefundLineEntity, { refundId });
  if (rows.length === 0) return;
  try {
    await tx.manager.insert(
      RefundLineEntity,
      rows.map((line) => ({ refundId, orderLineId: line.orderLineId, amountMinor: line.amount })),
    );
  } catch (error) {
    if (!isAbovePaid(error)) throw error;
    throw new AppError(
      'REFUND_EXCEEDS_REMAINING',
      'Together with the other refunds of this order, this refund would exceed what was paid for a line; reload and recalculate',
      { orderLineIds: rows.map((line) => line.orderLineId) },
    );
  }
}
