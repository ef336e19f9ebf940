import type { DateRange } from '../../lib/date-range';
import type { ReasonCode, ReturnStatus } from '../../lib/graphql/generated/graphql';
import { returnsListUrl } from '../returns/urls';

/** The returns queue showing the returns of one status (now, whatever their date). */
export function returnsWithStatusUrl(status: ReturnStatus): string {
  return returnsListUrl({ status: [status] });
}

export function openReturnsUrl(statuses: readonly ReturnStatus[]): string {
  return returnsListUrl({ status: statuses });
}

export function overdueReturnsUrl(): string {
  return returnsListUrl({ sla: 'overdue' });
}

/** Returns requested in the range with a line of this reason. */
export function returnsWithReasonUrl(reason: ReasonCode, range: DateRange): string {
  return returnsListUrl({ reason: [reason], from: range.from, to: range.to });
}

/** Returns requested in the range with a line of this SKU. */
export function returnsWithSkuUrl(skuId: string, range: DateRange): string {
  return returnsListUrl({ sku: [skuId], from: range.from, to: range.to });
}
