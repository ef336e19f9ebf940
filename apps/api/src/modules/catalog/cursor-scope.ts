import { createHash } from 'node:crypto';
import { isUUID } from 'class-validator';
import { AppError } from '../../common/errors/app-error';
import type { Json } from '../../common/json';
import { decodeCursor } from '../../common/pagination';

/**
 * What a cursor belongs to: the list, its order and its filter. A cursor carries this scope, so
 * one taken under another order or filter is refused instead of silently skipping rows.
 */
export function cursorScope(list: string, order: string, filter: Json): string {
  const digest = createHash('sha256')
    .update(JSON.stringify(filter))
    .digest('base64url')
    .slice(0, 12);
  return `${list}:${order}:${digest}`;
}

/** What each key of a cursor must be: any text, or an id (cast to uuid in SQL). */
export type CursorKeyKind = 'text' | 'id';

/** Decodes a cursor of this scope into its keys, refusing one that was tampered with. */
export function cursorKeys(
  scope: string,
  cursor: string,
  kinds: readonly CursorKeyKind[],
): string[] {
  const keys = decodeCursor(scope, cursor);
  const valid =
    keys.length === kinds.length &&
    keys.every(
      (key, index) => typeof key === 'string' && (kinds[index] !== 'id' || isUUID(key, 'all')),
    );
  if (!valid) {
    throw new AppError('BAD_USER_INPUT', 'The cursor is not valid for this list and sort order', {
      fields: [{ path: 'after', problems: ['not a cursor of this list and sort order'] }],
    });
  }
  return keys.map(String);
}
