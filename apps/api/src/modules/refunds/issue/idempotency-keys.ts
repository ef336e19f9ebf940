import type { DataSource, EntityManager } from 'typeorm';
import { conflict } from '../../../common/errors/app-error';

/** How long a key is kept: its answer is replayed for 7 days, then the key may be used afresh. */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 7 * 86_400_000;

/** A key as stored (only unexpired keys are read). */
export interface StoredKey {
  requestHash: string;
  state: 'IN_PROGRESS' | 'COMPLETED';
  response: unknown;
}

/**
 * Claims a key for one execution (state IN_PROGRESS) in a statement of its own, committed at
 * once: true when this caller got it, false when an unexpired key exists. An expired key that
 * was not purged yet is taken over as if it were new.
 */
export async function claimIdempotencyKey(
  dataSource: DataSource,
  scope: string,
  key: string,
  hash: string,
  now: Date,
): Promise<boolean> {
  const claimed: { key: string }[] = await dataSource.query(
    `INSERT INTO idempotency_keys AS k (scope, key, request_hash, state, response, created_at, expires_at)
     VALUES ($1, $2, $3, 'IN_PROGRESS', NULL, $4, $5)
     ON CONFLICT (scope, key) DO UPDATE
       SET request_hash = EXCLUDED.request_hash, state = 'IN_PROGRESS', response = NULL,
           created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
       WHERE k.expires_at <= EXCLUDED.created_at
     RETURNING k.key`,
    [scope, key, hash, now, new Date(now.getTime() + IDEMPOTENCY_KEY_LIFETIME_MS)],
  );
  return claimed.length === 1;
}

/** The unexpired key, if any. */
export async function readIdempotencyKey(
  dataSource: DataSource,
  scope: string,
  key: string,
  now: Date,
): Promise<StoredKey | null> {
  const rows: StoredKey[] = await dataSource.query(
    `SELECT request_hash AS "requestHash", state, response FROM idempotency_keys
     WHERE scope = $1 AND key = $2 AND expires_at > $3`,
    [scope, key, now],
  );
  return rows[0] ?? null;
}

/**
 * Stores the answer of the execution that holds the key (IN_PROGRESS → COMPLETED), in the
 * transaction that made the change: the answer exists exactly when the change does.
 */
export async function completeIdempotencyKey(
  manager: EntityManager,
  scope: string,
  key: string,
  response: object,
): Promise<void> {
  const [row] = await manager.query<{ count: number }[]>(
    `WITH completed AS (
       UPDATE idempotency_keys SET state = 'COMPLETED', response = $3
       WHERE scope = $1 AND key = $2 AND state = 'IN_PROGRESS' RETURNING 1)
     SELECT count(*)::int AS count FROM completed`,
    [scope, key, JSON.stringify(response)],
  );
  if (row?.count !== 1) {
    throw conflict(`The idempotency key ${key} is no longer held by this request; try again`);
  }
}

/**
 * Gives back a key whose execution was refused or failed before changing anything, so that
 * the same key may be sent again once the refusal is resolved.
 */
export async function releaseIdempotencyKey(
  dataSource: DataSource,
  scope: string,
  key: string,
): Promise<void> {
  await dataSource.query(
    `DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND state = 'IN_PROGRESS'`,
    [scope, key],
  );
}

/** Deletes every key expired at `now` (7 days after it was first used); returns how many. */
export async function purgeExpiredIdempotencyKeys(
  dataSource: DataSource,
  now: Date,
): Promise<number> {
  const [row] = await dataSource.query<{ count: number }[]>(
    `WITH purged AS (DELETE FROM idempotency_keys WHERE expires_at <= $1 RETURNING 1)
     SELECT count(*)::int AS count FROM purged`,
    [now],
  );
  return row?.count ?? 0;
}
