import type { EntityManager } from 'typeorm';
import type { JsonObject } from '../../common/json';
import { UNIT_HOLDING_STATUSES } from './order-lines.loader';
import type { OrderDraft, OrderLineDraft } from './order-draft';

/** A stored line with what returns make of it. */
export interface StoredOrderLine extends OrderLineDraft {
  id: string;
  skuId: string;
  /** Return lines of any status pointing at it: it cannot be removed or change SKU. */
  returnLineCount: number;
  /** Units held by open or completed returns: its quantity cannot go below this. */
  unitsHeld: number;
}

/** An order as stored, locked for the rest of the transaction. */
export interface StoredOrder extends Omit<OrderDraft, 'lines'> {
  id: string;
  customerId: string;
  lines: StoredOrderLine[];
}

interface OrderRow {
  id: string;
  channel: string;
  external_id: string;
  customer_id: string;
  currency: OrderDraft['currency'];
  ordered_at: Date | string;
  delivered_at: Date | string | null;
  email: string;
  name: string;
}

interface LineRow {
  id: string;
  line_no: number;
  sku_id: string;
  sku_code: string;
  quantity: number;
  unit_price_minor: number;
  tax_minor: number;
  shipping_minor: number;
  return_line_count: number;
  units_held: number;
}

const asDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

/** Reads an order by channel and number and locks it (FOR UPDATE); null when it does not exist. */
export async function lockStoredOrder(
  manager: EntityManager,
  channel: string,
  externalId: string,
): Promise<StoredOrder | null> {
  const orders: OrderRow[] = await manager.query(
    `SELECT o.id, o.channel, o.external_id, o.customer_id, o.currency, o.ordered_at, o.delivered_at,
            c.email, c.name
     FROM orders o JOIN customers c ON c.id = o.customer_id
     WHERE o.channel = $1 AND o.external_id = $2
     FOR UPDATE OF o`,
    [channel, externalId],
  );
  const order = orders[0];
  if (order === undefined) return null;
  const lines: LineRow[] = await manager.query(
    `SELECT l.id, l.line_no, l.sku_id, s.code AS sku_code, l.quantity,
            l.unit_price_minor, l.tax_minor, l.shipping_minor,
            COUNT(rl.id)::int AS return_line_count,
            COALESCE(SUM(rl.quantity) FILTER (WHERE r.status = ANY($2::text[])), 0)::int AS units_held
     FROM order_lines l
     JOIN skus s ON s.id = l.sku_id
     LEFT JOIN return_lines rl ON rl.order_line_id = l.id
     LEFT JOIN returns r ON r.id = rl.return_id
     WHERE l.order_id = $1
     GROUP BY l.id, s.code
     ORDER BY l.line_no`,
    [order.id, UNIT_HOLDING_STATUSES],
  );
  return {
    id: order.id,
    channel: order.channel,
    externalId: order.external_id,
    customerId: order.customer_id,
    customer: { email: order.email, name: order.name },
    currency: order.currency,
    orderedAt: asDate(order.ordered_at),
    deliveredAt: order.delivered_at === null ? null : asDate(order.delivered_at),
    lines: lines.map((line) => ({
      id: line.id,
      lineNo: line.line_no,
      skuId: line.sku_id,
      skuCode: line.sku_code,
      quantity: line.quantity,
      unitPrice: line.unit_price_minor,
      tax: line.tax_minor,
      shipping: line.shipping_minor,
      returnLineCount: line.return_line_count,
      unitsHeld: line.units_held,
    })),
  };
}

/** The order as the audit trail records it; equal snapshots mean nothing changed. */
export function orderSnapshot(
  order: Omit<OrderDraft, 'lines'> & { lines: readonly OrderLineDraft[] },
): JsonObject {
  return {
    channel: order.channel,
    externalId: order.externalId,
    customer: { email: order.customer.email, name: order.customer.name },
    currency: order.currency,
    orderedAt: order.orderedAt.toISOString(),
    deliveredAt: order.deliveredAt?.toISOString() ?? null,
    lines: [...order.lines]
      .sort((a, b) => a.lineNo - b.lineNo)
      .map((line) => ({
        lineNo: line.lineNo,
        skuCode: line.skuCode,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        tax: line.tax,
        shipping: line.shipping,
      })),
  };
}
