import type { IssueOutcome } from '@rebound/domain';

/** One order line's part of the money sent, in minor units of the refund currency. */
export interface RefundGatewayLine {
  orderLineId: string;
  amount: number;
}

/** What Rebound asks a gateway to refund. */
export interface RefundGatewayRequest {
  refundId: string;
  /** Where the order was placed (AMAZON, …): the marketplace that takes the money back. */
  orderChannel: string;
  /** The marketplace's order number, e.g. 114-1234567-1234567. */
  externalOrderId: string;
  /** ISO 4217 code of `amount` and of every line amount. */
  currency: string;
  /** The refund total in minor units; the line amounts add up to it. */
  amount: number;
  lines: readonly RefundGatewayLine[];
  /**
   * One per issue attempt of a refund (its id and version): a gateway that receives the same
   * key twice must refund once and answer as the first time.
   */
  idempotencyKey: string;
}

/** How a gateway call ended: the money was sent (with the provider's reference), or not. */
export type RefundGatewayResult =
  | { outcome: Extract<IssueOutcome, 'SUCCEEDED'>; reference: string }
  | { outcome: Extract<IssueOutcome, 'FAILED'>; reason: string };

/**
 * The port through which refunds reach the customer (DESIGN §2). Expected refusals are a
 * FAILED result; a thrown error means the outcome is unknown, so nothing is recorded.
 */
export interface RefundGateway {
  refund(request: RefundGatewayRequest): Promise<RefundGatewayResult>;
}
