import type { EntityManager } from 'typeorm';
import type { JsonObject } from '../../common/json';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { checkDraft, draftFromInput, type OrderDraft } from './order-draft';
import { upsertCustomer } from './order-customer';
import { guardReturnedLines, syncOrderLines } from './order-lines.sync';
import { findOrderById } from './order-rows.query';
import { resolveOrderSkus, type SkuRef } from './order-skus';
import { lockStoredOrder, orderSnapshot, type StoredOrder } from './order-state';
import type { OrderType } from './order.types';
import { OrderEntity } from './order.entity';
import type { UpsertOrderInput } from './upsert-order.input';

/** The answer of upsertOrder: the order as it now stands and what the call did. */
export interface UpsertOrderResult {
  order: OrderType;
  created: boolean;
  changed: boolean;
}

/** Inserts the order and its lines; null when a concurrent call has just inserted it. */
async function insertOrder(
  manager: EntityManager,
  draft: OrderDraft,
  customerId: string,
  skus: Map<string, SkuRef>,
): Promise<string | null> {
  const [row] = await manager.query<{ id: string }[]>(
    `INSERT INTO orders (channel, external_id, customer_id, currency, ordered_at, delivered_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT ON CONSTRAINT orders_channel_external_id_key DO NOTHING
     RETURNING id`,
    [
      draft.channel,
      draft.externalId,
      customerId,
      draft.currency,
      draft.orderedAt,
      draft.deliveredAt,
    ],
  );
  if (row === undefined) return null;
  await syncOrderLines(manager, row.id, [], draft.lines, skus);
  return row.id;
}

async function updateOrder(
  manager: EntityManager,
  stored: StoredOrder,
  draft: OrderDraft,
  customerId: string,
  skus: Map<string, SkuRef>,
): Promise<void> {
  const sameInstant = (a: Date | null, b: Date | null): boolean => a?.getTime() === b?.getTime();
  if (
    stored.customerId !== customerId ||
    stored.currency !== draft.currency ||
    !sameInstant(stored.orderedAt, draft.orderedAt) ||
    !sameInstant(stored.deliveredAt, draft.deliveredAt)
  ) {
    await manager.update(
      OrderEntity,
      { id: stored.id },
      {
        customerId,
        currency: draft.currency,
        orderedAt: draft.orderedAt,
        deliveredAt: draft.deliveredAt,
      },
    );
  }
  await syncOrderLines(manager, stored.id, stored.lines, draft.lines, skus);
}

async function outcome(
  tx: TransactionContext,
  orderId: string,
  created: boolean,
  changed: boolean,
  snapshots: { before: JsonObject | null; after: JsonObject },
): Promise<MutationOutcome<UpsertOrderResult>> {
  const order = await findOrderById(tx.manager, orderId);
  if (order === null) throw new Error(`order ${orderId} vanished during the upsert`);
  return { result: { order, created, changed }, targetId: orderId, ...snapshots };
}

/**
 * Records a marketplace order, idempotent by (channel, externalId): a repeat changes nothing,
 * a changed order is updated (lines matched by lineNo, lines left out removed) as far as its
 * returns allow. The customer is upserted by lower-cased email. Two calls racing to create the
 * same order both succeed: the second waits for the first and then finds it.
 */
export async function upsertOrder(
  tx: TransactionContext,
  input: UpsertOrderInput,
): Promise<MutationOutcome<UpsertOrderResult>> {
  const draft = draftFromInput(input);
  checkDraft(draft);
  const skus = await resolveOrderSkus(tx.manager, draft);
  const after = orderSnapshot(draft);
  const existing = await lockStoredOrder(tx.manager, draft.channel, draft.externalId);
  if (existing === null) {
    const customer = await upsertCustomer(tx.manager, draft.customer);
    const createdId = await insertOrder(tx.manager, draft, customer.id, skus);
    if (createdId !== null) return outcome(tx, createdId, true, true, { before: null, after });
  }
  const stored = existing ?? (await lockStoredOrder(tx.manager, draft.channel, draft.externalId));
  if (stored === null) throw new Error(`order ${draft.externalId} vanished during the upsert`);
  guardReturnedLines(stored, draft, skus);
  const before = orderSnapshot(stored);
  const changed = JSON.stringify(before) !== JSON.stringify(after);
  if (changed) {
    const customer = await upsertCustomer(tx.manager, draft.customer);
    await updateOrder(tx.manager, stored, draft, customer.id, skus);
  }
  return outcome(tx, stored.id, false, changed, { before, after });
}
