import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ApiError } from '../../../lib/graphql/api-error';
import type { SupplierClaimsQuery } from '../../../lib/graphql/generated/graphql';
import type { MutationOutcome } from '../../../lib/graphql/mutation-outcome';
import { foldQuery } from '../../../lib/graphql/query-result';
import { useTypedMutation } from '../../../lib/graphql/use-typed-mutation';
import { useTypedQuery } from '../../../lib/graphql/use-typed-query';
import { parseMoneyInput } from '../../../lib/money';
import { positionFromParams, positionParams } from '../../../lib/page/keyset-url';
import { TableScroll } from '../../../lib/page/TableScroll';
import { ApiErrorNotice } from '../../../lib/ui/ApiErrorNotice';
import { Badge } from '../../../lib/ui/Badge';
import { buttonClassName } from '../../../lib/ui/Button';
import { SelectField } from '../../../lib/ui/Field';
import { formatDate, formatMoney } from '../../../lib/ui/format';
import {
  FIRST_PAGE,
  nextPage,
  pageIndex,
  previousPage,
  type KeysetPosition,
} from '../../../lib/ui/keyset-pages';
import { Panel } from '../../../lib/ui/Layout';
import { Pagination } from '../../../lib/ui/Pagination';
import { EmptyState, LoadingState, SuccessNotice } from '../../../lib/ui/States';
import {
  DECISION_SHORT_LABELS,
  decisionKey,
  decisionsFor,
  parseDecisionKey,
  type ClaimDecision,
  type ClaimDecisionValues,
} from '../claim-decision-form';
import { CLAIM_STATUSES, claimStatusLabel, claimStatusTone, isClaimStatus } from '../claim-status';
import { ClaimDecisionDialog } from '../components/ClaimDecisionDialog';
import { FinancePageHeader } from '../components/FinanceTabs';
import {
  acceptSupplierClaimMutation,
  claimSuppliersQuery,
  rejectSupplierClaimMutation,
  submitSupplierClaimMutation,
  supplierClaimsQuery,
} from '../operations';
import { supplierClaimsUrl, type SupplierClaimsParams } from '../urls';

type Claim = SupplierClaimsQuery['supplierClaims']['nodes'][number];

