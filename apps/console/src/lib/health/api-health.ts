/** GET /health as the API answers it (200 when ok, 503 when unavailable, same body). */
export interface HealthReport {
  readonly status: 'ok' | 'unavailable';
  readonly database: { readonly kind: 'embedded' | 'postgres'; readonly state: 'up' | 'down' };
}

export type ApiHealth =
  | { readonly kind: 'checking' }
  | { readonly kind: 'reachable'; readonly report: HealthReport; readonly checkedAt: Date }
  | { readonly kind: 'unreachable'; readonly checkedAt: Date };

export interface ApiHealthSummary {
  readonly tone: 'pending' | 'ok' | 'warning' | 'error';
  readonly label: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Accepts only the documented shape; anything else (a proxy's error page…) is not a report. */
export function parseHealthReport(body: unknown): HealthReport | null {
  if (!isRecord(body) || !isRecord(body.database)) return null;
  const { status } = body;
  const { kind, state } = body.database;
  if (status !== 'ok' && status !== 'unavailable') return null;
  if (kind !== 'embedded' && kind !== 'postgres') return null;
  if (state !== 'up' && state !== 'down') return null;
  return { status, database: { kind, state } };
}

export function describeApiHealth(health: ApiHealth): ApiHealthSummary {
  switch (health.kind) {
    case 'checking':
      return { tone: 'pending', label: 'Checking API…' };
    case 'unreachable':
      return { tone: 'error', label: 'API unreachable' };
    case 'reachable': {
      const { status, database } = health.report;
      if (status === 'ok' && database.state === 'up') {
        return { tone: 'ok', label: `API: up · database ${database.kind}` };
      }
      return {
        tone: 'warning',
        label: `API: ${status === 'ok' ? 'up' : 'unavailable'} · database ${database.kind} ${database.state}`,
      };
    }
  }
}

const HEALTH_TIMEOUT_MS = 5_000;

/** One health check; never throws: a failed request or an unexpected body means unreachable. */
export async function checkApiHealth(signal: AbortSignal): Promise<ApiHealth> {
  const timeout = new AbortController();
  const timer = setTimeout(() => {
    timeout.abort();
  }, HEALTH_TIMEOUT_MS);
  const abort = () => {
    timeout.abort();
  };
  signal.addEventListener('abort', abort);
  try {
    const response = await fetch('/health', {
      signal: timeout.signal,
      cache: 'no-store',
      headers: { accept: 'application/json' },
    });
    const report = parseHealthReport(await response.json());
    return report
      ? { kind: 'reachable', report, checkedAt: new Date() }
      : { kind: 'unreachable', checkedAt: new Date() };
  } catch {
    return { kind: 'unreachable', checkedAt: new Date() };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
