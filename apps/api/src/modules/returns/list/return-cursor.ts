import { AppError } from '../../../common/errors/app-error';
import { decodeCursor, encodeCursor } from '../../../common/pagination';
import type { ReturnSort } from './return-order';
import type { SqlParams } from './sql-params';

/** Where the previous page ended: its last return's sort key (as text) and id. */
export interface ReturnKeyset {
  key: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The exact text sortKeySql produces: microseconds in UTC, so that no instant is rounded away.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const MAX_TEXT_KEY = 200;

/**
 * The sort key of a row as text, for its cursor. Timestamps keep PostgreSQL's microseconds
 * (a JS Date would round them to milliseconds and make the keyset skip or repeat rows).
 */
export function sortKeySql(sort: ReturnSort, alias: string): string {
  const column = `${alias}.${sort.column}`;
  return sort.kind === 'timestamp'
    ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
    : column;
}

export function encodeReturnCursor(sort: ReturnSort, keyset: ReturnKeyset): string {
  return encodeCursor(sort.order, [keyset.key, keyset.id]);
}

/** Reads `after`; a cursor of another sort, or one that was tampered with, is BAD_USER_INPUT. */
export function decodeReturnCursor(sort: ReturnSort, after: string): ReturnKeyset {
  const [key, id, ...rest] = decodeCursor(sort.order, after);
  const valid =
    typeof key === 'string' &&
    typeof id === 'string' &&
    rest.length === 0 &&
    UUID.test(id) &&
    (sort.kind === 'timestamp' ? INSTANT.test(key) : key.length <= MAX_TEXT_KEY);
  if (!valid) {
    throw new AppError('BAD_USER_INPUT', 'The cursor is not valid for this list and sort order', {
      fields: [{ path: 'after', problems: ['not a cursor of this list and sort order'] }],
    });
  }
  return { key, id };
}

/**
 * Rows strictly after the keyset in the sort's direction. `(column, id)` compared as a row, so
 * that the `(column, id)` index serves both the condition and the order: a page deep in the list
 * reads as few rows as the first one.
 */
export function keysetCondition(
  sort: ReturnSort,
  keyset: ReturnKeyset,
  params: SqlParams,
  alias: string,
): string {
  const cast = sort.kind === 'timestamp' ? 'timestamptz' : 'text';
  const operator = sort.descending ? '<' : '>';
  return `(${alias}.${sort.column}, ${alias}.id) ${operator} (${params.add(keyset.key)}::${cast}, ${params.add(keyset.id)}::uuid)`;
}

/** `ORDER BY` of a sort, with the id tiebreaker in the same direction. */
export function orderBySql(sort: ReturnSort, alias: string): string {
  const direction = sort.descending ? 'DESC' : 'ASC';
  return `${alias}.${sort.column} ${direction}, ${alias}.id ${direction}`;
}
