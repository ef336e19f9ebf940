import { Link } from 'react-router';
import type {
  RefundApprovalQueueQuery,
  RefundsListQuery,
  ReturnsQueueQuery,
} from '../../../lib/graphql/generated/graphql';
import { Badge } from '../../../lib/ui/Badge';
import { buttonClassName } from '../../../lib/ui/Button';
import { DataTable, type DataTableColumn } from '../../../lib/ui/DataTable';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/ui/format';
import { ReturnStatusBadge, SlaBadge } from '../../returns/components/ReturnBadges';
import { returnUrl } from '../../returns/urls';
import { submitterLabel } from '../refund-detail';
import { refundMethodLabel, refundStatusLabel, refundStatusTone } from '../refund-labels';
import { refundUrl } from '../urls';

type QueueItem = RefundApprovalQueueQuery['approvalQueue']['nodes'][number];

export function ApprovalQueueTable({
  items,
  viewerId,
  slaHours,
}: {
  readonly items: readonly QueueItem[];
  readonly viewerId: string;
  readonly slaHours: number;
}) {
  const columns: DataTableColumn<QueueItem>[] = [
    {
      id: 'rma',
      header: 'Return',
      rowHeader: true,
      cell: (item) => (
        <Link className="row-link" to={refundUrl(item.refund.id)}>
          {item.refund.rmaNumber}
        </Link>
      ),
    },
    {
      id: 'amount',
      header: 'Amount',
      align: 'end',
      cell: (item) => (
        <strong>{formatMoney(item.refund.total.amount, item.refund.total.currency)}</strong>
      ),
    },
    { id: 'method', header: 'Method', cell: (item) => refundMethodLabel(item.refund.method) },
    {
      id: 'submitted',
      header: 'Submitted by',
      cell: (item) => (
        <span className="cell-stack">
          <span>{submitterLabel(item.refund, viewerId)}</span>
          <span className="muted small">{formatDateTime(item.waitingSince)}</span>
        </span>
      ),
    },
    {
      id: 'waiting',
      header: 'Waiting',
      cell: (item) => (
        <Badge
          tone={
            item.waitingHours >= slaHours
              ? 'danger'
              : item.waitingHours >= slaHours / 2
                ? 'warning'
                : 'neutral'
          }
          title={`Approval SLA: ${slaHours} hours`}
        >
          {item.waitingHours >= slaHours
            ? `Overdue · ${item.waitingHours} h`
            : `${item.waitingHours} h`}
        </Badge>
      ),
    },
    {
      id: 'approve',
      header: 'Who may approve',
      cell: (item) =>
        item.canApprove ? (
          <Link
            className={buttonClassName('primary', 'small')}
            to={refundUrl(item.refund.id, { action: 'approve' })}
          >
            Review and approve
          </Link>
        ) : (
          <span className="cell-stack">
            <Badge tone="warning">Not you</Badge>
            <span className="muted small">
              {item.refund.submittedById === viewerId
                ? 'You submitted it: another finance user approves'
                : 'Only finance users other than the submitter'}
            </span>
          </span>
        ),
    },
  ];
  return (
    <DataTable
      caption="Refunds awaiting approval"
      columns={columns}
      rows={items}
      rowKey={(item) => item.refund.id}
    />
  );
}

type RefundRow = RefundsListQuery['refunds']['nodes'][number];

export function RefundsTable({ rows }: { readonly rows: readonly RefundRow[] }) {
  const columns: DataTableColumn<RefundRow>[] = [
    {
      id: 'rma',
      header: 'Return',
      rowHeader: true,
      cell: (row) => (
        <Link className="row-link" to={refundUrl(row.id)}>
          {row.rmaNumber}
        </Link>
      ),
    },
    {
      id: 'status',
      header: 'Status',
      cell: (row) => (
        <Badge tone={refundStatusTone(row.status)}>{refundStatusLabel(row.status)}</Badge>
      ),
    },
    {
      id: 'amount',
      header: 'Amount',
      align: 'end',
      cell: (row) => formatMoney(row.total.amount, row.total.currency),
    },
    { id: 'method', header: 'Method', cell: (row) => refundMethodLabel(row.method) },
    { id: 'created', header: 'Created', cell: (row) => formatDate(row.createdAt) },
    {
      id: 'issued',
      header: 'Issued',
      cell: (row) => (row.issuedAt ? formatDate(row.issuedAt) : <span className="muted">—</span>),
    },
  ];
  return <DataTable caption="Refunds" columns={columns} rows={rows} rowKey={(row) => row.id} />;
}

type InspectedReturn = ReturnsQueueQuery['returns']['nodes'][number];

export function ReadyToRefundTable({ rows }: { readonly rows: readonly InspectedReturn[] }) {
  const columns: DataTableColumn<InspectedReturn>[] = [
    {
      id: 'rma',
      header: 'Return',
      rowHeader: true,
      cell: (row) => (
        <Link className="row-link" to={returnUrl(row.id)}>
          {row.rmaNumber}
        </Link>
      ),
    },
    { id: 'status', header: 'Status', cell: (row) => <ReturnStatusBadge status={row.status} /> },
    {
      id: 'customer',
      header: 'Customer',
      cell: (row) => (
        <span className="cell-stack">
          <span>{row.customer.name}</span>
          <span className="muted small">{row.customer.email}</span>
        </span>
      ),
    },
    {
      id: 'items',
      header: 'Items',
      cell: (row) => `${row.lines.reduce((sum, line) => sum + line.quantity, 0)} units`,
    },
    {
      id: 'sla',
      header: 'Refund SLA',
      cell: (row) => <SlaBadge clocks={{ status: row.status, ...row.sla }} />,
    },
    {
      id: 'open',
      header: '',
      cell: (row) => (
        <Link className={buttonClassName('quiet', 'small')} to={returnUrl(row.id)}>
          Open return
        </Link>
      ),
    },
  ];
  return (
    <DataTable caption="Inspected returns" columns={columns} rows={rows} rowKey={(row) => row.id} />
  );
}
