import path from 'node:path';

/** Where the API keeps its data: an embedded PGlite folder, or a PostgreSQL server. */
export type DatabaseConfig =
  { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string; displayName: string };

export type Environment = 'development' | 'test' | 'production';

/** The API's configuration: read once at start from the environment and validated. */
export interface Config {
  environment: Environment;
  host: string;
  port: number;
  database: DatabaseConfig;
  /** Fill an empty database with the demo business at start. */
  seedDemo: boolean;
  logLevel: 'error' | 'warn' | 'info' | 'debug';
}

/** A configuration problem, phrased as the one line that tells the operator what to fix. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
const ENVIRONMENTS = ['development', 'test', 'production'] as const;

type Env = Readonly<Record<string, string | undefined>>;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (got "${value}").`);
  }
  return found;
}

function readPort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 4000;
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 1 to 65535 (got "${value}").`);
  }
  return port;
}

/** Parses DATABASE_URL; the display name never includes the password. */
export function readDatabaseUrl(value: string): { url: string; displayName: string } {
  let parsed: URL;
  try {
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) throw new TypeError('no scheme');
    parsed = new URL(value);
  } catch {
    throw new ConfigError(
      'DATABASE_URL is not a valid URL: expected postgres://user:password@host:5432/database, or unset it to use the embedded database.',
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ConfigError(
      `DATABASE_URL must start with postgres:// or postgresql:// (got "${parsed.protocol}//"), or unset it to use the embedded database.`,
    );
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (parsed.hostname === '' || database === '') {
    throw new ConfigError(
      'DATABASE_URL must name a host and a database: postgres://user:password@host:5432/database.',
    );
  }
  const port = parsed.port === '' ? '5432' : parsed.port;
  return { url: value, displayName: `${parsed.hostname}:${port}/${database}` };
}

/** `memory://` keeps the embedded database in memory; anything else is a folder. */
function embeddedDataDir(value: string | undefined, cwd: string): string {
  const dataDir = value?.trim() || '.data/pglite';
  return dataDir.startsWith('memory://') ? dataDir : path.resolve(cwd, dataDir);
}

function readBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(value.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false (got "${value}").`);
}

/**
 * Reads and validates the configuration. Throws a ConfigError whose message is one line
 * saying what to fix.
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const environment = oneOf('NODE_ENV', env.NODE_ENV ?? 'development', ENVIRONMENTS);
  const databaseUrl = env.DATABASE_URL?.trim();
  const database: DatabaseConfig =
    databaseUrl !== undefined && databaseUrl !== ''
      ? { kind: 'postgres', ...readDatabaseUrl(databaseUrl) }
      : { kind: 'embedded', dataDir: embeddedDataDir(env.DATA_DIR, cwd) };
  return {
    environment,
    host: env.HOST?.trim() || '0.0.0.0',
    port: readPort(env.PORT),
    database,
    seedDemo: readBoolean('SEED_DEMO', env.SEED_DEMO, false),
    logLevel: oneOf('LOG_LEVEL', env.LOG_LEVEL ?? 'info', LOG_LEVELS),
  };
}
