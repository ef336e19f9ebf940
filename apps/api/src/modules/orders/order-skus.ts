import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import type { OrderDraft } from './order-draft';

/** What an order line needs to know about its SKU. */
export interface SkuRef {
  id: string;
  code: string;
  currency: string;
}

/**
 * Finds the SKU of every line by merchant code (one query). Unknown codes are NOT_FOUND and a
 * SKU listed in another currency than the order's is BAD_USER_INPUT, each naming the lines.
 */
export async function resolveOrderSkus(
  manager: EntityManager,
  draft: OrderDraft,
): Promise<Map<string, SkuRef>> {
  const codes = [...new Set(draft.lines.map((line) => line.skuCode))];
  const rows: SkuRef[] = await manager.query(
    'SELECT id, code, currency FROM skus WHERE code = ANY($1::text[])',
    [codes],
  );
  const skus = new Map(rows.map((row) => [row.code, row]));

  const unknown = draft.lines.flatMap((line, index) =>
    skus.has(line.skuCode) ? [] : [{ index, code: line.skuCode }],
  );
  if (unknown.length > 0) {
    const names = [...new Set(unknown.map((line) => line.code))];
    throw new AppError('NOT_FOUND', `No SKU has the code ${names.join(', ')}`, {
      skuCodes: names,
      fields: unknown.map((line) => ({
        path: `input.lines[${line.index}].skuCode`,
        problems: [`is not a known SKU code (${line.code})`],
      })),
    });
  }

  const mismatched = draft.lines.flatMap((line, index) => {
    const currency = skus.get(line.skuCode)?.currency;
    return currency === undefined || currency === draft.currency ? [] : [{ index, line, currency }];
  });
  const first = mismatched[0];
  if (first !== undefined) {
    throw new AppError(
      'BAD_USER_INPUT',
      `SKU ${first.line.skuCode} is listed in ${first.currency}, but the order is in ${draft.currency}`,
      {
        fields: mismatched.map(({ index, line, currency }) => ({
          path: `input.lines[${index}].skuCode`,
          problems: [
            `is listed in ${currency}, not in the order currency ${draft.currency} (${line.skuCode})`,
          ],
        })),
      },
    );
  }
  return skus;
}
