import type { Config } from '../config/config';

export interface Logger {
  error(message: string, error?: unknown): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

const ORDER: Record<Config['logLevel'], number> = { error: 0, warn: 1, info: 2, debug: 3 };

/** A plain line logger on stderr/stdout; enough until a structured one is needed. */
export function createLogger(level: Config['logLevel']): Logger {
  const enabled = (wanted: Config['logLevel']): boolean => ORDER[wanted] <= ORDER[level];
  return {
    error: (message, error) => {
      const detail =
        error instanceof Error
          ? (error.stack ?? error.message)
          : error === undefined
            ? ''
            : JSON.stringify(error);
      console.error(`[rebound] ERROR ${message}${detail === '' ? '' : `\n${detail}`}`);
    },
    warn: (message) => {
      if (enabled('warn')) console.warn(`[rebound] WARN ${message}`);
    },
    info: (message) => {
      if (enabled('info')) console.log(`[rebound] ${message}`);
    },
    debug: (message) => {
      if (enabled('debug')) console.log(`[rebound] DEBUG ${message}`);
    },
  };
}
