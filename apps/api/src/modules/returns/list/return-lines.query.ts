import { reasonFault, type Disposition, type ReasonCode } from '@rebound/domain';
import type { DataSource } from 'typeorm';
import type { ReturnSummaryLine } from './return-summary-line.type';

interface ReturnLineRow {
  id: string;
  return_id: string;
  quantity: number;
  reason_code: ReasonCode;
  disposition: Disposition | null;
  sku_id: string;
  sku_code: string;
  sku_name: string;
  sku_asin: string | null;
  supplier_id: string;
  supplier_code: string;
  supplier_name: string;
}

const LINES_OF_RETURNS = `
SELECT rl.id, rl.return_id, rl.quantity, rl.reason_code, rl.disposition,
  s.id AS sku_id, s.code AS sku_code, s.name AS sku_name, s.asin AS sku_asin,
  sup.id AS supplier_id, sup.code AS supplier_code, sup.name AS supplier_name
FROM return_lines rl
JOIN order_lines ol ON ol.id = rl.order_line_id
JOIN skus s ON s.id = ol.sku_id
JOIN suppliers sup ON sup.id = s.supplier_id
WHERE rl.return_id = ANY($1::uuid[])
ORDER BY rl.return_id, ol.line_no, rl.id`;

function toLine(row: ReturnLineRow): ReturnSummaryLine {
  return {
    id: row.id,
    quantity: row.quantity,
    reasonCode: row.reason_code,
    reasonFault: reasonFault(row.reason_code),
    disposition: row.disposition,
    sku: { id: row.sku_id, code: row.sku_code, name: row.sku_name, asin: row.sku_asin },
    supplier: { id: row.supplier_id, code: row.supplier_code, name: row.supplier_name },
  };
}

/**
 * Statement 2: every line of the given returns with its SKU and supplier, in order-line order,
 * grouped by return id (a return without lines maps to an empty list).
 */
export async function fetchLinesOfReturns(
  dataSource: DataSource,
  returnIds: readonly string[],
): Promise<Map<string, ReturnSummaryLine[]>> {
  const byReturn = new Map<string, ReturnSummaryLine[]>(returnIds.map((id) => [id, []]));
  if (returnIds.length === 0) return byReturn;
  const rows = await dataSource.query<ReturnLineRow[]>(LINES_OF_RETURNS, [returnIds]);
  for (const row of rows) byReturn.get(row.return_id)?.push(toLine(row));
  return byReturn;
}
