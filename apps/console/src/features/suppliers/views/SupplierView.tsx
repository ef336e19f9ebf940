import { Link, useParams } from 'react-router';
import { foldQuery } from '../../../lib/graphql/query-result';
import { useTypedQuery } from '../../../lib/graphql/use-typed-query';
import { PageHeader } from '../../../lib/page/PageHeader';
import { ApiErrorNotice } from '../../../lib/ui/ApiErrorNotice';
import { buttonClassName } from '../../../lib/ui/Button';
import { formatDate, formatMoney } from '../../../lib/ui/format';
import { DescriptionList, Panel } from '../../../lib/ui/Layout';
import { EmptyState, LoadingState } from '../../../lib/ui/States';
import { useSignedInUser } from '../../auth/signed-in-user';
import { supplierClaimsUrl } from '../../finance/urls';
import { supplierOwesQuery, supplierQuery, type SupplierAddress } from '../operations';
import { canSeeSupplierMoney } from '../permissions';
import { describeDays, describeReturnWindow } from '../supplier-terms';
import { suppliersUrl } from '../urls';

const BACK = { label: 'Suppliers', url: suppliersUrl() };

export function SupplierView() {
  const { supplierId = '' } = useParams();
  const { roles } = useSignedInUser();
  const supplier = useTypedQuery({ query: supplierQuery, variables: { id: supplierId } });

  return foldQuery(supplier, {
    fetching: () => (
      <>
        <PageHeader title="Supplier" back={BACK} />
        <LoadingState label="Loading the supplier…" rows={6} />
      </>
    ),
    error: (error, retry, retrying) => (
      <>
        <PageHeader title="Supplier" back={BACK} />
        <ApiErrorNotice
          title="Couldn't load the supplier"
          error={error}
          onRetry={retry}
          retrying={retrying}
        />
      </>
    ),
    data: (data) => {
      const found = data.supplier;
      if (found === null || found === undefined)
        return (
          <>
            <PageHeader title="Supplier not found" back={BACK} />
            <EmptyState
              title="No supplier has this id"
              action={
                <Link className={buttonClassName('quiet')} to={suppliersUrl()}>
                  Back to suppliers
                </Link>
              }
            >
              It may have been removed, or the link is mistyped.
            </EmptyState>
          </>
        );
      return (
        <>
          <PageHeader
            title={found.name}
            back={BACK}
            lead={`Supplier ${found.code}, on file since ${formatDate(found.createdAt)}.`}
          />
          <Panel title="Terms and contact">
            <DescriptionList
              items={[
                { term: 'Code', value: found.code },
                {
                  term: 'Contact',
                  value: <a href={`mailto:${found.contactEmail}`}>{found.contactEmail}</a>,
                },
                {
                  term: 'Return window',
                  value: `${describeReturnWindow(found.returnWindowDays)} from delivery`,
                },
                {
                  term: 'Claim terms',
                  value: `${describeDays(found.claimTermsDays)} to settle a recovery claim`,
                },
                {
                  term: 'Supplier-fault returns go to',
                  value: <ReturnAddress address={found.returnAddress} />,
                },
              ]}
            />
          </Panel>
          {canSeeSupplierMoney(roles) && <SupplierOwes supplierId={found.id} />}
        </>
      );
    },
  });
}

function ReturnAddress({ address }: { readonly address: SupplierAddress | null | undefined }) {
  if (address === null || address === undefined)
    return <>The returns centre: no supplier warehouse is on file.</>;
  return (
    <address className="postal-address">
      {address.name} ({address.code})
      <br />
      {address.addressLine1}
      {address.addressLine2 !== null && address.addressLine2 !== undefined && (
        <>
          <br />
          {address.addressLine2}
        </>
      )}
      <br />
      {[address.postalCode, address.city, address.region].filter(Boolean).join(' ')},{' '}
      {address.countryCode}
    </address>
  );
}

function SupplierOwes({ supplierId }: { readonly supplierId: string }) {
  const balances = useTypedQuery({ query: supplierOwesQuery });
  return (
    <Panel
      title="What this supplier owes"
      flush
      meta={
        <Link
          className={buttonClassName('quiet', 'small')}
          to={supplierClaimsUrl({ supplier: supplierId })}
        >
          See its claims
        </Link>
      }
    >
      {foldQuery(balances, {
        fetching: () => <LoadingState label="Loading what the supplier owes…" rows={2} />,
        error: (error, retry, retrying) => (
          <ApiErrorNotice
            title="Couldn't load the supplier's balance"
            error={error}
            onRetry={retry}
            retrying={retrying}
          />
        ),
        data: (data) => {
          const mine = data.supplierBalances.filter((row) => row.supplier.id === supplierId);
          if (mine.length === 0)
            return (
              <EmptyState title="Nothing owed">No claims against this supplier yet.</EmptyState>
            );
          return (
            <table className="data-table data-table--list data-table--named-rows">
              <thead>
                <tr>
                  <th scope="col">Currency</th>
                  <th scope="col" className="numeric">
                    Claimed
                  </th>
                  <th scope="col" className="numeric">
                    Credited
                  </th>
                  <th scope="col" className="numeric">
                    Outstanding
                  </th>
                  <th scope="col" className="numeric">
                    Overdue
                  </th>
                  <th scope="col">Oldest outstanding</th>
                </tr>
              </thead>
              <tbody>
                {mine.map((row) => (
                  <tr key={row.currency}>
                    <th scope="row">{row.currency}</th>
                    <td className="numeric">{formatMoney(row.claimed, row.currency)}</td>
                    <td className="numeric">{formatMoney(row.credited, row.currency)}</td>
                    <td className="numeric">{formatMoney(row.outstanding, row.currency)}</td>
                    <td className="numeric">{formatMoney(row.overdue, row.currency)}</td>
                    <td>
                      {row.oldestOutstandingAgeDays === null ||
                      row.oldestOutstandingAgeDays === undefined
                        ? 'Nothing outstanding'
                        : `${describeDays(row.oldestOutstandingAgeDays)} old`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        },
      })}
    </Panel>
  );
}
