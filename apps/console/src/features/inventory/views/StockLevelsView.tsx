import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatCount } from '../../../lib/format';
import { foldQuery } from '../../../lib/graphql/query-result';
import { useTypedMutation } from '../../../lib/graphql/use-typed-mutation';
import { useTypedQuery } from '../../../lib/graphql/use-typed-query';
import { PageHeader } from '../../../lib/page/PageHeader';
import { SubNav } from '../../../lib/page/SubNav';
import { TableScroll } from '../../../lib/page/TableScroll';
import { ApiErrorNotice } from '../../../lib/ui/ApiErrorNotice';
import { buttonClassName } from '../../../lib/ui/Button';
import { SelectField, TextField } from '../../../lib/ui/Field';
import { formatDateTime } from '../../../lib/ui/format';
import { Panel } from '../../../lib/ui/Layout';
import { EmptyState, LoadingState, SuccessNotice } from '../../../lib/ui/States';
import { useSignedInUser } from '../../auth/signed-in-user';
import { toAdjustStockInput } from '../adjust-stock-form';
import { AdjustStockDialog } from '../components/AdjustStockDialog';
import { adjustStockMutation, inventoryLocationsQuery, stockLevelsQuery } from '../operations';
import { canAdjustStock } from '../permissions';
import { filterStockLevels, totalStock, type StockLevelRow } from '../stock-levels';
import {
  inventoryUrl,
  parseStockLevelKey,
  stockLevelKey,
  stockMovementsUrl,
  type StockLevelsParams,
} from '../urls';

export const INVENTORY_TABS = [
  { label: 'Stock levels', url: inventoryUrl() },
  { label: 'Movements', url: stockMovementsUrl() },
];

export function StockLevelsView() {
  const { roles } = useSignedInUser();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const params: StockLevelsParams = {
    location: searchParams.get('location') ?? undefined,
    q: searchParams.get('q') ?? undefined,
    adjust: searchParams.get('adjust') ?? undefined,
  };
  const [search, setSearch] = useState(params.q ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const locations = useTypedQuery({ query: inventoryLocationsQuery });
  const levels = useTypedQuery({
    query: stockLevelsQuery,
    variables: { locationId: params.location ?? null },
  });
  const adjust = useTypedMutation(adjustStockMutation);
  const mayAdjust = canAdjustStock(roles);
  const target = mayAdjust ? parseStockLevelKey(params.adjust ?? null) : null;

  const go = (next: StockLevelsParams, replace = true) => {
    void navigate(inventoryUrl(next), { replace });
  };

  const locationOptions =
    locations.state === 'data'
      ? locations.data.locations.map((location) => ({
          value: location.id,
          label: `${location.code} · ${location.name}`,
        }))
      : [];

  return (
    <>
      <PageHeader
        title="Inventory"
        lead="Sellable and quarantined units of every SKU at each location; correct a level after a count."
      />
      <SubNav label="Inventory pages" items={INVENTORY_TABS} />
      <form
        className="filter-bar"
        role="search"
        aria-label="Filter stock levels"
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(null);
          go({ ...params, q: search.trim() || undefined, adjust: undefined });
        }}
      >
        <SelectField
          label="Location"
          name="location"
          value={params.location ?? ''}
          onChange={(location) => {
            setSaved(null);
            go({ ...params, location: location || undefined, adjust: undefined });
          }}
          options={locationOptions}
          placeholder="Every location"
        />
        <TextField
          label="SKU code, name or category"
          name="q"
          type="search"
          value={search}
          onChange={setSearch}
        />
        <div className="filter-bar__actions">
          <button type="submit" className={buttonClassName('quiet')}>
            Search
          </button>
        </div>
      </form>
      {saved !== null && <SuccessNotice>{saved}</SuccessNotice>}
      {foldQuery(levels, {
        fetching: () => <LoadingState label="Loading stock levels…" rows={8} />,
        error: (error, retry, retrying) => (
          <ApiErrorNotice
            title="Couldn't load stock levels"
            error={error}
            onRetry={retry}
            retrying={retrying}
          />
        ),
        data: (data, refreshing) => {
          const rows = filterStockLevels(data.stockLevels, params.q ?? '');
          const adjusting =
            target === null
              ? undefined
              : data.stockLevels.find(
                  (row) => row.skuId === target.skuId && row.location.id === target.locationId,
                );
          const filtered = params.q !== undefined || params.location !== undefined;
          return (
            <>
              {adjusting !== undefined && (
                <AdjustStockDialog
                  key={stockLevelKey(adjusting.skuId, adjusting.location.id)}
                  level={adjusting}
                  onClose={() => {
                    go({ ...params, adjust: undefined });
                  }}
                  sending={adjust.sending}
                  onSubmit={async (values) => {
                    const outcome = await adjust.run({
                      input: toAdjustStockInput(values, {
                        skuId: adjusting.skuId,
                        locationId: adjusting.location.id,
                      }),
                    });
                    if (!outcome.ok) return outcome.error;
                    const level = outcome.data.adjustStock.stockLevel;
                    setSaved(
                      `Stock adjusted: ${adjusting.sku.code} at ${adjusting.location.code} now has ${formatCount(level.sellable)} sellable and ${formatCount(level.quarantine)} in quarantine.`,
                    );
                    go({ ...params, adjust: undefined });
                    return null;
                  }}
                />
              )}
              {rows.length === 0 ? (
                <EmptyState
                  title={filtered ? 'No stock levels match' : 'No stock yet'}
                  action={
                    filtered ? (
                      <Link className={buttonClassName('quiet')} to={inventoryUrl()}>
                        Show every level
                      </Link>
                    ) : undefined
                  }
                >
                  {filtered
                    ? 'No SKU at this location has a code, name or category containing that text.'
                    : 'No SKU has held stock yet. Levels appear with the first movement.'}
                </EmptyState>
              ) : (
                <StockLevelsTable
                  rows={rows}
                  refreshing={refreshing}
                  adjustUrl={
                    mayAdjust
                      ? (row) =>
                          inventoryUrl({
                            ...params,
                            adjust: stockLevelKey(row.skuId, row.location.id),
                          })
                      : null
                  }
                />
              )}
            </>
          );
        },
      })}
    </>
  );
}

