/**
 * Idempotency keys for issuing a refund. One attempt to send money has one key: if the answer is
 * lost (network, timeout, CONFLICT while the first call is still running) the retry sends the
 * same key and the API answers the first result instead of paying twice. The key is dropped
 * once the API has answered with a result, so the next deliberate attempt gets a fresh one.
 */
export interface KeyStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const storageKey = (refundId: string) => `rebound.issue-refund.${refundId}`;

/** The key of an attempt that was sent but never answered, or null. */
export function pendingIssueKey(store: KeyStore, refundId: string): string | null {
  const key = store.getItem(storageKey(refundId));
  return key === null || key === '' ? null : key;
}

/**
 * The key to send now: the unanswered attempt's if there is one, else `newKey()`. Remembered
 * before the request leaves, so that a reload or a lost answer retries with the same key.
 */
export function beginIssueAttempt(store: KeyStore, refundId: string, newKey: () => string): string {
  const key = pendingIssueKey(store, refundId) ?? newKey();
  store.setItem(storageKey(refundId), key);
  return key;
}

/** The API answered (issued, failed, or refused for a reason a retry will not fix). */
export function endIssueAttempt(store: KeyStore, refundId: string): void {
  store.removeItem(storageKey(refundId));
}

/**
 * Whether an error leaves the attempt open, to be retried with the same key: the request may or
 * may not have reached the gateway. Business refusals (wrong status, approval missing) close it.
 */
export function isRetryableIssueError(error: {
  readonly kind: string;
  readonly code: string | null;
}): boolean {
  return (
    error.kind === 'network' || error.code === 'CONFLICT' || error.code === 'INTERNAL_SERVER_ERROR'
  );
}

/** A store that forgets on reload; for environments without sessionStorage. */
export function memoryKeyStore(): KeyStore {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => {
      values.set(key, value);
    },
    removeItem: (key) => {
      values.delete(key);
    },
  };
}

/** sessionStorage when the browser offers it: a reload mid-attempt still retries with the key. */
export function browserKeyStore(): KeyStore {
  try {
    if (typeof sessionStorage !== 'undefined') return sessionStorage;
  } catch {
    // Storage disabled by the browser's privacy settings.
  }
  return memoryKeyStore();
}
