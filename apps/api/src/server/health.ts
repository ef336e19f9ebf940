import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/config';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: {
    kind: DatabaseConfig['kind'];
    state: 'up' | 'down';
    latencyMs?: number;
    error?: string;
  };
}

const PROBE_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`no answer within ${ms} ms`));
    }, ms);
    promise.then(resolve, reject).finally(() => {
      clearTimeout(timer);
    });
  });
}

/** Asks the database one trivial question; the answer decides the API's health. */
export async function checkHealth(
  dataSource: DataSource,
  kind: DatabaseConfig['kind'],
): Promise<HealthReport> {
  const started = performance.now();
  try {
    if (!dataSource.isInitialized) throw new Error('database connection is closed');
    await withTimeout(dataSource.query('SELECT 1'), PROBE_TIMEOUT_MS);
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return { status: 'ok', database: { kind, state: 'up', latencyMs } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      status: 'unavailable',
      database: { kind, state: 'down', error: reason.split('\n')[0] ?? reason },
    };
  }
}

/** GET /health: 200 with the database's state, 503 when the database does not answer. */
export function healthHandler(dataSource: DataSource, kind: DatabaseConfig['kind']) {
  return async (_request: Request, response: Response): Promise<void> => {
    const report = await checkHealth(dataSource, kind);
    response
      .status(report.status === 'ok' ? 200 : 503)
      .set('cache-control', 'no-store')
      .json(report);
  };
}
