import { randomInt } from 'node:crypto';
import type { RefundGateway, RefundGatewayRequest, RefundGatewayResult } from './refund-gateway';

const REFERENCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const REFERENCE_SUFFIX_LENGTH = 8;
/** Attempt keys remembered, so that a repeated attempt gets its first reference back. */
const REMEMBERED_ATTEMPTS = 10_000;

function randomSuffix(): string {
  let suffix = '';
  for (let index = 0; index < REFERENCE_SUFFIX_LENGTH; index += 1) {
    suffix += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)] ?? '';
  }
  return suffix;
}

/**
 * The built-in gateway: the seller refunds in the marketplace (Seller Central) and Rebound
 * records it under a reference `SC-<order id>-<8 random uppercase letters or digits>`.
 * Repeated attempt keys get their first reference back (within this process).
 */
export class MarketplaceRefundGateway implements RefundGateway {
  private readonly references = new Map<string, string>();

  refund(request: RefundGatewayRequest): Promise<RefundGatewayResult> {
    if (!Number.isSafeInteger(request.amount) || request.amount <= 0) {
      return Promise.resolve({
        outcome: 'FAILED',
        reason: `The marketplace refunds only a positive amount, not ${request.amount}`,
      });
    }
    const known = this.references.get(request.idempotencyKey);
    if (known !== undefined) return Promise.resolve({ outcome: 'SUCCEEDED', reference: known });
    const reference = `SC-${request.externalOrderId}-${randomSuffix()}`;
    this.remember(request.idempotencyKey, reference);
    return Promise.resolve({ outcome: 'SUCCEEDED', reference });
  }

  private remember(key: string, reference: string): void {
    if (this.references.size >= REMEMBERED_ATTEMPTS) {
      const oldest = this.references.keys().next();
      if (oldest.done !== true) this.references.delete(oldest.value);
    }
    this.references.set(key, reference);
  }
}
