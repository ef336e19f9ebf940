import { setTimeout as sleep } from 'node:timers/promises';
import type { RefundGateway, RefundGatewayRequest, RefundGatewayResult } from '../refund-gateway';

/**
 * A test-only gateway that records every call and succeeds, unless told to fail: the next
 * calls on demand (`failNext`), or every call after the first `n` (`failAfter`). `delayMs`
 * keeps calls open long enough for concurrent callers to overlap.
 */
export class ScriptedRefundGateway implements RefundGateway {
  readonly calls: RefundGatewayRequest[] = [];
  delayMs = 0;
  private readonly queuedFailures: string[] = [];
  private failAfterCalls: { calls: number; reason: string } | null = null;

  /** The next call answers FAILED with this reason (queued: call again for the ones after). */
  failNext(reason: string): void {
    this.queuedFailures.push(reason);
  }

  /** Every call after the first `calls` (counted from now on) answers FAILED. */
  failAfter(calls: number, reason: string): void {
    this.failAfterCalls = { calls: this.calls.length + calls, reason };
  }

  /** Back to succeeding without delay; the call log is kept. */
  reset(): void {
    this.queuedFailures.length = 0;
    this.failAfterCalls = null;
    this.delayMs = 0;
  }

  /** The calls made for one refund. */
  callsFor(refundId: string): RefundGatewayRequest[] {
    return this.calls.filter((call) => call.refundId === refundId);
  }

  async refund(request: RefundGatewayRequest): Promise<RefundGatewayResult> {
    this.calls.push(request);
    if (this.delayMs > 0) await sleep(this.delayMs);
    const queued = this.queuedFailures.shift();
    if (queued !== undefined) return { outcome: 'FAILED', reason: queued };
    if (this.failAfterCalls !== null && this.calls.length > this.failAfterCalls.calls) {
      return { outcome: 'FAILED', reason: this.failAfterCalls.reason };
    }
    return {
      outcome: 'SUCCEEDED',
      reference: `TEST-${request.externalOrderId}-${this.calls.length}`,
    };
  }
}
