import type { DataSource } from 'typeorm';

/** The SQL statements a piece of work sent, in order. */
export interface CountedStatements<T> {
  result: T;
  statements: string[];
}

/**
 * Runs `work` and records every SQL statement the data source sends meanwhile (through
 * TypeORM's query logger, which sees every query runner), for N+1 checks. Counts statements of
 * anything running at the same time too: use it with one request in flight.
 */
export async function countStatements<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
): Promise<CountedStatements<T>> {
  const statements: string[] = [];
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, queryRunner) => {
    statements.push(query.replace(/\s+/g, ' ').trim());
    original(query, parameters, queryRunner);
  };
  try {
    return { result: await work(), statements };
  } finally {
    logger.logQuery = original;
  }
}

/** The statement that authenticates a request (session or API token lookup), to tell it apart. */
export function isCredentialLookup(statement: string): boolean {
  return /\bFROM (sessions|api_tokens)\b/i.test(statement);
}
