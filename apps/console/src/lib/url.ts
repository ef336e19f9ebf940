export type UrlParamValue = string | number | boolean | null | undefined | readonly string[];
export type UrlParams = Readonly<Record<string, UrlParamValue>>;

/**
 * Appends typed params to a path, Saleor style: empty values are left out, lists repeat the key,
 * keys are sorted so one screen state always has one URL.
 */
export function withQuery(path: string, params: UrlParams = {}): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      search.append(key, String(value));
    } else {
      for (const item of value) search.append(key, item);
    }
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
