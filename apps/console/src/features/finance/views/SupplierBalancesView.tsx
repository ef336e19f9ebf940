import { Link } from 'react-router';
import { foldQuery } from '../../../lib/graphql/query-result';
import { useTypedQuery } from '../../../lib/graphql/use-typed-query';
import { TableScroll } from '../../../lib/page/TableScroll';
import { ApiErrorNotice } from '../../../lib/ui/ApiErrorNotice';
import { formatMoney } from '../../../lib/ui/format';
import { Panel } from '../../../lib/ui/Layout';
import { EmptyState, LoadingState } from '../../../lib/ui/States';
import { supplierUrl } from '../../suppliers/urls';
import { FinancePageHeader } from '../components/FinanceTabs';
import { supplierBalancesQuery } from '../operations';
import { supplierClaimsUrl } from '../urls';

export function SupplierBalancesView() {
  const balances = useTypedQuery({ query: supplierBalancesQuery, variables: { currency: null } });
  return (
    <>
      <FinancePageHeader />
      {foldQuery(balances, {
        fetching: () => <LoadingState label="Loading what suppliers owe…" rows={5} />,
        error: (error, retry, retrying) => (
          <ApiErrorNotice
            title="Couldn't load supplier balances"
            error={error}
            onRetry={retry}
            retrying={retrying}
          />
        ),
        data: ({ supplierBalances }, refreshing) => {
          if (supplierBalances.length === 0)
            return (
              <EmptyState title="No supplier owes anything">
                Claims open when a refund for a supplier-fault return is issued.
              </EmptyState>
            );
          return (
            <>
              <Panel
                title="What each supplier owes"
                flush
                meta={refreshing ? 'Updating…' : 'Outstanding: claims open or sent to the supplier'}
              >
                <TableScroll label="What each supplier owes">
                  <table
                    className="data-table data-table--list data-table--named-rows"
                    aria-busy={refreshing}
                  >
                    <thead>
                      <tr>
                        <th scope="col">Supplier</th>
                        <th scope="col" className="numeric">
                          Outstanding
                        </th>
                        <th scope="col" className="numeric">
                          Overdue
                        </th>
                        <th scope="col" className="numeric">
                          Credited
                        </th>
                        <th scope="col" className="numeric">
                          Refused
                        </th>
                        <th scope="col" className="numeric">
                          Written off
                        </th>
                        <th scope="col">Claims</th>
                      </tr>
                    </thead>
                    <tbody>
                      {supplierBalances.map((row) => {
                        const money = (amount: number) => formatMoney(amount, row.currency);
                        const outstandingClaims = row.counts.open + row.counts.submitted;
                        return (
                          <tr key={`${row.supplier.id}-${row.currency}`}>
                            <th scope="row">
                              <Link to={supplierUrl(row.supplier.id)} className="status-name">
                                {row.supplier.name}
                              </Link>
                              <span className="cell-sub">
                                {row.currency} · claim terms {row.supplier.claimTermsDays} days
                              </span>
                            </th>
                            <td className="numeric">{money(row.outstanding)}</td>
                            <td className={row.overdue > 0 ? 'numeric negative' : 'numeric'}>
                              {money(row.overdue)}
                            </td>
                            <td className="numeric">{money(row.credited)}</td>
                            <td className="numeric">{money(row.rejected)}</td>
                            <td className="numeric">{money(row.writtenOff)}</td>
                            <td className="nowrap">
                              <Link to={supplierClaimsUrl({ supplier: row.supplier.id })}>
                                {outstandingClaims} outstanding
                              </Link>
                              <span className="cell-sub">
                                {row.counts.accepted} accepted · {row.counts.rejected} refused
                              </span>
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </TableScroll>
              </Panel>
              <Panel
                title="Ageing of what is outstanding"
                flush
                meta="By the day each claim opened"
              >
                <TableScroll label="Ageing of what is outstanding">
                  <table className="data-table data-table--list data-table--named-rows">
                    <thead>
                      <tr>
                        <th scope="col">Supplier</th>
                        <th scope="col" className="numeric">
                          0–30 days
                        </th>
                        <th scope="col" className="numeric">
                          31–60 days
                        </th>
                        <th scope="col" className="numeric">
                          61–90 days
                        </th>
                        <th scope="col" className="numeric">
                          Over 90 days
                        </th>
                        <th scope="col">Oldest outstanding</th>
                      </tr>
                    </thead>
                    <tbody>
                      {supplierBalances.map((row) => {
                        const money = (amount: number) => formatMoney(amount, row.currency);
                        const oldest = row.oldestOutstandingAgeDays;
                        return (
                          <tr key={`${row.supplier.id}-${row.currency}`}>
                            <th scope="row">
                              {row.supplier.name}
                              <span className="cell-sub">{row.currency}</span>
                            </th>
                            <td className="numeric">{money(row.ageing.days0To30)}</td>
                            <td className="numeric">{money(row.ageing.days31To60)}</td>
                            <td className="numeric">{money(row.ageing.days61To90)}</td>
                            <td
                              className={row.ageing.over90Days > 0 ? 'numeric negative' : 'numeric'}
                            >
                              {money(row.ageing.over90Days)}
                            </td>
                            <td>
                              {oldest === null || oldest === undefined
                                ? 'Nothing outstanding'
                                : `${oldest} ${oldest === 1 ? 'day' : 'days'}`}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </TableScroll>
              </Panel>
            </>
          );
        },
      })}
    </>
  );
}
