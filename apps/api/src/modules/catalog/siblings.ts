import type { DataSource } from 'typeorm';

/** Anything that runs SQL: the data source for reads, a transaction's manager for writes. */
export type Queryable = Pick<DataSource, 'query'>;

/** Loads a relation for every row of an answer at once, keyed by what the rows look it up by. */
export type SiblingLoader<Row, Value> = (
  db: Queryable,
  rows: readonly Row[],
) => Promise<ReadonlyMap<string, Value>>;

/**
 * The rows of one answer (a page, a lookup, a mutation's result) load each relation together:
 * the first row that asks runs one query for all of them and the others share its result. This
 * keeps lists free of N+1 queries without a per-request loader on the context.
 */
export class Siblings<Row> {
  /** Keyed by loader function; `unknown` keys keep Siblings<Row> covariant in Row. */
  private readonly loads = new Map<unknown, Promise<ReadonlyMap<string, unknown>>>();

  constructor(
    private readonly db: Queryable,
    readonly rows: readonly Row[],
  ) {}

  async load<Value>(loader: SiblingLoader<Row, Value>, key: string): Promise<Value | undefined> {
    let pending = this.loads.get(loader);
    if (pending === undefined) {
      pending = loader(this.db, this.rows);
      this.loads.set(loader, pending);
    }
    const loaded = await pending;
    // The map was produced by this very loader, so its values are of its Value type.
    return loaded.get(key) as Value | undefined;
  }
}

/** Gives every row the shared Siblings of its answer. */
export function withSiblings<Row extends object>(
  db: Queryable,
  rows: readonly Row[],
): (Row & { siblings: Siblings<Row> })[] {
  const siblings = new Siblings(db, rows);
  return rows.map((row) => ({ ...row, siblings }));
}

/** A row that is the whole answer (one lookup, a mutation's result). */
export function alone<Row extends object>(
  db: Queryable,
  row: Row,
): Row & { siblings: Siblings<Row> } {
  return { ...row, siblings: new Siblings(db, [row]) };
}
