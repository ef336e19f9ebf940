import { useEffect, useState } from 'react';
import { checkApiHealth, type ApiHealth } from './api-health';

export const HEALTH_POLL_INTERVAL_MS = 30_000;

/** Polls GET /health; each check cancels the one before it, unmounting cancels all. */
export function useApiHealth(intervalMs: number = HEALTH_POLL_INTERVAL_MS): ApiHealth {
  const [health, setHealth] = useState<ApiHealth>({ kind: 'checking' });

  useEffect(() => {
    let current: AbortController | null = null;
    const check = async () => {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      const next = await checkApiHealth(controller.signal);
      if (!controller.signal.aborted) setHealth(next);
    };
    void check();
    const timer = window.setInterval(() => void check(), intervalMs);
    return () => {
      window.clearInterval(timer);
      current?.abort();
    };
  }, [intervalMs]);

  return health;
}
