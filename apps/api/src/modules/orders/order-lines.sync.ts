import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import type { OrderDraft, OrderLineDraft } from './order-draft';
import type { SkuRef } from './order-skus';
import type { StoredOrder, StoredOrderLine } from './order-state';
import { OrderLineEntity } from './order-line.entity';

const lineConflict = (
  message: string,
  line: StoredOrderLine,
  field: { path: string; problem: string } | null,
): AppError =>
  new AppError('CONFLICT', message, {
    lineNo: line.lineNo,
    unitsHeld: line.unitsHeld,
    fields: field === null ? [] : [{ path: field.path, problems: [field.problem] }],
  });

/**
 * What returns forbid: the currency changing or the delivery being cleared under existing
 * returns, a line with returns disappearing or changing SKU, a quantity below the units held.
 */
export function guardReturnedLines(
  stored: StoredOrder,
  draft: OrderDraft,
  skus: Map<string, SkuRef>,
): void {
  const hasReturns = stored.lines.some((line) => line.returnLineCount > 0);
  if (hasReturns && stored.currency !== draft.currency) {
    throw new AppError(
      'CONFLICT',
      `Order ${stored.externalId} has returns: its currency cannot change`,
      {
        fields: [{ path: 'input.currency', problems: ['cannot change: the order has returns'] }],
      },
    );
  }
  if (draft.deliveredAt === null && stored.lines.some((line) => line.unitsHeld > 0)) {
    throw new AppError('CONFLICT', `Order ${stored.externalId} has returns: it stays delivered`, {
      fields: [
        { path: 'input.deliveredAt', problems: ['cannot be cleared: the order has returns'] },
      ],
    });
  }
  for (const line of stored.lines) {
    const index = draft.lines.findIndex((wanted) => wanted.lineNo === line.lineNo);
    const wanted = draft.lines[index];
    if (line.returnLineCount > 0 && wanted === undefined) {
      throw lineConflict(`Line ${line.lineNo} has returns: it cannot be removed`, line, null);
    }
    if (wanted === undefined) continue;
    if (line.returnLineCount > 0 && skus.get(wanted.skuCode)?.id !== line.skuId) {
      throw lineConflict(`Line ${line.lineNo} has returns: its SKU cannot change`, line, {
        path: `input.lines[${index}].skuCode`,
        problem: `cannot change: line ${line.lineNo} has returns`,
      });
    }
    if (wanted.quantity < line.unitsHeld) {
      throw lineConflict(
        `Line ${line.lineNo} has ${line.unitsHeld} units in returns: its quantity cannot go below ${line.unitsHeld}`,
        line,
        {
          path: `input.lines[${index}].quantity`,
          problem: `must be ≥ ${line.unitsHeld}: line ${line.lineNo} has ${line.unitsHeld} units in returns`,
        },
      );
    }
  }
}

function columnsOf(line: OrderLineDraft, skus: Map<string, SkuRef>): Partial<OrderLineEntity> {
  const sku = skus.get(line.skuCode);
  if (sku === undefined) throw new Error(`SKU ${line.skuCode} was not resolved`);
  return {
    skuId: sku.id,
    quantity: line.quantity,
    unitPriceMinor: line.unitPrice,
    taxMinor: line.tax,
    shippingMinor: line.shipping,
  };
}

const sameLine = (stored: StoredOrderLine, wanted: OrderLineDraft): boolean =>
  stored.skuCode === wanted.skuCode &&
  stored.quantity === wanted.quantity &&
  stored.unitPrice === wanted.unitPrice &&
  stored.tax === wanted.tax &&
  stored.shipping === wanted.shipping;

/** Writes the lines of an order: removes the ones left out, updates changed ones, adds new ones. */
export async function syncOrderLines(
  manager: EntityManager,
  orderId: string,
  stored: readonly StoredOrderLine[],
  wanted: readonly OrderLineDraft[],
  skus: Map<string, SkuRef>,
): Promise<void> {
  const wantedByNo = new Map(wanted.map((line) => [line.lineNo, line]));
  const storedByNo = new Map(stored.map((line) => [line.lineNo, line]));
  const removed = stored.filter((line) => !wantedByNo.has(line.lineNo)).map((line) => line.id);
  if (removed.length > 0) await manager.delete(OrderLineEntity, removed);
  for (const line of wanted) {
    const existing = storedByNo.get(line.lineNo);
    if (existing !== undefined && !sameLine(existing, line)) {
      await manager.update(OrderLineEntity, { id: existing.id }, columnsOf(line, skus));
    }
  }
  const added = wanted.filter((line) => !storedByNo.has(line.lineNo));
  if (added.length > 0) {
    await manager.insert(
      OrderLineEntity,
      added.map((line) => ({ orderId, lineNo: line.lineNo, ...columnsOf(line, skus) })),
    );
  }
}
