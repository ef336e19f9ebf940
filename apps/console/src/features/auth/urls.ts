import { withQuery } from '../../lib/url';
import { dashboardUrl } from '../dashboard/urls';

export const signInPath = '/sign-in';

/** Why the user is on the sign-in page when it is not their own choice. */
export type SignInReason = 'session-expired';

export interface SignInParams {
  /** Where to go once signed in: a path of this console, checked by safeNextPath. */
  readonly next?: string | undefined;
  readonly reason?: SignInReason | undefined;
}

// A stand-in origin: a `next` that resolves anywhere else points off the console.
const CONSOLE_ORIGIN = 'https://console.invalid';

function hasUnsafeCharacters(value: string): boolean {
  // Browsers read `\` as `/` (so `/\evil.example` is protocol-relative) and drop tabs and newlines.
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code === 0x5c || code <= 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Accepts only a same-origin relative path (`/returns?status=OPEN`), normalised; anything that
 * could leave the console (`//evil.example`, `https://…`, `javascript:…`) or loop back to the
 * sign-in page is refused with null.
 */
export function safeNextPath(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  if (!raw.startsWith('/') || raw.startsWith('//') || hasUnsafeCharacters(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, CONSOLE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== CONSOLE_ORIGIN || url.pathname === signInPath) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The dashboard is where everyone lands anyway, so it is left out of `next`. */
export function signInUrl({ next, reason }: SignInParams = {}): string {
  const safeNext = safeNextPath(next);
  return withQuery(signInPath, {
    next: safeNext === dashboardUrl() ? null : safeNext,
    reason,
  });
}

/** The sign-in page for someone who was looking at `location` (a router or window location). */
export function signInUrlFrom(
  location: { readonly pathname: string; readonly search: string; readonly hash: string },
  reason?: SignInReason,
): string {
  return signInUrl({ next: `${location.pathname}${location.search}${location.hash}`, reason });
}

export interface SignInPageState {
  /** Where to go after signing in: the requested page when it is safe, else the dashboard. */
  readonly destination: string;
  readonly reason: SignInReason | null;
}

export function readSignInParams(search: URLSearchParams): SignInPageState {
  return {
    destination: safeNextPath(search.get('next')) ?? dashboardUrl(),
    reason: search.get('reason') === 'session-expired' ? 'session-expired' : null,
  };
}
