import { REFUND_STATUSES, type RefundStatus } from '@rebound/domain';
import type { DataSource } from 'typeorm';
import {
  fetchRefundExportRows,
  type ExportKeyset,
  type RefundExportRow,
} from './refund-export.query';
import type { RefundScope } from './refund-scope';

/** Refunds per statement, per status. */
export const EXPORT_FETCH_SIZE = 100;
/** Refunds per batch handed to the writer. */
export const EXPORT_BATCH_SIZE = 200;

/** A refund already turned into what the caller keeps (a CSV record), with its sort key. */
interface Entry<T> {
  key: string;
  id: string;
  value: T;
}

/** The refunds of one status, read a statement at a time with a keyset. */
interface StatusStream<T> {
  status: RefundStatus;
  entries: Entry<T>[];
  next: number;
  after: ExportKeyset | null;
  exhausted: boolean;
}

/** True when a comes before b in (created_at, id) order, as PostgreSQL sorts them. */
const before = <T>(a: Entry<T>, b: Entry<T>): boolean =>
  a.key < b.key || (a.key === b.key && a.id < b.id);

function earliest<T>(streams: readonly StatusStream<T>[]): StatusStream<T> | null {
  let found: StatusStream<T> | null = null;
  for (const stream of streams) {
    const entry = stream.entries[stream.next];
    const best = found?.entries[found.next];
    if (entry !== undefined && (best === undefined || before(entry, best))) found = stream;
  }
  return found;
}

export interface ExportReading<T> {
  scope: RefundScope;
  /** Turns a row into what is kept, right after it is read: rows never outlive their statement. */
  toValue: (row: RefundExportRow) => T;
  /** True once the client has gone: reading stops. */
  stopped: () => boolean;
  batchSize?: number;
  fetchSize?: number;
}

/**
 * The refunds of a scope in creation order, a batch at a time. Each status is read through the
 * (status, created_at) index with its own keyset, and the statuses are merged by (created_at,
 * id): every statement is cheap however deep the export, no connection or transaction is held
 * between statements (the embedded database has just one), and memory holds at most a fetch of
 * small values per status plus the batch being built. Rows are converted as soon as they arrive, so
 * the bulky row objects die young instead of filling the old generation.
 */
export async function* refundExportBatches<T>(
  dataSource: DataSource,
  reading: ExportReading<T>,
): AsyncGenerator<T[]> {
  const { scope, toValue, stopped } = reading;
  const batchSize = reading.batchSize ?? EXPORT_BATCH_SIZE;
  const fetchSize = reading.fetchSize ?? EXPORT_FETCH_SIZE;
  const refill = async (stream: StatusStream<T>): Promise<void> => {
    const rows = await fetchRefundExportRows(
      dataSource,
      scope,
      stream.status,
      stream.after,
      fetchSize,
    );
    stream.entries = rows.map((row) => ({ key: row.created_key, id: row.id, value: toValue(row) }));
    stream.next = 0;
    stream.exhausted = rows.length < fetchSize;
    const last = stream.entries[stream.entries.length - 1];
    if (last !== undefined) stream.after = { key: last.key, id: last.id };
  };
  const streams: StatusStream<T>[] = (scope.statuses ?? REFUND_STATUSES).map((status) => ({
    status,
    entries: [],
    next: 0,
    after: null,
    exhausted: false,
  }));
  let batch: T[] = [];
  while (!stopped()) {
    for (const stream of streams) {
      if (stream.next === stream.entries.length && !stream.exhausted) await refill(stream);
    }
    const stream = earliest(streams);
    const entry = stream?.entries[stream.next];
    if (stream === null || entry === undefined) break;
    stream.next += 1;
    batch.push(entry.value);
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0 && !stopped()) yield batch;
}
