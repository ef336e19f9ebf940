import type { KeysetPosition } from '../ui/keyset-pages';

/** A keyset position read from `after` + repeated `trail` params (a trail without `after` means nothing). */
export function positionFromParams(params: URLSearchParams): KeysetPosition {
  const after = params.get('after');
  return { after, trail: after === null ? [] : params.getAll('trail') };
}

/** The URL params of a position; the first page has none. */
export function positionParams(position: KeysetPosition): {
  readonly after: string | undefined;
  readonly trail: readonly string[] | undefined;
} {
  return {
    after: position.after ?? undefined,
    trail: position.trail.length === 0 ? undefined : position.trail,
  };
}
