import type { EntityManager } from 'typeorm';
import { loadOrderLines } from './order-lines.loader';
import type { OrderType } from './order.types';

interface OrderRow {
  id: string;
  channel: string;
  external_id: string;
  currency: string;
  ordered_at: Date | string;
  delivered_at: Date | string | null;
  created_at: Date | string;
  /** ordered_at as PostgreSQL prints it, to full precision: the keyset cursor's first key. */
  ordered_at_key: string;
  customer_id: string;
  customer_email: string;
  customer_name: string;
}

/** An order read for the API, with the exact sort key its cursor needs. */
export interface OrderRead {
  order: OrderType;
  orderedAtKey: string;
}

/** A query over orders (alias `o`) joined with their customers (alias `c`). */
export interface OrderSelection {
  where: readonly string[];
  params: readonly unknown[];
  orderBy?: string;
  limit?: number;
}

const asDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

/**
 * Reads orders with their customers (joined) and their lines (one more query for all of them),
 * so a page of any size costs two queries.
 */
export async function selectOrders(
  manager: EntityManager,
  selection: OrderSelection,
): Promise<OrderRead[]> {
  const where = selection.where.length === 0 ? '' : `WHERE ${selection.where.join(' AND ')}`;
  const orderBy = selection.orderBy === undefined ? '' : `ORDER BY ${selection.orderBy}`;
  const limit = selection.limit === undefined ? '' : `LIMIT ${String(selection.limit)}`;
  const rows: OrderRow[] = await manager.query(
    `SELECT o.id, o.channel, o.external_id, o.currency, o.ordered_at, o.delivered_at, o.created_at,
            to_json(o.ordered_at) #>> '{}' AS ordered_at_key,
            c.id AS customer_id, c.email AS customer_email, c.name AS customer_name
     FROM orders o JOIN customers c ON c.id = o.customer_id
     ${where} ${orderBy} ${limit}`,
    [...selection.params],
  );
  const lines = await loadOrderLines(
    manager,
    rows.map((row) => ({
      id: row.id,
      currency: row.currency,
      delivered: row.delivered_at !== null,
    })),
  );
  return rows.map((row) => ({
    orderedAtKey: row.ordered_at_key,
    order: {
      id: row.id,
      channel: row.channel,
      externalId: row.external_id,
      currency: row.currency,
      orderedAt: asDate(row.ordered_at),
      deliveredAt: row.delivered_at === null ? null : asDate(row.delivered_at),
      createdAt: asDate(row.created_at),
      customer: { id: row.customer_id, email: row.customer_email, name: row.customer_name },
      lines: lines.get(row.id) ?? [],
    },
  }));
}

/** One order by id, or null. */
export async function findOrderById(manager: EntityManager, id: string): Promise<OrderType | null> {
  const [found] = await selectOrders(manager, { where: ['o.id = $1'], params: [id] });
  return found?.order ?? null;
}

/** One order by channel and order number (trimmed), or null. */
export async function findOrderByExternalId(
  manager: EntityManager,
  channel: string,
  externalId: string,
): Promise<OrderType | null> {
  const [found] = await selectOrders(manager, {
    where: ['o.channel = $1', 'o.external_id = $2'],
    params: [channel.trim(), externalId.trim()],
  });
  return found?.order ?? null;
}
