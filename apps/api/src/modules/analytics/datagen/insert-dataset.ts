import type { TableRows } from './generate';

/** Anything that runs a parameterized statement (a TypeORM data source, a manager, PGlite). */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Loads the tables with multi-row INSERTs through any queryable (PGlite, a test's data source),
 * with every trigger on: the rollups are then kept by the triggers, as in production.
 */
export async function insertDataset(db: Queryable, tables: readonly TableRows[]): Promise<void> {
  for (const table of tables) {
    const perStatement = Math.max(1, Math.floor(30_000 / table.columns.length));
    for (let start = 0; start < table.rows.length; start += perStatement) {
      const rows = table.rows.slice(start, start + perStatement);
      const params: unknown[] = [];
      const tuples = rows.map(
        (row) =>
          `(${row
            .map((value) => {
              params.push(value);
              return `$${params.length}`;
            })
            .join(', ')})`,
      );
      await db.query(
        `INSERT INTO "${table.table}" (${table.columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`,
        params,
      );
    }
  }
}
