import type { ReturnVerdict } from '@rebound/domain';

/** The policy verdict as stored with a return (JSON), so later reads see what was decided then. */
export interface StoredPolicyVerdict {
  checkedAt: string;
  withinWindow: boolean;
  acceptedByOverride: boolean;
  lines: {
    orderLineId: string;
    quantity: number;
    returnableQuantity: number;
    withinWindow: boolean;
    windowDays: number;
    lastDay: string;
    holidayExtended: boolean;
  }[];
}

export function storePolicyVerdict(verdict: ReturnVerdict, checkedAt: Date): StoredPolicyVerdict {
  return {
    checkedAt: checkedAt.toISOString(),
    withinWindow: verdict.withinWindow,
    acceptedByOverride: verdict.acceptedByOverride,
    lines: verdict.lines.map((line) => ({
      orderLineId: line.orderLineId,
      quantity: line.quantity,
      returnableQuantity: line.returnableQuantity,
      withinWindow: line.withinWindow,
      windowDays: line.window.windowDays,
      lastDay: line.window.lastDay,
      holidayExtended: line.window.holidayExtended,
    })),
  };
}
