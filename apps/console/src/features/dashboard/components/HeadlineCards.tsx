import { Link } from 'react-router';
import type { DateRange } from '../../../lib/date-range';
import { formatCount } from '../../../lib/format';
import type { QueryResult } from '../../../lib/graphql/query-result';
import { useTypedQuery } from '../../../lib/graphql/use-typed-query';
import { formatMoney } from '../../../lib/ui/format';
import { RETURN_STATUS_LIFECYCLE, isClosedReturnStatus } from '../../returns/return-status';
import type { DashboardAccess } from '../dashboard-access';
import { formatRate, refundsByWeek } from '../dashboard-charts';
import { dashboardOverdueQuery } from '../operations';
import { openReturnsUrl, overdueReturnsUrl } from '../returns-links';
import type { ReturnStatsSummary } from '../return-stats';
import { useRefundsByWeek, useReturnRate } from '../use-dashboard-queries';

interface CardProps {
  readonly label: string;
  readonly value: string;
  readonly hint: string;
  readonly href?: string | undefined;
  readonly headline?: boolean;
}

function Card({ label, value, hint, href, headline = false }: CardProps) {
  return (
    <div className={headline ? 'stat-card stat-card--headline' : 'stat-card'}>
      <dt className="stat-card__label">{label}</dt>
      <dd className="stat-card__value">
        {href === undefined ? (
          value
        ) : (
          <Link
            to={href}
            className="stat-card__link"
            aria-label={`${label}: ${value}. ${hint}. Open the list.`}
          >
            {value}
          </Link>
        )}
      </dd>
      <dd className="stat-card__hint">{hint}</dd>
    </div>
  );
}

/** A card's value while its query is out or failed: never a blank. */
function cardValue<Data>(result: QueryResult<Data>, read: (data: Data) => string): string {
  if (result.state === 'fetching') return '…';
  if (result.state === 'error') return 'n/a';
  return read(result.data);
}

function cardHint<Data>(result: QueryResult<Data>, read: (data: Data) => string): string {
  if (result.state === 'error')
    return `Couldn't load: ${result.error.code ?? result.error.message}`;
  if (result.state === 'fetching') return 'Loading…';
  return read(result.data);
}

const OPEN_STATUSES = RETURN_STATUS_LIFECYCLE.filter((status) => !isClosedReturnStatus(status));

interface HeadlineCardsProps {
  readonly summary: ReturnStatsSummary;
  readonly range: DateRange;
  readonly access: DashboardAccess;
}

/** Open and overdue now; return rate and refunds over the picked range, for those allowed. */
export function HeadlineCards({ summary, range, access }: HeadlineCardsProps) {
  const overdue = useTypedQuery({ query: dashboardOverdueQuery });
  const rate = useReturnRate(range, !access.analytics);
  const refunds = useRefundsByWeek(range, !access.refunds);
  return (
    <dl className="stat-cards stat-cards--four">
      <Card
        headline
        label="Open returns"
        value={formatCount(summary.open)}
        hint={`Requested to inspected, of ${formatCount(summary.total)} in all`}
        href={openReturnsUrl(OPEN_STATUSES)}
      />
      <Card
        label="Overdue"
        value={cardValue(overdue, (data) => formatCount(data.returns.totalCount))}
        hint="An SLA clock has run out"
        href={overdueReturnsUrl()}
      />
      {access.analytics && (
        <Card
          label="Return rate"
          value={cardValue(rate, (data) => formatRate(data.returnRate.total.rate))}
          hint={cardHint(
            rate,
            (data) =>
              `${formatCount(data.returnRate.total.unitsReturned)} of ${formatCount(data.returnRate.total.unitsSold)} units sold, in range`,
          )}
        />
      )}
      {access.refunds && (
        <Card
          label="Refunded"
          value={cardValue(refunds, (data) => {
            const byCurrency = refundsByWeek(data.refundReport, range);
            return byCurrency.length === 0
              ? formatMoney(0, 'USD')
              : byCurrency.map((c) => formatMoney(c.total, c.currency)).join(' · ');
          })}
          hint={cardHint(refunds, (data) => {
            const count = data.refundReport.reduce((sum, row) => sum + row.refundCount, 0);
            return `${formatCount(count)} issued refunds created in range`;
          })}
        />
      )}
    </dl>
  );
}
