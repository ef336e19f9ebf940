import type {
  ReturnDetailQuery,
  ReturnOrderQuery,
  ReturnRefundQuery,
  Role,
} from '../../lib/graphql/generated/graphql';

/** A return as its page loads it. */
export type ReturnDetail = NonNullable<ReturnDetailQuery['return']>;
export type ReturnDetailLine = ReturnDetail['lines'][number];
export type ReturnOrderDetail = NonNullable<ReturnOrderQuery['order']>;
export type ReturnOrderLine = ReturnOrderDetail['lines'][number];

/** Order lines by id, so a return line can show what was bought; empty until the order loads. */
export function orderLinesById(order: ReturnOrderDetail | null): Map<string, ReturnOrderLine> {
  return new Map((order?.lines ?? []).map((line) => [line.id, line]));
}

export function ungradedLineCount(rma: ReturnDetail): number {
  return rma.lines.filter((line) => line.inspection === null || line.inspection === undefined)
    .length;
}

/** A return's refund as its page shows it; null when there is none (or the viewer may not see it). */
export type ReturnRefundSummary = NonNullable<NonNullable<ReturnRefundQuery['return']>['refund']>;

/** Roles the API lets read refunds; the return page asks for the refund only for them. */
const REFUND_READERS: readonly Role[] = ['SUPPORT', 'FINANCE', 'ADMIN'];

export function canReadRefunds(roles: readonly Role[]): boolean {
  return roles.some((role) => REFUND_READERS.includes(role));
}
