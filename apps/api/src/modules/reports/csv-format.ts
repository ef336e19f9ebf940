/** RFC 4180 line break: every record, the header included, ends with CRLF. */
export const CSV_LINE_END = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;
/** Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** A value as one CSV field: null becomes an empty field. */
export type CsvValue = string | number | null;

/**
 * Text a spreadsheet would evaluate (`=HYPERLINK(…)`, `@SUM(…)`, `+1+1`) gets a leading
 * apostrophe so it opens as text; signed plain numbers such as `-12.50` are left alone.
 * @example neutraliseFormula('=1+1') // "'=1+1"
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * One field, quoted only when it must be (RFC 4180 §2.6–2.7): a comma, a double quote, a CR or
 * an LF puts the field in double quotes, and every double quote inside is doubled. Text that a
 * spreadsheet would run as a formula is neutralised first (see {@link neutraliseFormula}).
 * @example csvField('Seller "A", Inc.') // '"Seller ""A"", Inc."'
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One record: the fields joined by commas, ended by CRLF.
 * @example csvRecord(['a', 'b,c', null]) // 'a,"b,c",\r\n'
 */
export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + CSV_LINE_END;
}
