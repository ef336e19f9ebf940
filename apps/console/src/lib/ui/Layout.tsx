import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './ui.css';

interface PageHeaderProps {
  readonly title: ReactNode;
  readonly lead?: ReactNode;
  /** A way back up: `{ label: 'Returns', url: returnsUrl() }`. */
  readonly back?: { readonly label: string; readonly url: string };
  /** Badges beside the title (status, SLA). */
  readonly badges?: ReactNode;
  /** Buttons on the right. */
  readonly actions?: ReactNode;
}

/** The top of every page: title, optional way back, status badges and the page's actions. */
export function PageHeader({ title, lead, back, badges, actions }: PageHeaderProps) {
  return (
    <header className="page-header page-header--ui">
      {back !== undefined && (
        <Link className="page-header__back" to={back.url}>
          ← {back.label}
        </Link>
      )}
      <div className="page-header__row">
        <div className="page-header__heading">
          <h1 className="page-header__title">{title}</h1>
          {badges !== undefined && <div className="page-header__badges">{badges}</div>}
        </div>
        {actions !== undefined && <div className="page-header__actions">{actions}</div>}
      </div>
      {lead !== undefined && <p className="page-header__lead">{lead}</p>}
    </header>
  );
}

interface PanelProps {
  readonly title: string;
  /** Right of the title: a count, "Updating…", a small action. */
  readonly meta?: ReactNode;
  readonly children: ReactNode;
  /** Drops the inner padding: for a table that runs edge to edge. */
  readonly flush?: boolean;
  readonly id?: string;
}

/** A titled white card; the title is an h2 the section is labelled by. */
export function Panel({ title, meta, children, flush = false, id }: PanelProps) {
  const titleId = `${id ?? title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-title`;
  return (
    <section className="panel" aria-labelledby={titleId} id={id}>
      <header className="panel__header">
        <h2 id={titleId} className="panel__title">
          {title}
        </h2>
        {meta !== undefined && <div className="panel__meta">{meta}</div>}
      </header>
      <div className={flush ? 'panel__body panel__body--flush' : 'panel__body'}>{children}</div>
    </section>
  );
}

export interface DescriptionItem {
  readonly term: string;
  readonly value: ReactNode;
}

/** Label/value pairs in a grid ("Order · 112-…", "Customer · Emma Diaz"). */
export function DescriptionList({ items }: { readonly items: readonly DescriptionItem[] }) {
  return (
    <dl className="description-list">
      {items.map((item) => (
        <div key={item.term} className="description-list__item">
          <dt>{item.term}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Money, counts and ids in tabular figures, right-aligned by the table. */
export function Numeric({ children }: { readonly children: ReactNode }) {
  return <span className="numeric-value">{children}</span>;
}
