import { once } from 'node:events';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { TableRows } from '../../src/modules/analytics/datagen/generate';

/** A value in COPY's text format: \N for null, backslash escapes for the separators. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

/** Streams one table through COPY … FROM STDIN, in chunks, honouring backpressure. */
async function copyTable(client: Client, table: TableRows): Promise<void> {
  const stream = client.query(
    copyFrom(`COPY "${table.table}" (${table.columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`),
  );
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', () => {
      resolve();
    });
    stream.on('error', reject);
  });
  const CHUNK = 2000;
  for (let start = 0; start < table.rows.length; start += CHUNK) {
    const text = table.rows
      .slice(start, start + CHUNK)
      .map((row) => `${row.map(copyValue).join('\t')}\n`)
      .join('');
    if (!stream.write(text)) await once(stream, 'drain');
  }
  stream.end();
  await done;
}

/**
 * Loads the tables over COPY on PostgreSQL, in one transaction, with triggers and foreign-key
 * checks off (session_replication_role = replica; the rows are consistent by construction), then
 * rebuilds the analytics rollups once and analyzes. Needs a superuser (the bench's postgres).
 */
export async function copyDataset(client: Client, tables: readonly TableRows[]): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SET LOCAL session_replication_role = replica');
    for (const table of tables) await copyTable(client, table);
    await client.query('SET LOCAL session_replication_role = DEFAULT');
    await client.query('SELECT analytics_rebuild_rollups()');
    await client.query(`SELECT setval('rma_number_seq', (SELECT count(*) FROM returns) + 100001)`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  await client.query('ANALYZE');
}
