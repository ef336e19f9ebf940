import { Link } from 'react-router';
import { buttonClassName } from './Button';
import './ui.css';

interface PaginationProps {
  /** "Showing 1–25 of 312 returns". */
  readonly summary: string;
  /** Links, so a page is a URL; null disables the control (first or last page). */
  readonly firstUrl: string | null;
  readonly previousUrl: string | null;
  readonly nextUrl: string | null;
  readonly label?: string;
}

/** Keyset pagination: forward by cursor; back along the cursors the URL remembers. */
export function Pagination({
  summary,
  firstUrl,
  previousUrl,
  nextUrl,
  label = 'Pages',
}: PaginationProps) {
  const control = (url: string | null, text: string, rel?: string) =>
    url === null ? (
      <span className={`${buttonClassName('quiet', 'small')} is-disabled`} aria-disabled="true">
        {text}
      </span>
    ) : (
      <Link className={buttonClassName('quiet', 'small')} to={url} rel={rel}>
        {text}
      </Link>
    );
  return (
    <nav className="pagination" aria-label={label}>
      <p className="pagination__summary">{summary}</p>
      <div className="pagination__controls">
        {control(firstUrl, 'First')}
        {control(previousUrl, '← Previous', 'prev')}
        {control(nextUrl, 'Next →', 'next')}
      </div>
    </nav>
  );
}
