import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo-accounts';
import type { SignInFields } from '../sign-in-form';
import { describeRoles } from '../roles';

interface DemoAccountsProps {
  /** Fills the form with an account; the user still presses Sign in. */
  readonly onUse: (fields: SignInFields) => void;
}

/**
 * Development servers only: the seeded logins, so nobody has to look them up in the API logs.
 * The only module that reads demo-accounts.ts, so production bundles carry none of it.
 */
export function DemoAccounts({ onUse }: DemoAccountsProps) {
  return (
    <aside className="demo-accounts" aria-labelledby="demo-accounts-title">
      <header className="demo-accounts__header">
        <h2 id="demo-accounts-title" className="demo-accounts__title">
          Demo accounts
        </h2>
        <span className="tag">Dev only</span>
      </header>
      <p className="demo-accounts__lead">
        Seeded with the demo data. Every account uses the password <code>{DEMO_PASSWORD}</code>.
      </p>
      <ul className="demo-accounts__list">
        {DEMO_ACCOUNTS.map((account) => (
          <li key={account.email} className="demo-accounts__item">
            <span className="demo-accounts__email">{account.email}</span>
            <span className="demo-accounts__roles">{describeRoles(account.roles)}</span>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => {
                onUse({ email: account.email, password: DEMO_PASSWORD });
              }}
              aria-label={`Use ${account.email}`}
            >
              Use
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
