import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { OrderCsvFormatError, readHeader, type ColumnPositions } from './order-csv-columns';
import { readOrderRow, type OrderCsvRow } from './order-csv-row';

/** What the reader finds on a line: a row, or a line that cannot be read as one. */
export type OrderCsvEvent =
  { kind: 'row'; row: OrderCsvRow } | { kind: 'unreadable'; line: number; reason: string };

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/** Line where a record starts: where it ends, minus the line breaks inside quoted fields. */
function startLine(parsed: ParsedRecord): number {
  const breaks = parsed.record.reduce((sum, field) => sum + (field.match(/\n/g)?.length ?? 0), 0);
  return parsed.info.lines - breaks;
}

/**
 * Streams an orders CSV (UTF-8 with or without BOM, CRLF or LF) record by record: the header
 * first, then one event per line. Quotes are read leniently; a record the parser must skip (a
 * quote never closed) and a row with the wrong number of fields become `unreadable` events, in
 * line order.
 */
export async function* readOrderCsv(source: Readable): AsyncGenerator<OrderCsvEvent> {
  const skipped: { line: number; reason: string }[] = [];
  const parser = parse({
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

  let positions: ColumnPositions | null = null;
  const skippedBefore = function* (line: number): Generator<OrderCsvEvent> {
    while (skipped[0] !== undefined && skipped[0].line < line) {
      const { line: at, reason } = skipped[0];
      skipped.shift();
      yield { kind: 'unreadable', line: at, reason };
    }
  };

  for await (const chunk of parser as AsyncIterable<ParsedRecord>) {
    const line = startLine(chunk);
    yield* skippedBefore(line);
    if (positions === null) {
      positions = readHeader(chunk.record);
    } else if (chunk.record.length !== positions.width) {
      yield {
        kind: 'unreadable',
        line,
        reason: `has ${chunk.record.length} fields; the header has ${positions.width}`,
      };
    } else {
      yield { kind: 'row', row: readOrderRow(chunk.record, positions, line) };
    }
  }
  if (positions === null) {
    throw new OrderCsvFormatError(
      'the file is empty: it needs the header line and one row per order line',
    );
  }
  yield* skippedBefore(Number.POSITIVE_INFINITY);
}
