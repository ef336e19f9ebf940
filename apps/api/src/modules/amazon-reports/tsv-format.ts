/** Amazon's flat files end records with LF. */
export const TSV_LINE_END = '\n';

const NEEDS_QUOTES = /["\t\r\n]/;

/** One field: quoted (quotes doubled) only when it holds a tab, a quote or a line break. */
export function tsvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: fields joined by tabs, ended by LF. */
export function tsvRecord(values: readonly (string | number | null)[]): string {
  return values.map(tsvField).join('\t') + TSV_LINE_END;
}
