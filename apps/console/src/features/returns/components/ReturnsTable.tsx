import { Link } from 'react-router';
import type { ReturnsQueueQuery } from '../../../lib/graphql/generated/graphql';
import { DataTable, type DataTableColumn } from '../../../lib/ui/DataTable';
import { formatDate, formatDateTime } from '../../../lib/ui/format';
import { faultLabel, reasonLabel } from '../return-labels';
import {
  returnOrderFor,
  returnUrl,
  returnsListUrl,
  sortOf,
  withListChange,
  type ReturnSortKey,
  type ReturnsListParams,
} from '../urls';
import { ReturnStatusBadge, SlaBadge } from './ReturnBadges';

export type ReturnRow = ReturnsQueueQuery['returns']['nodes'][number];

function LinesSummary({ row }: { readonly row: ReturnRow }) {
  const [first, ...rest] = row.lines;
  if (first === undefined) return <span className="muted">—</span>;
  const units = row.lines.reduce((sum, line) => sum + line.quantity, 0);
  return (
    <span className="cell-stack returns-table-items">
      <span>
        {first.sku.name}
        {rest.length > 0 && <span className="muted"> +{rest.length} more</span>}
      </span>
      <span className="muted small">
        {units} {units === 1 ? 'unit' : 'units'} · {reasonLabel(first.reasonCode)} ·{' '}
        {faultLabel(first.reasonFault)}
      </span>
    </span>
  );
}

interface ReturnsTableProps {
  readonly rows: readonly ReturnRow[];
  readonly params: ReturnsListParams;
  readonly refreshing: boolean;
}

export function ReturnsTable({ rows, params, refreshing }: ReturnsTableProps) {
  const columns: DataTableColumn<ReturnRow, ReturnSortKey>[] = [
    {
      id: 'rma',
      header: 'RMA · order',
      sortKey: 'rma',
      rowHeader: true,
      cell: (row) => (
        <span className="cell-stack">
          <Link className="row-link" to={returnUrl(row.id, { list: params })}>
            {row.rmaNumber}
          </Link>
          <span className="muted small mono nowrap" title="Order id">
            {row.order.externalId}
          </span>
        </span>
      ),
    },
    { id: 'status', header: 'Status', cell: (row) => <ReturnStatusBadge status={row.status} /> },
    {
      id: 'customer',
      header: 'Customer',
      cell: (row) => (
        <span className="cell-stack">
          <span className="ellipsis">{row.customer.name}</span>
          <span className="muted small ellipsis" title={row.customer.email}>
            {row.customer.email}
          </span>
        </span>
      ),
    },
    { id: 'items', header: 'Items', cell: (row) => <LinesSummary row={row} /> },
    {
      id: 'requested',
      header: 'Requested',
      sortKey: 'requested',
      cell: (row) => (
        <time className="nowrap" dateTime={row.requestedAt} title={formatDateTime(row.requestedAt)}>
          {formatDate(row.requestedAt)}
        </time>
      ),
    },
    {
      id: 'sla',
      header: 'SLA',
      sortKey: 'due',
      cell: (row) => <SlaBadge clocks={{ status: row.status, ...row.sla }} />,
    },
  ];
  return (
    <DataTable
      caption="Returns matching the filters"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      sort={sortOf(params.sort)}
      sortUrl={(key, direction) =>
        returnsListUrl(withListChange(params, { sort: returnOrderFor(key, direction) }))
      }
      selectedKey={params.selected}
      refreshing={refreshing}
    />
  );
}