function describeAge(days: number): string {
  if (days === 0) return 'today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

const PAGE_SIZE = 25;
const DONE: Readonly<Record<ClaimDecision, string>> = {
  submit: 'marked as sent to the supplier',
  accept: 'recorded as accepted',
  reject: 'recorded as refused',
};

/** The three claim-decision mutations behind one `send`. */
function useClaimDecision() {
  const submit = useTypedMutation(submitSupplierClaimMutation);
  const accept = useTypedMutation(acceptSupplierClaimMutation);
  const reject = useTypedMutation(rejectSupplierClaimMutation);
  const send = async (
    decision: ClaimDecision,
    claim: Claim,
    values: ClaimDecisionValues,
  ): Promise<ApiError | null> => {
    const reference = values.supplierReference.trim();
    const withReference = reference === '' ? {} : { supplierReference: reference };
    let outcome: MutationOutcome<unknown>;
    if (decision === 'submit') {
      outcome = await submit.run({ input: { id: claim.id, ...withReference } });
    } else if (decision === 'accept') {
      // Checked by validateClaimDecision before the dialog lets the values through.
      const credited = parseMoneyInput(values.credited, claim.amount.currency) ?? 0;
      outcome = await accept.run({ input: { id: claim.id, credited, ...withReference } });
    } else {
      outcome = await reject.run({ input: { id: claim.id, reason: values.reason.trim() } });
    }
    return outcome.ok ? null : outcome.error;
  };
  return { send, sending: submit.sending || accept.sending || reject.sending };
}

function readParams(search: URLSearchParams): SupplierClaimsParams {
  const status = search.get('status');
  return {
    status: isClaimStatus(status) ? status : undefined,
    supplier: search.get('supplier') ?? undefined,
    overdue: search.get('overdue') === 'true' ? true : undefined,
    decide: search.get('decide') ?? undefined,
    ...positionParams(positionFromParams(search)),
  };
}

export function SupplierClaimsView() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const params = readParams(searchParams);
  const position = positionFromParams(searchParams);
  const [done, setDone] = useState<string | null>(null);
  const suppliers = useTypedQuery({ query: claimSuppliersQuery });
  const claims = useTypedQuery({
    query: supplierClaimsQuery,
    variables: {
      first: PAGE_SIZE,
      after: position.after,
      filter: {
        ...(params.status === undefined ? {} : { status: [params.status] }),
        ...(params.supplier === undefined ? {} : { supplierId: params.supplier }),
        ...(params.overdue === undefined ? {} : { overdue: true }),
      },
    },
  });
  const decision = useClaimDecision();
  const open = parseDecisionKey(params.decide ?? null);
  const filterTo = (next: SupplierClaimsParams) => {
    setDone(null);
    void navigate(
      supplierClaimsUrl({ ...next, after: undefined, trail: undefined, decide: undefined }),
    );
  };
  const closeDecision = () => {
    void navigate(supplierClaimsUrl({ ...params, decide: undefined }), { replace: true });
  };
  const pageUrl = (at: KeysetPosition) =>
    supplierClaimsUrl({ ...params, decide: undefined, ...positionParams(at) });
  const filtered =
    params.status !== undefined || params.supplier !== undefined || params.overdue !== undefined;

  return (
    <>
      <FinancePageHeader />
      <div className="filter-bar" role="search" aria-label="Filter supplier claims">
        <SelectField
          label="Status"
          name="status"
          value={params.status ?? ''}
          onChange={(value) => {
            filterTo({ ...params, status: isClaimStatus(value) ? value : undefined });
          }}
          options={CLAIM_STATUSES}
          placeholder="Every status"
        />
        <SelectField
          label="Supplier"
          name="supplier"
          value={params.supplier ?? ''}
          onChange={(value) => {
            filterTo({ ...params, supplier: value || undefined });
          }}
          options={
            suppliers.state === 'data'
              ? suppliers.data.suppliers.nodes.map((s) => ({ value: s.id, label: s.name }))
              : []
          }
          placeholder="Every supplier"
        />
        <SelectField
          label="Overdue"
          name="overdue"
          value={params.overdue === true ? 'true' : ''}
          onChange={(value) => {
            filterTo({ ...params, overdue: value === 'true' ? true : undefined });
          }}
          options={[{ value: 'true', label: 'Only overdue claims' }]}
          placeholder="Overdue or not"
        />
      </div>
      {done !== null && <SuccessNotice>{done}</SuccessNotice>}
      {foldQuery(claims, {
        fetching: () => <LoadingState label="Loading supplier claims…" rows={8} />,
        error: (error, retry, retrying) => (
          <ApiErrorNotice
            title="Couldn't load supplier claims"
            error={error}
            onRetry={retry}
            retrying={retrying}
          />
        ),
        data: ({ supplierClaims: { nodes, pageInfo } }, refreshing) => {
          const deciding =
            open === null ? undefined : nodes.find((claim) => claim.id === open.claimId);
          const previous = previousPage(position);
          const first = pageIndex(position) * PAGE_SIZE + 1;
          return (
            <>
              {open !== null &&
                deciding !== undefined &&
                decisionsFor(deciding.status).includes(open.decision) && (
                  <ClaimDecisionDialog
                    key={params.decide}
                    decision={open.decision}
                    claim={{ ...deciding, supplierName: deciding.supplier.name }}
                    onClose={closeDecision}
                    sending={decision.sending}
                    onSubmit={async (values) => {
                      const error = await decision.send(open.decision, deciding, values);
                      if (error === null) {
                        setDone(
                          `Claim ${deciding.rmaNumber} (${deciding.supplier.name}) ${DONE[open.decision]}.`,
                        );
                        closeDecision();
                      }
                      return error;
                    }}
                  />
                )}
              {nodes.length === 0 ? (
                <EmptyState
                  title={filtered ? 'No supplier claims match' : 'No supplier claims yet'}
                  action={
                    filtered ? (
                      <Link className={buttonClassName('quiet')} to={supplierClaimsUrl()}>
                        Show every claim
                      </Link>
                    ) : undefined
                  }
                >
                  Claims open when a refund for a supplier-fault return is issued.
                </EmptyState>
              ) : (
                <Panel
                  title="Supplier claims"
                  flush
                  meta={refreshing ? 'Updating…' : 'Oldest first: the chase list'}
                >
                  <ClaimsTable nodes={nodes} params={params} refreshing={refreshing} />
                  {(position.after !== null || pageInfo.hasNextPage) && (
                    <Pagination
                      label="Claim pages"
                      summary={`Claims ${first}–${first + nodes.length - 1}`}
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
              )}
            </>
          );
        },
      })}
    </>
  );
}

interface ClaimsTableProps {
  readonly nodes: readonly Claim[];
  readonly params: SupplierClaimsParams;
  readonly refreshing: boolean;
}

function ClaimsTable({ nodes, params, refreshing }: ClaimsTableProps) {
  return (
    <TableScroll label="Supplier claims">
      <table className="data-table data-table--list data-table--named-rows" aria-busy={refreshing}>
        <thead>
          <tr>
            <th scope="col">Return</th>
            <th scope="col">Supplier</th>
            <th scope="col">Status</th>
            <th scope="col" className="numeric">
              Claimed
            </th>
            <th scope="col" className="numeric">
              Credited
            </th>
            <th scope="col">Opened</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((claim) => (
            <tr key={claim.id}>
              <th scope="row" className="nowrap">
                {claim.rmaNumber}
              </th>
              <td>
                {claim.supplier.name}
                {claim.supplierReference !== null && claim.supplierReference !== undefined && (
                  <span className="cell-sub">Ref. {claim.supplierReference}</span>
                )}
              </td>
              <td>
                <span className="badge-row">
                  <Badge tone={claimStatusTone(claim.status)}>
                    {claimStatusLabel(claim.status)}
                  </Badge>
                  {claim.overdue && (
                    <Badge
                      tone="warning"
                      title={`Past the supplier's ${claim.supplier.claimTermsDays}-day claim terms`}
                    >
                      Overdue
                    </Badge>
                  )}
                </span>
                {claim.rejectionReason !== null && claim.rejectionReason !== undefined && (
                  <span className="cell-sub">{claim.rejectionReason}</span>
                )}
              </td>
              <td className="numeric">{formatMoney(claim.amount.amount, claim.amount.currency)}</td>
              <td className="numeric">
                {claim.credited === null || claim.credited === undefined
                  ? '—'
                  : formatMoney(claim.credited.amount, claim.credited.currency)}
              </td>
              <td className="nowrap">
                {formatDate(claim.openedAt)}
                <span className="cell-sub">{describeAge(claim.ageDays)}</span>
              </td>
              <td className="actions">
                {decisionsFor(claim.status).map((decision) => (
                  <Link
                    key={decision}
                    className={buttonClassName('quiet', 'small')}
                    to={supplierClaimsUrl({ ...params, decide: decisionKey(decision, claim.id) })}
                    aria-label={`${DECISION_SHORT_LABELS[decision]} for ${claim.rmaNumber}`}
                  >
                    {DECISION_SHORT_LABELS[decision]}
                  </Link>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
