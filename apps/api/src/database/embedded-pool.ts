import { EventEmitter } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';

/** What TypeORM's postgres driver reads from a query result. */
interface DriverResult {
  rows: unknown[];
  rowCount: number;
  command: string;
}

type Release = (error?: unknown) => void;
type ConnectCallback = (
  error: Error | null,
  client: EmbeddedClient | null,
  release: Release,
) => void;

type QueryCallback = (error: Error | null, result?: DriverResult) => void;

/** The one connection to the embedded database, as TypeORM's postgres driver sees it. */
export class EmbeddedClient extends EventEmitter {
  constructor(
    private readonly run: (text: string, parameters?: unknown[]) => Promise<DriverResult>,
  ) {
    super();
  }

  /** pg's two forms: `query(text, parameters)` → promise, and `query(text, callback)`. */
  query(text: string, parametersOrCallback?: unknown[] | QueryCallback): Promise<DriverResult> {
    if (typeof parametersOrCallback !== 'function') return this.run(text, parametersOrCallback);
    const callback = parametersOrCallback;
    const pending = this.run(text);
    pending.then(
      (result) => {
        callback(null, result);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return pending;
  }
}

interface EmbeddedResult {
  rows: unknown[];
  affectedRows?: number;
  command?: string;
  rowCount?: number;
}

function toDriverResult(result: EmbeddedResult | undefined): DriverResult {
  const rows = result?.rows ?? [];
  return {
    rows,
    rowCount: result?.rowCount ?? result?.affectedRows ?? rows.length,
    command: result?.command ?? '',
  };
}

/**
 * A pg-Pool look-alike over one PGlite instance. PGlite is a single connection, so the pool
 * hands it to one query runner at a time: a transaction never interleaves with another's
 * statements, exactly like a pg pool of size one.
 */
export class EmbeddedPool extends EventEmitter {
  private tail: Promise<void> = Promise.resolve();
  private readonly client: EmbeddedClient;

  constructor(private readonly db: PGlite) {
    super();
    this.client = new EmbeddedClient((text, parameters) => this.run(text, parameters));
  }

  connect(callback: ConnectCallback): void {
    let release: () => void = () => undefined;
    const turn = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.tail;
    this.tail = previous.then(() => turn);
    void previous.then(() => {
      callback(null, this.client, () => {
        release();
      });
    });
  }

  async query(text: string, parameters?: unknown[]): Promise<DriverResult> {
    return new Promise((resolve, reject) => {
      this.connect((_error, client, release) => {
        if (client === null) return;
        client.query(text, parameters).then(resolve, reject).finally(release);
      });
    });
  }

  end(callback?: (error: Error | null) => void): void {
    this.tail
      .then(() => this.db.close())
      .then(
        () => callback?.(null),
        (error: unknown) => callback?.(error instanceof Error ? error : new Error(String(error))),
      );
  }

  private async run(text: string, parameters?: unknown[]): Promise<DriverResult> {
    if (parameters !== undefined && parameters.length > 0) {
      return toDriverResult(await this.db.query(text, parameters));
    }
    // Without parameters a text may hold several statements (migrations); TypeORM expects the last.
    const results = await this.db.exec(text);
    return toDriverResult(results[results.length - 1]);
  }
}

/** The `driver` option for TypeORM's postgres data source, backed by one PGlite instance. */
export function embeddedDriver(db: PGlite): { Pool: new () => EmbeddedPool } {
  return {
    Pool: class extends EmbeddedPool {
      constructor() {
        super(db);
      }
    },
  };
}
