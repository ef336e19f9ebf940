import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { foldQuery } from '../../../lib/graphql/query-result';
import { useTypedQuery } from '../../../lib/graphql/use-typed-query';
import { positionFromParams, positionParams } from '../../../lib/page/keyset-url';
import { PageHeader } from '../../../lib/page/PageHeader';
import { TableScroll } from '../../../lib/page/TableScroll';
import { ApiErrorNotice } from '../../../lib/ui/ApiErrorNotice';
import { buttonClassName } from '../../../lib/ui/Button';
import { TextField } from '../../../lib/ui/Field';
import { FIRST_PAGE, nextPage, pageIndex, previousPage } from '../../../lib/ui/keyset-pages';
import { Panel } from '../../../lib/ui/Layout';
import { Pagination } from '../../../lib/ui/Pagination';
import { EmptyState, LoadingState } from '../../../lib/ui/States';
import { suppliersQuery } from '../operations';
import { describeDays, describeReturnWindow } from '../supplier-terms';
import { supplierUrl, suppliersUrl } from '../urls';

const PAGE_SIZE = 25;

export function SuppliersView() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const q = searchParams.get('q') ?? undefined;
  const position = positionFromParams(searchParams);
  const [search, setSearch] = useState(q ?? '');
  const suppliers = useTypedQuery({
    query: suppliersQuery,
    variables: { search: q ?? null, first: PAGE_SIZE, after: position.after },
  });
  const pageUrl = (at: typeof position) => suppliersUrl({ q, ...positionParams(at) });

  return (
    <>
      <PageHeader
        title="Suppliers"
        lead="Who ships your products, their return terms and where supplier-fault returns go."
      />
      <form
        className="filter-bar"
        role="search"
        aria-label="Search suppliers"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate(suppliersUrl({ q: search.trim() || undefined }));
        }}
      >
        <TextField
          label="Name or code"
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
      {foldQuery(suppliers, {
        fetching: () => <LoadingState label="Loading suppliers…" rows={5} />,
        error: (error, retry, retrying) => (
          <ApiErrorNotice
            title="Couldn't load suppliers"
            error={error}
            onRetry={retry}
            retrying={retrying}
          />
        ),
        data: ({ suppliers: { nodes, pageInfo } }, refreshing) => {
          if (nodes.length === 0)
            return (
              <EmptyState
                title="No suppliers found"
                action={
                  q === undefined ? undefined : (
                    <Link className={buttonClassName('quiet')} to={suppliersUrl()}>
                      Show every supplier
                    </Link>
                  )
                }
              >
                {q === undefined
                  ? 'No supplier is on file yet.'
                  : `No supplier name or code contains “${q}”.`}
              </EmptyState>
            );
          const previous = previousPage(position);
          const first = pageIndex(position) * PAGE_SIZE + 1;
          return (
            <Panel title="Suppliers" flush meta={refreshing ? 'Updating…' : undefined}>
              <TableScroll label="Suppliers">
                <table
                  className="data-table data-table--list data-table--named-rows"
                  aria-busy={refreshing}
                >
                  <thead>
                    <tr>
                      <th scope="col">Supplier</th>
                      <th scope="col">Contact</th>
                      <th scope="col">Return window</th>
                      <th scope="col">Claim terms</th>
                      <th scope="col">Supplier-fault returns go to</th>
                    </tr>
                  </thead>
                  <tbody>
                    {nodes.map((supplier) => (
                      <tr key={supplier.id}>
                        <th scope="row">
                          <Link to={supplierUrl(supplier.id)} className="status-name">
                            {supplier.name}
                          </Link>
                          <span className="cell-sub">{supplier.code}</span>
                        </th>
                        <td>{supplier.contactEmail}</td>
                        <td>{describeReturnWindow(supplier.returnWindowDays)}</td>
                        <td>{describeDays(supplier.claimTermsDays)}</td>
                        <td>
                          {supplier.returnAddress === null || supplier.returnAddress === undefined
                            ? 'Returns centre (no warehouse on file)'
                            : `Own warehouse, ${supplier.returnAddress.city} (${supplier.returnAddress.countryCode})`}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              {(position.after !== null || pageInfo.hasNextPage) && (
                <Pagination
                  label="Supplier pages"
                  summary={`Suppliers ${first}–${first + nodes.length - 1}`}
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
