import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { AmazonReportKind } from './amazon-import-run.entity';
import { ReportFormatError, readReportHeader, type ReportHeader } from './report-columns';

/** A record of the report: its known columns (trimmed) and the unknown ones kept aside. */
export interface ReportRecord {
  /** Line of the file where the record starts (1 is the header). */
  line: number;
  fields: Record<string, string>;
  extra: Record<string, string>;
}

/** What the reader finds on a line: a record, or a line that cannot be read as one. */
export type ReportEvent =
  { kind: 'record'; record: ReportRecord } | { kind: 'unreadable'; line: number; reason: string };

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

function startLine(parsed: ParsedRecord): number {
  const breaks = parsed.record.reduce((sum, field) => sum + (field.match(/\n/g)?.length ?? 0), 0);
  return parsed.info.lines - breaks;
}

function recordOf(header: ReportHeader, values: readonly string[], line: number): ReportRecord {
  const fields: Record<string, string> = {};
  for (const [column, index] of header.positions) fields[column] = (values[index] ?? '').trim();
  const extra: Record<string, string> = {};
  for (const [column, index] of header.extras) extra[column] = (values[index] ?? '').trim();
  return { line, fields, extra };
}

/**
 * Streams a tab-separated Amazon report record by record (UTF-8 with or without BOM, CRLF or
 * LF, quoted fields that may hold tabs and line breaks). Memory holds one record at a time;
 * the parser applies back-pressure to the file. A record the parser must skip, or one with
 * another number of fields than the header, becomes an `unreadable` event in line order.
 */
export async function* readReport(
  kind: AmazonReportKind,
  source: Readable,
): AsyncGenerator<ReportEvent> {
  const skipped: { line: number; reason: string }[] = [];
  const parser = parse({
    delimiter: '\t',
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (error === undefined) return;
      const line = typeof error.lines === 'number' ? error.lines : Number.POSITIVE_INFINITY;
      skipped.push({ line, reason: error.message });
    },
  });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);

  let header: ReportHeader | null = null;
  const skippedBefore = function* (line: number): Generator<ReportEvent> {
    while (skipped[0] !== undefined && skipped[0].line < line) {
      const { line: at, reason } = skipped[0];
      skipped.shift();
      yield { kind: 'unreadable', line: at, reason };
    }
  };
  for await (const chunk of parser as AsyncIterable<ParsedRecord>) {
    const line = startLine(chunk);
    yield* skippedBefore(line);
    if (header === null) header = readReportHeader(kind, chunk.record);
    else if (chunk.record.length !== header.width) {
      yield {
        kind: 'unreadable',
        line,
        reason: `has ${chunk.record.length} fields; the header has ${header.width}`,
      };
    } else yield { kind: 'record', record: recordOf(header, chunk.record, line) };
  }
  if (header === null) throw new ReportFormatError('the file is empty: it needs a header line');
  yield* skippedBefore(Number.POSITIVE_INFINITY);
}
