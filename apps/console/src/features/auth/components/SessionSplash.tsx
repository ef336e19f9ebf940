import { BrandMark } from '../../../lib/ui/BrandMark';

/** Shown for the moment it takes to ask the API who is signed in. */
export function SessionSplash() {
  return (
    <main id="main" className="session-splash" aria-busy="true">
      <BrandMark className="session-splash__mark" />
      <p role="status">Checking your session…</p>
    </main>
  );
}
