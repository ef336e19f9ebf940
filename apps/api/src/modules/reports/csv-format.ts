/** RFC 4180 line break: every record, the header included, ends with CRLF. */
export const CSV_LINE_END = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;

/** A value as one CSV field: null becomes an empty field. */
export type CsvValue = string | number | null;

/**
 * One field, quoted only when it must be (RFC 4180 §2.6–2.7): a comma, a double quote, a CR or
 * an LF puts the field in double quotes, and every double quote inside is doubled.
 * @example csvField('Seller "A", Inc.') // '"Seller ""A"", Inc."'
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One record: the fields joined by commas, ended by CRLF.
 * @example csvRecord(['a', 'b,c', null]) // 'a,"b,c",\r\n'
 */
export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + CSV_LINE_END;
}
