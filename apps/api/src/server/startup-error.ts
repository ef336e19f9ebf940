import type { DatabaseConfig } from '../config/config';

/** Why the API could not start, as one line telling the operator what to fix. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

interface PgLikeError {
  code?: string;
  message?: string;
  driverError?: PgLikeError;
}

function pgError(error: unknown): PgLikeError {
  if (typeof error !== 'object' || error === null) return {};
  const candidate = error as PgLikeError;
  return candidate.driverError ?? candidate;
}

/** Translates a failure to open the database into the one line that says what to do. */
export function explainDatabaseFailure(database: DatabaseConfig, error: unknown): StartupError {
  if (database.kind === 'embedded') {
    const message = error instanceof Error ? error.message : String(error);
    return new StartupError(
      `Cannot open the embedded database in ${database.dataDir} (${message.split('\n')[0] ?? message}): check the folder is writable and not used by another Rebound, or set DATA_DIR.`,
    );
  }
  const { code, message = String(error) } = pgError(error);
  const where = database.displayName;
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return new StartupError(
        `Cannot reach PostgreSQL at ${where} (${code}): start the server or fix the host and port in DATABASE_URL.`,
      );
    case '3D000':
      return new StartupError(
        `PostgreSQL at ${where} has no such database: create it (createdb) or fix the database name in DATABASE_URL.`,
      );
    case '28P01':
    case '28000':
      return new StartupError(
        `PostgreSQL at ${where} refused the login (${code}): fix the user or password in DATABASE_URL.`,
      );
    default:
      return new StartupError(
        `Cannot use PostgreSQL at ${where} (${code ?? 'error'}: ${message.split('\n')[0] ?? message}): check DATABASE_URL and the server.`,
      );
  }
}
