import { AppError } from '../../../common/errors/app-error';
import { decodeCursor, encodeCursor } from '../../../common/pagination';

/** Where the previous page ended: its last refund's sort instant (microseconds, UTC) and id. */
export interface RefundKeyset {
  key: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * A timestamp column as the text its cursor carries: PostgreSQL's microseconds in UTC (a JS
 * Date would round them to milliseconds and the keyset would skip or repeat rows).
 */
export const instantKeySql = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export function encodeRefundCursor(sort: string, keyset: RefundKeyset): string {
  return encodeCursor(sort, [keyset.key, keyset.id]);
}

/** Reads `after`; a cursor of another list or sort, or a tampered one, is BAD_USER_INPUT. */
export function decodeRefundCursor(sort: string, after: string): RefundKeyset {
  const [key, id, ...rest] = decodeCursor(sort, after);
  if (
    typeof key === 'string' &&
    typeof id === 'string' &&
    rest.length === 0 &&
    UUID.test(id) &&
    INSTANT.test(key)
  ) {
    return { key, id };
  }
  throw new AppError('BAD_USER_INPUT', 'The cursor is not valid for this list and sort order', {
    fields: [{ path: 'after', problems: ['not a cursor of this list and sort order'] }],
  });
}
