import type { EntityManager } from 'typeorm';

/** A column of a bulk insert and the SQL type its text is cast to. */
export interface BulkColumn {
  name: string;
  type: string;
}

/** A cell of a bulk insert: sent as text (or null) and cast by PostgreSQL. */
export type BulkValue = string | number | boolean | Date | null;

const asText = (value: BulkValue): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString() : String(value);

/**
 * Inserts many rows in one statement: one text array per column, unnested and cast. Keeps the
 * statement count of a batch independent of its size.
 */
export async function bulkInsert(
  manager: EntityManager,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly BulkValue[])[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((column) => column.name);
  const arrays = columns.map((_, index) => rows.map((row) => asText(row[index] ?? null)));
  const unnest = columns.map((_, index) => `$${index + 1}::text[]`).join(', ');
  const casts = columns.map((column) => `u.${column.name}::${column.type}`).join(', ');
  await manager.query(
    `INSERT INTO ${table} (${names.join(', ')})
     SELECT ${casts} FROM unnest(${unnest}) AS u(${names.join(', ')})`,
    arrays,
  );
}
