/**
 * Keyset pages in the URL. The API pages forward only (`after` a cursor), so the URL keeps the
 * current cursor plus the trail of cursors that led to it: any page is a link, and Previous
 * needs no request. The first page has no cursor; each entry of `trail` is a page's `after`.
 */
export interface KeysetPosition {
  /** The cursor the current page starts after; null on the first page. */
  readonly after: string | null;
  /** The `after` of each earlier page, oldest first (the first page's is left out: it is null). */
  readonly trail: readonly string[];
}

export const FIRST_PAGE: KeysetPosition = { after: null, trail: [] };

export function nextPage(position: KeysetPosition, endCursor: string): KeysetPosition {
  return {
    after: endCursor,
    trail: position.after === null ? [] : [...position.trail, position.after],
  };
}

/** The page before, or null on the first page. */
export function previousPage(position: KeysetPosition): KeysetPosition | null {
  if (position.after === null) return null;
  const trail = [...position.trail];
  const after = trail.pop() ?? null;
  return { after, trail };
}

/** 0 for the first page: how many pages came before this one. */
export function pageIndex(position: KeysetPosition): number {
  return position.after === null ? 0 : position.trail.length + 1;
}

/** "1–25 of 312": the rows on screen, counted from the page index. */
export function pageSummary(
  position: KeysetPosition,
  pageSize: number,
  shown: number,
  total: number,
): string {
  if (total === 0 || shown === 0) return `0 of ${total}`;
  const first = pageIndex(position) * pageSize + 1;
  return `${first}–${first + shown - 1} of ${total}`;
}
