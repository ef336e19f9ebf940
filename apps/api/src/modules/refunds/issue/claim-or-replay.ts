import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { AppError } from '../../../common/errors/app-error';
import { claimIdempotencyKey, readIdempotencyKey } from './idempotency-keys';

/** How long a caller waits for another execution of the same key, polling with backoff. */
export interface WaitPolicy {
  timeoutMs: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_WAIT: WaitPolicy = { timeoutMs: 10_000, firstDelayMs: 20, maxDelayMs: 500 };

/** This caller executes (it holds the key), or replays the answer stored under the key. */
export type KeyClaim = { kind: 'EXECUTE' } | { kind: 'REPLAY'; response: unknown };

/** One key's request: the operation, the client's key and the hash of its input. */
export interface KeyedRequest {
  scope: string;
  key: string;
  hash: string;
}

function mismatch(request: KeyedRequest): AppError {
  return new AppError(
    'IDEMPOTENCY_KEY_MISMATCH',
    `The idempotency key ${request.key} was already used with other input; choose a new key for a new request`,
    { scope: request.scope, idempotencyKey: request.key },
  );
}

function stillProcessing(request: KeyedRequest, waitedMs: number): AppError {
  return new AppError(
    'CONFLICT',
    `The same request (idempotency key ${request.key}) is still being processed; try again in a moment`,
    { scope: request.scope, idempotencyKey: request.key, waitedMs },
  );
}

/**
 * Decides what a call with an idempotency key does, holding no transaction meanwhile: claims
 * the key and executes; or, when the key is taken by the same input, replays its stored answer —
 * waiting (polling with backoff) while another call still executes it, up to `timeoutMs`, then
 * CONFLICT. The same key with other input is IDEMPOTENCY_KEY_MISMATCH.
 */
export async function claimOrReplay(
  dataSource: DataSource,
  request: KeyedRequest,
  wait: WaitPolicy = DEFAULT_WAIT,
): Promise<KeyClaim> {
  const startedAt = Date.now();
  let delayMs = wait.firstDelayMs;
  for (;;) {
    const now = new Date();
    if (await claimIdempotencyKey(dataSource, request.scope, request.key, request.hash, now)) {
      return { kind: 'EXECUTE' };
    }
    const stored = await readIdempotencyKey(dataSource, request.scope, request.key, now);
    if (stored !== null) {
      if (stored.requestHash !== request.hash) throw mismatch(request);
      if (stored.state === 'COMPLETED') return { kind: 'REPLAY', response: stored.response };
    }
    // IN_PROGRESS elsewhere, or released between our two statements: look again shortly.
    const waitedMs = Date.now() - startedAt;
    if (waitedMs >= wait.timeoutMs) throw stillProcessing(request, waitedMs);
    await sleep(Math.min(delayMs, wait.timeoutMs - waitedMs));
    delayMs = Math.min(delayMs * 2, wait.maxDelayMs);
  }
}
