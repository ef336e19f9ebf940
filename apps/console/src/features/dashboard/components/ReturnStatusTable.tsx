import { Link } from 'react-router';
import { formatCount, formatShare } from '../../../lib/format';
import { returnStatusDescription, returnStatusLabel } from '../../returns/return-status';
import { returnsWithStatusUrl } from '../returns-links';
import type { ReturnStatsSummary, ReturnStatusRow } from '../return-stats';

interface ReturnStatusTableProps {
  readonly summary: ReturnStatsSummary;
  /** Newer counts are loading; the current ones stay readable meanwhile. */
  readonly refreshing: boolean;
}

function StatusRows({
  rows,
  total,
}: {
  readonly rows: readonly ReturnStatusRow[];
  readonly total: number;
}) {
  return rows.map((row) => {
    const share = total > 0 ? row.count / total : 0;
    return (
      <tr key={row.status} className={row.count === 0 ? 'is-zero' : undefined}>
        <th scope="row">
          <Link className="status-name" to={returnsWithStatusUrl(row.status)}>
            {returnStatusLabel(row.status)}
          </Link>
          <span className="status-description">{returnStatusDescription(row.status)}</span>
        </th>
        <td className="numeric">{formatCount(row.count)}</td>
        <td className="share">
          <div className="share__cell">
            <span className="share__bar" aria-hidden="true">
              <span className="share__fill" style={{ inlineSize: `${share * 100}%` }} />
            </span>
            <span className="share__value">{formatShare(row.count, total)}</span>
          </div>
        </td>
      </tr>
    );
  });
}

export function ReturnStatusTable({ summary, refreshing }: ReturnStatusTableProps) {
  const open = summary.rows.filter((row) => !row.closed);
  const closed = summary.rows.filter((row) => row.closed);
  return (
    <section className="panel" aria-labelledby="returns-by-status-title" aria-busy={refreshing}>
      <header className="panel__header">
        <h2 id="returns-by-status-title" className="panel__title">
          Returns by status
        </h2>
        {refreshing && <span className="panel__meta">Updating…</span>}
      </header>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col" className="numeric">
              Returns
            </th>
            <th scope="col" className="share">
              Share of all returns
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="row-group">
            <th scope="rowgroup" colSpan={3}>
              Open
            </th>
          </tr>
          <StatusRows rows={open} total={summary.total} />
        </tbody>
        <tbody>
          <tr className="row-group">
            <th scope="rowgroup" colSpan={3}>
              Closed
            </th>
          </tr>
          <StatusRows rows={closed} total={summary.total} />
        </tbody>
      </table>
    </section>
  );
}
