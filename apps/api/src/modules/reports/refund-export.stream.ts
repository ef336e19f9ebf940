import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { REFUND_EXPORT_HEADER, refundExportRecord } from './refund-export.csv';
import type { RefundExportRequest } from './refund-export.params';
import { refundExportBatches } from './refund-export.batches';

/** Resolves when the response can take more data, or when the client has gone. */
function drained(response: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}

/**
 * Streams the export: the first batch is read before the headers go out (so a failing query is
 * still a plain 500), then the header row and one write per batch, waiting for 'drain' whenever
 * the socket's buffer is full. Reading stops as soon as the client disconnects. Memory holds a
 * few hundred rows, whatever the number of rows exported (see bench/export-memory.ts).
 */
export async function writeRefundExport(
  dataSource: DataSource,
  request: RefundExportRequest,
  response: Response,
): Promise<void> {
  const client = { gone: false };
  const onClose = (): void => {
    client.gone = true;
  };
  response.on('close', onClose);
  try {
    const batches = refundExportBatches(dataSource, {
      scope: request.scope,
      toValue: refundExportRecord,
      stopped: () => client.gone,
    });
    let batch = await batches.next();
    response.status(200).set({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${request.fileName}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    response.write(REFUND_EXPORT_HEADER);
    while (batch.done !== true && !client.gone) {
      if (!response.write(batch.value.join(''))) await drained(response);
      batch = await batches.next();
    }
    if (batch.done !== true) await batches.return(undefined);
  } finally {
    response.off('close', onClose);
  }
  if (!client.gone) response.end();
}
