import type { ReactNode } from 'react';
import './ui.css';

interface EmptyStateProps {
  readonly title: string;
  readonly children?: ReactNode;
  /** A way out: "Clear filters", "Open the queue". */
  readonly action?: ReactNode;
}

/** Nothing to show, said plainly, with what to do about it. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="empty-state" role="status">
      <svg className="empty-state__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M4 7h16v12H4zM4 7l2-3h12l2 3M9 11h6" />
      </svg>
      <p className="empty-state__title">{title}</p>
      {children !== undefined && <div className="empty-state__body">{children}</div>}
      {action !== undefined && <div className="empty-state__action">{action}</div>}
    </div>
  );
}

interface LoadingStateProps {
  /** Read by screen readers: "Loading returns…". */
  readonly label: string;
  /** How many placeholder rows; shaped like the content that will replace them. */
  readonly rows?: number;
}

export function LoadingState({ label, rows = 5 }: LoadingStateProps) {
  return (
    <div className="loading-state" aria-busy="true">
      <p className="visually-hidden" role="status">
        {label}
      </p>
      <div aria-hidden="true">
        {Array.from({ length: rows }, (_, row) => (
          <div key={row} className="skeleton-row">
            <span className="skeleton skeleton--text" />
            <span className="skeleton skeleton--number" />
          </div>
        ))}
      </div>
    </div>
  );
}

/** A short success confirmation after an action ("Return authorized."). */
export function SuccessNotice({ children }: { readonly children: ReactNode }) {
  return (
    <p className="success-notice" role="status">
      {children}
    </p>
  );
}
