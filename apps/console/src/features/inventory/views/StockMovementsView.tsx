import { Link, useNavigate, useSearchParams } from 'react-router';
import { foldQuery } from '../../../lib/graphql/query-result';
import { useTypedQuery } from '../../../lib/graphql/use-typed-query';
import { positionFromParams, positionParams } from '../../../lib/page/keyset-url';
import { PageHeader } from '../../../lib/page/PageHeader';
import { SubNav } from '../../../lib/page/SubNav';
import { TableScroll } from '../../../lib/page/TableScroll';
import { ApiErrorNotice } from '../../../lib/ui/ApiErrorNotice';
import { buttonClassName } from '../../../lib/ui/Button';
import { SelectField } from '../../../lib/ui/Field';
import { formatDateTime, humanizeEnum } from '../../../lib/ui/format';
import { FIRST_PAGE, nextPage, pageIndex, previousPage } from '../../../lib/ui/keyset-pages';
import { Panel } from '../../../lib/ui/Layout';
import { Pagination } from '../../../lib/ui/Pagination';
import { EmptyState, LoadingState } from '../../../lib/ui/States';
import { inventoryLocationsQuery, stockMovementsQuery } from '../operations';
import {
  formatDelta,
  isStockMovementKind,
  STOCK_MOVEMENT_KINDS,
  stockMovementKindLabel,
} from '../stock-movement-kind';
import { stockMovementsUrl, type StockMovementsParams } from '../urls';
import { INVENTORY_TABS } from './StockLevelsView';

const PAGE_SIZE = 50;

function deltaClass(delta: number): string {
  if (delta > 0) return 'numeric positive';
  if (delta < 0) return 'numeric negative';
  return 'numeric';
}

export function StockMovementsView() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const kind = searchParams.get('kind');
  const position = positionFromParams(searchParams);
  const filters: StockMovementsParams = {
    location: searchParams.get('location') ?? undefined,
    sku: searchParams.get('sku') ?? undefined,
    kind: isStockMovementKind(kind) ? kind : undefined,
  };
  const locations = useTypedQuery({ query: inventoryLocationsQuery });
  const movements = useTypedQuery({
    query: stockMovementsQuery,
    variables: {
      first: PAGE_SIZE,
      after: position.after,
      filter: {
        ...(filters.location === undefined ? {} : { locationId: filters.location }),
        ...(filters.sku === undefined ? {} : { skuId: filters.sku }),
        ...(filters.kind === undefined ? {} : { kind: filters.kind }),
      },
    },
  });
  const filterTo = (next: StockMovementsParams) => {
    void navigate(stockMovementsUrl(next));
  };
  const pageUrl = (at: typeof position) => stockMovementsUrl({ ...filters, ...positionParams(at) });
  const locationOptions =
    locations.state === 'data'
      ? locations.data.locations.map((location) => ({
          value: location.id,
          label: `${location.code} · ${location.name}`,
        }))
      : [];
  const filtered = Object.values(filters).some((value) => value !== undefined);

  return (
    <>
      <PageHeader
        title="Stock movements"
        lead="The stock ledger, newest first: every change to a level and why it happened."
      />
      <SubNav label="Inventory pages" items={INVENTORY_TABS} />
      <div className="filter-bar" role="search" aria-label="Filter stock movements">
        <SelectField
          label="Location"
          name="location"
          value={filters.location ?? ''}
          onChange={(location) => {
            filterTo({ ...filters, location: location || undefined });
          }}
          options={locationOptions}
          placeholder="Every location"
        />
        <SelectField
          label="Kind"
          name="kind"
          value={filters.kind ?? ''}
          onChange={(value) => {
            filterTo({ ...filters, kind: isStockMovementKind(value) ? value : undefined });
          }}
          options={STOCK_MOVEMENT_KINDS}
          placeholder="Every kind"
        />
      </div>
      {foldQuery(movements, {
        fetching: () => <LoadingState label="Loading stock movements…" rows={10} />,
        error: (error, retry, retrying) => (
          <ApiErrorNotice
            title="Couldn't load stock movements"
            error={error}
            onRetry={retry}
            retrying={retrying}
          />
        ),
        data: ({ stockMovements }, refreshing) => {
          const { nodes, pageInfo } = stockMovements;
          if (nodes.length === 0)
            return (
              <EmptyState
                title="No stock movements"
                action={
                  filtered ? (
                    <Link className={buttonClassName('quiet')} to={stockMovementsUrl()}>
                      Show every movement
                    </Link>
                  ) : undefined
                }
              >
                Nothing was booked with these filters.
              </EmptyState>
            );
          const previous = previousPage(position);
          const first = pageIndex(position) * PAGE_SIZE + 1;
          return (
            <Panel title="Movements" flush meta={refreshing ? 'Updating…' : undefined}>
              <TableScroll label="Stock movements">
                <table
                  className="data-table data-table--list data-table--named-rows"
                  aria-busy={refreshing}
                >
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">SKU</th>
                      <th scope="col">Location</th>
                      <th scope="col">Change</th>
                      <th scope="col" className="numeric">
                        Sellable
                      </th>
                      <th scope="col" className="numeric">
                        Quarantine
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {nodes.map((movement) => (
                      <tr key={movement.id}>
                        <td className="nowrap">{formatDateTime(movement.createdAt)}</td>
                        <th scope="row">
                          <span className="status-name">{movement.sku.code}</span>
                          <span className="cell-sub">{movement.sku.name}</span>
                        </th>
                        <td className="nowrap">{movement.location.code}</td>
                        <td className="wide-text">
                          {stockMovementKindLabel(movement.kind)}
                          <span className="cell-sub">
                            {[humanizeEnum(movement.reason), movement.note]
                              .filter((part) => part !== null && part !== undefined && part !== '')
                              .join(' · ')}
                          </span>
                        </td>
                        <td className={deltaClass(movement.sellableDelta)}>
                          {formatDelta(movement.sellableDelta)}
                        </td>
                        <td className={deltaClass(movement.quarantineDelta)}>
                          {formatDelta(movement.quarantineDelta)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              {(position.after !== null || pageInfo.hasNextPage) && (
                <Pagination
                  label="Movement pages"
                  summary={`Movements ${first}–${first + nodes.length - 1}`}
                  firstUrl={position.after === null ? null : pageUrl(FIRST_PAGE)}
                  previousUrl={previous === null ? null : pageUrl(previous)}
                  nextUrl={
                    pageInfo.hasNextPage && typeof pageInfo.endCursor === 'string'
                      ? pageUrl(nextPage(position, pageInfo.endCursor))
                      : null
                  }
                />
              )}
            </Panel>
          );
        },
      })}
    </>
  );
}
