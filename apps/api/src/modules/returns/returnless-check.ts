import {
  assessReturnless,
  isCurrencyCode,
  type Result,
  type ReturnlessVerdict,
  type ReturnPolicy,
} from '@rebound/domain';
import { err } from '@rebound/domain';
import type { OrderLineEntity } from '../orders/order-line.entity';
import type { ReturnLineEntity } from './return-line.entity';

/** A return line with the order line it comes from. */
export interface LineWithOrderLine {
  line: Pick<ReturnLineEntity, 'id' | 'quantity' | 'reasonCode'>;
  orderLine: Pick<
    OrderLineEntity,
    'id' | 'quantity' | 'unitPriceMinor' | 'taxMinor' | 'shippingMinor'
  >;
}

/** Asks the domain whether these lines may be refunded without shipping them back. */
export function judgeReturnless(
  currency: string,
  lines: readonly LineWithOrderLine[],
  policy: ReturnPolicy,
): Result<ReturnlessVerdict> {
  if (!isCurrencyCode(currency)) {
    return err('UNKNOWN_CURRENCY', `${currency} is not a supported currency`, { currency });
  }
  return assessReturnless(
    currency,
    lines.map(({ line, orderLine }) => ({
      orderLine: {
        orderLineId: orderLine.id,
        unitPrice: orderLine.unitPriceMinor,
        quantity: orderLine.quantity,
        tax: orderLine.taxMinor,
        shipping: orderLine.shippingMinor,
      },
      units: line.quantity,
      reasonCode: line.reasonCode,
    })),
    policy,
  );
}
