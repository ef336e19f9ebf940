import { OrderCustomerInput, OrderLineInput, UpsertOrderInput } from '../upsert-order.input';
import type { OrderRowValues } from './order-csv-row';
import type { OrderCsvRow } from './order-csv-row';

/** A row that could be read, with its values. */
export type ReadableRow = OrderCsvRow & { values: OrderRowValues };

export const isReadable = (row: OrderCsvRow): row is ReadableRow => row.values !== null;

/**
 * Builds the same input object the upsertOrder mutation receives (class instances, so that
 * its class-validator rules apply): order fields from the first row, one line per row.
 */
export function orderInputOfRows(
  first: ReadableRow,
  rows: readonly ReadableRow[],
): UpsertOrderInput {
  const customer = Object.assign(new OrderCustomerInput(), {
    email: first.text.customer_email,
    name: first.text.customer_name,
  });
  const lines = rows.map((row) =>
    Object.assign(new OrderLineInput(), {
      lineNo: row.values.lineNo,
      skuCode: row.text.sku,
      quantity: row.values.quantity,
      unitPrice: row.values.unitPrice,
      tax: row.values.tax,
      shipping: row.values.shipping,
    }),
  );
  return Object.assign(new UpsertOrderInput(), {
    channel: first.text.channel,
    externalId: first.text.external_order_id,
    customer,
    currency: first.text.currency,
    orderedAt: first.values.orderedAt,
    deliveredAt: first.values.deliveredAt,
    lines,
  });
}
