import { useId } from 'react';
import type { ApiError } from './api-error';

interface QueryErrorNoticeProps {
  /** What could not be done, in the screen's words ("Couldn't load return counts"). */
  readonly title: string;
  readonly error: ApiError;
  readonly onRetry: () => void;
  readonly retrying: boolean;
}

export function QueryErrorNotice({ title, error, onRetry, retrying }: QueryErrorNoticeProps) {
  const titleId = useId();
  return (
    <section className="notice notice--error" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} className="notice__title">
        {title}
      </h2>
      <p className="notice__body">{error.message}</p>
      {error.code !== null && (
        <p className="notice__meta">
          Error code <code>{error.code}</code>
        </p>
      )}
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </section>
  );
}
