import { createHash, randomBytes } from 'node:crypto';

/** A new secret for a session (`rbs_…`) or an API token (`rbt_…`); only its hash is stored. */
export function newSecret(prefix: 'rbs' | 'rbt'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** The stored form of a secret: SHA-256 is enough for 256 random bits (no guessing to slow). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