interface StockLevelsTableProps {
  readonly rows: readonly StockLevelRow[];
  readonly refreshing: boolean;
  /** Where "Adjust" leads for a row; null when the user may not adjust stock. */
  readonly adjustUrl: ((row: StockLevelRow) => string) | null;
}

function StockLevelsTable({ rows, refreshing, adjustUrl }: StockLevelsTableProps) {
  const totals = totalStock(rows);
  return (
    <Panel
      title="Stock levels"
      flush
      meta={
        refreshing
          ? 'Updating…'
          : `${formatCount(totals.skus)} SKUs · ${formatCount(totals.sellable)} sellable · ${formatCount(totals.quarantine)} in quarantine`
      }
    >
      <TableScroll label="Stock levels">
        <table
          className="data-table data-table--list data-table--named-rows"
          aria-busy={refreshing}
        >
          <thead>
            <tr>
              <th scope="col">SKU</th>
              <th scope="col">Category</th>
              <th scope="col">Location</th>
              <th scope="col" className="numeric">
                Sellable
              </th>
              <th scope="col" className="numeric">
                Quarantine
              </th>
              <th scope="col">Updated</th>
              {adjustUrl !== null && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.skuId}@${row.location.id}`}>
                <th scope="row">
                  <span className="status-name">{row.sku.code}</span>
                  <span className="cell-sub">{row.sku.name}</span>
                </th>
                <td>{row.sku.category}</td>
                <td className="nowrap">{row.location.code}</td>
                <td className="numeric">{formatCount(row.sellable)}</td>
                <td className="numeric">{formatCount(row.quarantine)}</td>
                <td className="nowrap">{formatDateTime(row.updatedAt)}</td>
                {adjustUrl !== null && (
                  <td className="actions">
                    <Link
                      className={buttonClassName('quiet', 'small')}
                      to={adjustUrl(row)}
                      aria-label={`Adjust ${row.sku.code} at ${row.location.code}`}
                    >
                      Adjust
                    </Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Panel>
  );
}
