import { validateOrderLines, type CurrencyCode, type DomainError } from '@rebound/domain';
import { AppError, type ErrorCode } from '../../common/errors/app-error';
import type { UpsertOrderInput } from './upsert-order.input';

/** One line of an order as it should be stored. */
export interface OrderLineDraft {
  lineNo: number;
  skuCode: string;
  quantity: number;
  unitPrice: number;
  tax: number;
  shipping: number;
}

/** An order as it should be stored: the input trimmed and normalised, rules checked. */
export interface OrderDraft {
  channel: string;
  externalId: string;
  customer: { email: string; name: string };
  currency: CurrencyCode;
  orderedAt: Date;
  deliveredAt: Date | null;
  lines: OrderLineDraft[];
}

/** A refusal naming the input field at fault, like the edge validation does. */
export function fieldError(
  code: ErrorCode,
  message: string,
  path: string,
  problem: string,
  details: Record<string, string | number> = {},
): AppError {
  return new AppError(code, message, { ...details, fields: [{ path, problems: [problem] }] });
}

/** Trims texts and lower-cases the email; the input has passed its class-validator rules. */
export function draftFromInput(input: UpsertOrderInput): OrderDraft {
  return {
    channel: input.channel,
    externalId: input.externalId.trim(),
    customer: {
      email: input.customer.email.trim().toLowerCase(),
      name: input.customer.name.trim(),
    },
    currency: input.currency as CurrencyCode,
    orderedAt: input.orderedAt,
    deliveredAt: input.deliveredAt ?? null,
    lines: input.lines.map((line) => ({
      lineNo: line.lineNo,
      skuCode: line.skuCode.trim(),
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      tax: line.tax,
      shipping: line.shipping,
    })),
  };
}

function checkLineNumbers(lines: readonly OrderLineDraft[]): void {
  const seen = new Set<number>();
  lines.forEach((line, index) => {
    if (seen.has(line.lineNo)) {
      throw fieldError(
        'BAD_USER_INPUT',
        `Line number ${line.lineNo} appears twice in the order`,
        `input.lines[${index}].lineNo`,
        'appears twice in the order',
        { lineNo: line.lineNo },
      );
    }
    seen.add(line.lineNo);
  });
}

/** The input path a domain order-line refusal points at (its orderLineId is the lineNo). */
function pathOfDomainError(error: DomainError, lines: readonly OrderLineDraft[]): string {
  const lineNo = error.details.orderLineId;
  const index = lines.findIndex((line) => String(line.lineNo) === lineNo);
  if (index === -1) return 'input.lines';
  const field = error.code === 'INVALID_QUANTITY' ? 'quantity' : error.details.field;
  return typeof field === 'string' ? `input.lines[${index}].${field}` : `input.lines[${index}]`;
}

/** Rules that need no database: one number per line, delivery after ordering, the line amounts. */
export function checkDraft(draft: OrderDraft): void {
  checkLineNumbers(draft.lines);
  if (draft.deliveredAt !== null && draft.deliveredAt.getTime() < draft.orderedAt.getTime()) {
    throw fieldError(
      'BAD_USER_INPUT',
      'An order cannot be delivered before it was placed',
      'input.deliveredAt',
      'must not be before orderedAt',
    );
  }
  const checked = validateOrderLines(
    draft.lines.map((line) => ({ ...line, orderLineId: String(line.lineNo) })),
  );
  if (!checked.ok) {
    const { code, message } = checked.error;
    throw fieldError(code, message, pathOfDomainError(checked.error, draft.lines), message);
  }
}
