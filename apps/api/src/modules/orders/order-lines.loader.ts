import { holdsUnits, RETURN_STATUSES } from '@rebound/domain';
import type { EntityManager } from 'typeorm';
import type { OrderLineType } from './order.types';

/** Return statuses whose lines still hold order units (all but REJECTED and CANCELLED). */
export const UNIT_HOLDING_STATUSES = RETURN_STATUSES.filter(holdsUnits);

interface LineRow {
  id: string;
  order_id: string;
  line_no: number;
  sku_id: string;
  sku_code: string;
  sku_name: string;
  quantity: number;
  unit_price_minor: number;
  tax_minor: number;
  shipping_minor: number;
  held: number;
}

// Units held per line come from one grouped subquery, so a page costs one query for its lines.
const LINES_OF_ORDERS = `
  SELECT l.id, l.order_id, l.line_no, l.sku_id, s.code AS sku_code, s.name AS sku_name,
         l.quantity, l.unit_price_minor, l.tax_minor, l.shipping_minor,
         COALESCE(h.held, 0)::int AS held
  FROM order_lines l
  JOIN skus s ON s.id = l.sku_id
  LEFT JOIN (
    SELECT rl.order_line_id, SUM(rl.quantity) AS held
    FROM return_lines rl
    JOIN returns r ON r.id = rl.return_id
    WHERE r.order_id = ANY($1::uuid[]) AND r.status = ANY($2::text[])
    GROUP BY rl.order_line_id
  ) h ON h.order_line_id = l.id
  WHERE l.order_id = ANY($1::uuid[])
  ORDER BY l.order_id, l.line_no`;

/** The orders whose lines to load, with what each needs to compute returnable units. */
export interface LineOwner {
  id: string;
  currency: string;
  delivered: boolean;
}

/** Loads the lines of several orders in one query, keyed by order id, each sorted by lineNo. */
export async function loadOrderLines(
  manager: EntityManager,
  orders: readonly LineOwner[],
): Promise<Map<string, OrderLineType[]>> {
  const byOrder = new Map<string, OrderLineType[]>(orders.map((order) => [order.id, []]));
  if (orders.length === 0) return byOrder;
  const owners = new Map(orders.map((order) => [order.id, order]));
  const rows: LineRow[] = await manager.query(LINES_OF_ORDERS, [
    orders.map((order) => order.id),
    UNIT_HOLDING_STATUSES,
  ]);
  for (const row of rows) {
    const owner = owners.get(row.order_id);
    if (owner === undefined) continue;
    byOrder.get(row.order_id)?.push({
      id: row.id,
      lineNo: row.line_no,
      skuId: row.sku_id,
      skuCode: row.sku_code,
      skuName: row.sku_name,
      quantity: row.quantity,
      unitPrice: row.unit_price_minor,
      tax: row.tax_minor,
      shipping: row.shipping_minor,
      currency: owner.currency,
      quantityInReturns: row.held,
      returnableQuantity: owner.delivered ? Math.max(0, row.quantity - row.held) : 0,
    });
  }
  return byOrder;
}
