import type { ReactNode } from 'react';
import { BrandMark } from '../../../lib/ui/BrandMark';

interface SignInPageProps {
  /** Why the user is here or what stands in the way (session expired, API unreachable). */
  readonly notice: ReactNode;
  readonly form: ReactNode;
  /** Below the card, outside the main landmark: the dev-only demo accounts. */
  readonly aside: ReactNode;
}

export function SignInPage({ notice, form, aside }: SignInPageProps) {
  return (
    <div className="auth-layout">
      <title>Sign in · Rebound</title>
      <main id="main" className="auth-card" aria-labelledby="sign-in-title">
        <div className="auth-card__brand">
          <BrandMark />
          <span className="brand__name">Rebound</span>
        </div>
        <h1 id="sign-in-title" className="auth-card__title">
          Sign in
        </h1>
        <p className="auth-card__lead">Use your work email and password.</p>
        {notice}
        {form}
      </main>
      {aside}
    </div>
  );
}
