import { RETURN_STATUS_LIFECYCLE } from '../../returns/return-status';

/** Same shape as the loaded dashboard, so nothing jumps when the counts arrive. */
export function ReturnStatsSkeleton() {
  return (
    <div className="skeleton-group" aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading return counts…
      </p>
      <div className="stat-cards" aria-hidden="true">
        {[0, 1, 2].map((card) => (
          <div key={card} className="stat-card">
            <span className="skeleton skeleton--text" />
            <span className="skeleton skeleton--value" />
          </div>
        ))}
      </div>
      <div className="panel" aria-hidden="true">
        <div className="panel__header">
          <span className="skeleton skeleton--title" />
        </div>
        {RETURN_STATUS_LIFECYCLE.map((status) => (
          <div key={status} className="skeleton-row">
            <span className="skeleton skeleton--text" />
            <span className="skeleton skeleton--number" />
          </div>
        ))}
      </div>
    </div>
  );
}
