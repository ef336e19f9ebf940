import { formatCount } from '../../../lib/format';
import type { ReturnStatsSummary } from '../return-stats';

interface ReturnStatsCardsProps {
  readonly summary: ReturnStatsSummary;
}

export function ReturnStatsCards({ summary }: ReturnStatsCardsProps) {
  return (
    <dl className="stat-cards">
      <div className="stat-card stat-card--headline">
        <dt className="stat-card__label">Returns</dt>
        <dd className="stat-card__value">{formatCount(summary.total)}</dd>
        <dd className="stat-card__hint">All RMAs, open and closed</dd>
      </div>
      <div className="stat-card">
        <dt className="stat-card__label">Open</dt>
        <dd className="stat-card__value">{formatCount(summary.open)}</dd>
        <dd className="stat-card__hint">Requested to inspected: still need work</dd>
      </div>
      <div className="stat-card">
        <dt className="stat-card__label">Closed</dt>
        <dd className="stat-card__value">{formatCount(summary.closed)}</dd>
        <dd className="stat-card__hint">Completed, rejected or cancelled</dd>
      </div>
    </dl>
  );
}
