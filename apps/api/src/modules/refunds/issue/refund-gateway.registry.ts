import { MarketplaceRefundGateway } from './marketplace-refund-gateway';
import type { RefundGateway } from './refund-gateway';

let current: RefundGateway = new MarketplaceRefundGateway();

/**
 * Chooses the gateway every later issueRefund uses (at app start; tests swap in their own).
 * Returns the one it replaces, so that a test can put it back.
 */
export function setRefundGateway(gateway: RefundGateway): RefundGateway {
  const previous = current;
  current = gateway;
  return previous;
}

/** The gateway in use: the marketplace adapter unless another was set. */
export function refundGateway(): RefundGateway {
  return current;
}
