import { useId } from 'react';
import type { ApiError } from '../graphql/api-error';
import { Button } from './Button';
import './ui.css';

interface ApiErrorNoticeProps {
  /** What could not be done, in the screen's words ("Couldn't authorize RMA-1001"). */
  readonly title: string;
  readonly error: ApiError;
  /** Offers a Retry button (queries); omit for a refused form, where the fix is the user's. */
  readonly onRetry?: () => void;
  readonly retrying?: boolean;
  /** `inline` sits inside a form or dialog; `block` replaces a page section. */
  readonly variant?: 'inline' | 'block';
}

/** An error from the API as the user reads it: its message and its stable `extensions.code`. */
export function ApiErrorNotice({
  title,
  error,
  onRetry,
  retrying = false,
  variant = 'block',
}: ApiErrorNoticeProps) {
  const titleId = useId();
  return (
    <div
      className={variant === 'inline' ? 'api-error api-error--inline' : 'notice notice--error'}
      role="alert"
      aria-labelledby={titleId}
    >
      <p id={titleId} className="api-error__title">
        {title}
      </p>
      <p className="api-error__message">{error.message}</p>
      {error.code !== null && (
        <p className="api-error__code">
          Error code <code>{error.code}</code>
        </p>
      )}
      {onRetry !== undefined && (
        <Button
          variant="quiet"
          size="small"
          onClick={onRetry}
          busy={retrying}
          busyLabel="Retrying…"
        >
          Retry
        </Button>
      )}
    </div>
  );
}
