import { Field, ObjectType } from 'type-graphql';
import { AppError } from './errors/app-error';
import type { Json } from './json';

/** Relay page information. */
@ObjectType({ description: 'Where a page sits in its list (Relay connections).' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage: boolean;

  @Field({
    description:
      'True when items precede this page (always false when paging forward from the start).',
  })
  hasPreviousPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item of the page; null when empty.',
  })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor: string | null;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

/** Checks `first` (1…100, default 50). */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new AppError('BAD_USER_INPUT', `first must be from 1 to ${MAX_PAGE_SIZE}`, {
      fields: [{ path: 'first', problems: [`must be from 1 to ${MAX_PAGE_SIZE}`] }],
    });
  }
  return size;
}

/**
 * An opaque keyset cursor: the sort key values of the last row seen, plus the sort it belongs
 * to, so a cursor from another ordering is refused instead of silently skipping rows.
 */
export function encodeCursor(sort: string, keys: readonly Json[]): string {
  return Buffer.from(JSON.stringify({ s: sort, k: keys })).toString('base64url');
}

export function decodeCursor(sort: string, cursor: string): Json[] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      s?: unknown;
      k?: unknown;
    };
    if (parsed.s === sort && Array.isArray(parsed.k)) return parsed.k as Json[];
  } catch {
    // falls through to the refusal below
  }
  throw new AppError('BAD_USER_INPUT', 'The cursor is not valid for this list and sort order', {
    fields: [{ path: 'after', problems: ['not a cursor of this list and sort order'] }],
  });
}

/** Builds a page from `size + 1` fetched rows: the extra row only says that more follow. */
export function toPage<Row>(
  rows: readonly Row[],
  size: number,
  cursorOf: (row: Row) => string,
): {
  nodes: Row[];
  edges: { node: Row; cursor: string }[];
  pageInfo: PageInfo;
} {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    nodes,
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
