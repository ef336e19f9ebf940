import { isValidInstant } from '../calendar/time-zone';
import { err, ok, type Result } from '../result/result';
import { holdsUnits, type ReturnStatus } from '../return-machine/return-status';
import { validateOverrideReason } from './override-reason';
import { DEFAULT_RETURN_POLICY, validateReturnPolicy, type ReturnPolicy } from './return-policy';
import {
  isWithinReturnWindow,
  returnWindow,
  windowDaysFor,
  type ReturnWindow,
  type WindowScope,
} from './return-window';

/** A delivered order line as the policy sees it. */
export interface ReturnableOrderLine extends WindowScope {
  readonly orderLineId: string;
  readonly quantityDelivered: number;
}

/** The order a return is requested against. */
export interface ReturnableOrder {
  readonly orderId: string;
  /** Null while the order is not delivered. */
  readonly deliveredAt: Date | null;
  readonly lines: readonly ReturnableOrderLine[];
}

/** Units of one order line in a return. */
export interface ReturnQuantity {
  readonly orderLineId: string;
  readonly quantity: number;
}

/** Another return of the same order, whose units may still be held. */
export interface ExistingReturn {
  readonly status: ReturnStatus;
  readonly lines: readonly ReturnQuantity[];
}

/** A return request to judge. */
export interface ReturnRequest {
  readonly order: ReturnableOrder;
  readonly lines: readonly ReturnQuantity[];
  readonly requestedAt: Date;
  readonly otherReturns: readonly ExistingReturn[];
  /** An explicit decision to accept a request outside the window, with its written reason. */
  readonly override: { readonly reason: string } | null;
}

/** The policy's verdict on one requested line. */
export interface ReturnLineVerdict {
  readonly orderLineId: string;
  readonly quantity: number;
  /** Units delivered minus units held by other open or completed returns. */
  readonly returnableQuantity: number;
  readonly window: ReturnWindow;
  readonly withinWindow: boolean;
}

/** An accepted request: per-line windows and whether an override was needed. */
export interface ReturnVerdict {
  readonly lines: readonly ReturnLineVerdict[];
  readonly withinWindow: boolean;
  /** True when at least one line was out of window and the override accepted it. */
  readonly acceptedByOverride: boolean;
  /** The trimmed override reason when it was used, for the audit trail. */
  readonly overrideReason: string | null;
}

function unitsHeldElsewhere(orderLineId: string, otherReturns: readonly ExistingReturn[]): number {
  return otherReturns
    .filter((other) => holdsUnits(other.status))
    .flatMap((other) => other.lines)
    .filter((line) => line.orderLineId === orderLineId)
    .reduce((sum, line) => sum + line.quantity, 0);
}

function checkLines(
  request: ReturnRequest,
  deliveredAt: Date,
  policy: ReturnPolicy,
): Result<ReturnLineVerdict[]> {
  const verdicts: ReturnLineVerdict[] = [];
  for (const { orderLineId, quantity } of request.lines) {
    const line = request.order.lines.find((candidate) => candidate.orderLineId === orderLineId);
    if (line === undefined) {
      return err('ORDER_LINE_NOT_IN_ORDER', `Line ${orderLineId} is not part of this order`, {
        orderLineId,
        orderId: request.order.orderId,
      });
    }
    if (verdicts.some((verdict) => verdict.orderLineId === orderLineId)) {
      return err('DUPLICATE_RETURN_LINE', `Line ${orderLineId} is requested twice`, {
        orderLineId,
      });
    }
    if (!Number.isSafeInteger(quantity) || quantity < 1) {
      return err('INVALID_QUANTITY', `Requested quantity must be a whole number ≥ 1`, {
        orderLineId,
        quantity,
      });
    }
    const returnableQuantity =
      line.quantityDelivered - unitsHeldElsewhere(orderLineId, request.otherReturns);
    if (quantity > returnableQuantity) {
      return err(
        'QUANTITY_EXCEEDS_RETURNABLE',
        `Only ${Math.max(returnableQuantity, 0)} unit(s) of line ${orderLineId} can still be returned`,
        { orderLineId, requested: quantity, returnable: Math.max(returnableQuantity, 0) },
      );
    }
    const window = returnWindow(deliveredAt, windowDaysFor(line, policy), policy);
    const withinWindow = isWithinReturnWindow(request.requestedAt, window);
    verdicts.push({ orderLineId, quantity, returnableQuantity, window, withinWindow });
  }
  return ok(verdicts);
}

/**
 * Judges a return request against the policy: every line must belong to the order, ask for
 * no more units than were delivered minus those in other open or completed returns, and be
 * inside its return window — unless an override with a written reason accepts it late.
 * @example assessReturnRequest({ order, lines: [{ orderLineId: 'l1', quantity: 1 }], requestedAt, otherReturns: [], override: null })
 * // ok({ withinWindow: true, acceptedByOverride: false, … }) or err('RETURN_WINDOW_EXPIRED', …)
 */
export function assessReturnRequest(
  request: ReturnRequest,
  policy: ReturnPolicy = DEFAULT_RETURN_POLICY,
): Result<ReturnVerdict> {
  const validPolicy = validateReturnPolicy(policy);
  if (!validPolicy.ok) return validPolicy;
  const { deliveredAt } = request.order;
  if (deliveredAt === null) {
    return err('ORDER_NOT_DELIVERED', 'The order has not been delivered yet', {
      orderId: request.order.orderId,
    });
  }
  if (!isValidInstant(deliveredAt) || !isValidInstant(request.requestedAt)) {
    return err('INVALID_DATE', 'Delivery and request times must be valid instants');
  }
  if (request.lines.length === 0) {
    return err('EMPTY_RETURN', 'A return needs at least one line');
  }
  const checked = checkLines(request, deliveredAt, policy);
  if (!checked.ok) return checked;
  const lines = checked.value;
  const late = lines.filter((line) => !line.withinWindow);
  const [firstLate] = late;
  if (firstLate === undefined) {
    return ok({ lines, withinWindow: true, acceptedByOverride: false, overrideReason: null });
  }
  if (request.override === null) {
    return err('RETURN_WINDOW_EXPIRED', `The return window closed on ${firstLate.window.lastDay}`, {
      orderLineIds: late.map((line) => line.orderLineId),
      lastDay: firstLate.window.lastDay,
      deadline: firstLate.window.deadline.toISOString(),
    });
  }
  const reason = validateOverrideReason(request.override.reason, policy.overrideReasonMinLength);
  if (!reason.ok) return reason;
  return ok({ lines, withinWindow: false, acceptedByOverride: true, overrideReason: reason.value });
}
