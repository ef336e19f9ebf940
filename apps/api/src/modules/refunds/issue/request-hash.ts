import { createHash } from 'node:crypto';
import type { Json } from '../../../common/json';

/** JSON with object keys sorted at every level, so that equal inputs give equal text. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] ?? null)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * SHA-256 (hex) of an operation's canonical input within its scope; the idempotency key is
 * not part of it. Same key, other hash → IDEMPOTENCY_KEY_MISMATCH.
 * @example requestHash('issueRefund', { id: 'f3a…' })
 */
export function requestHash(scope: string, input: { [key: string]: Json }): string {
  return createHash('sha256').update(canonicalJson({ scope, input })).digest('hex');
}
