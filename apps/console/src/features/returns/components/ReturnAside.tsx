import type { ReactNode } from 'react';
import { Badge } from '../../../lib/ui/Badge';
import { buttonClassName } from '../../../lib/ui/Button';
import { formatDate, formatDateTime, formatDay, formatMoney } from '../../../lib/ui/format';
import { Panel } from '../../../lib/ui/Layout';
import type { ReturnDetail, ReturnOrderDetail } from '../return-detail';
import { declineReasonLabel, resolutionLabel } from '../return-labels';
import { isClosedReturnStatus, returnStatusLabel } from '../return-status';

function Facts({ items }: { readonly items: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="aside-list">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function OrderPanel({
  rma,
  order,
}: {
  readonly rma: ReturnDetail;
  readonly order: ReturnOrderDetail | null;
}) {
  return (
    <Panel title="Order and customer">
      <Facts
        items={[
          ['Order', <span className="mono">{rma.externalOrderId}</span>],
          ['Channel', rma.channel],
          ...(order === null
            ? []
            : ([
                [
                  'Customer',
                  <span className="cell-stack">
                    <span>{order.customer.name}</span>
                    <span className="muted small">{order.customer.email}</span>
                  </span>,
                ],
                ['Ordered', formatDate(order.orderedAt)],
                ['Delivered', order.deliveredAt ? formatDate(order.deliveredAt) : 'Not delivered'],
              ] as const)),
          ['Requested', formatDateTime(rma.requestedAt)],
        ]}
      />
    </Panel>
  );
}

export function PolicyPanel({ rma }: { readonly rma: ReturnDetail }) {
  const verdict = rma.policyVerdict;
  const lastDays = [...new Set(verdict.lines.map((line) => line.lastDay))].sort();
  return (
    <Panel title="Policy verdict">
      <p className="verdict">
        {verdict.withinWindow ? (
          <Badge tone="ok">Within the return window</Badge>
        ) : verdict.acceptedByOverride ? (
          <Badge tone="warning">Late — accepted by override</Badge>
        ) : (
          <Badge tone="danger">Outside the return window</Badge>
        )}
      </p>
      <Facts
        items={[
          [
            'Window',
            `${verdict.lines[0]?.windowDays ?? '—'} days${verdict.lines.some((line) => line.holidayExtended) ? ' (holiday extension)' : ''}`,
          ],
          ['Last day to return', lastDays.length === 0 ? '—' : lastDays.map(formatDay).join(' · ')],
          ...(verdict.overrideReason
            ? ([['Override reason', verdict.overrideReason]] as const)
            : []),
          ['Checked', formatDateTime(verdict.checkedAt)],
        ]}
      />
    </Panel>
  );
}

/** What the closing time is called: a rejected or cancelled return was closed, not completed. */
function closedAtLabel(status: ReturnDetail['status']): string {
  return status === 'COMPLETED' ? 'Completed' : `${returnStatusLabel(status)} on`;
}

export function SlaPanel({ rma }: { readonly rma: ReturnDetail }) {
  return (
    <Panel title="Service levels">
      <Facts
        items={[
          [
            'First response',
            rma.authorizedAt || rma.status !== 'REQUESTED' ? (
              'Answered'
            ) : (
              <>
                Due {formatDateTime(rma.firstResponseDueAt)}{' '}
                {rma.firstResponseOverdue && <Badge tone="danger">Overdue</Badge>}
              </>
            ),
          ],
          [
            'Refund',
            isClosedReturnStatus(rma.status) ? (
              'Clock stopped: the return is closed'
            ) : rma.refundDueAt ? (
              <>
                Due {formatDateTime(rma.refundDueAt)}{' '}
                {rma.refundOverdue && <Badge tone="danger">Overdue</Badge>}
              </>
            ) : (
              'Clock starts when the parcel is received'
            ),
          ],
          ...(rma.receivedAt ? ([['Received', formatDateTime(rma.receivedAt)]] as const) : []),
          ...(rma.completedAt
            ? ([[closedAtLabel(rma.status), formatDateTime(rma.completedAt)]] as const)
            : []),
          ...(rma.resolution ? ([['Resolution', resolutionLabel(rma.resolution)]] as const) : []),
          ...(rma.declineReason
            ? ([
                [
                  'Decline reason',
                  `${declineReasonLabel(rma.declineReason)}${rma.declineNote ? ` — ${rma.declineNote}` : ''}`,
                ],
              ] as const)
            : []),
          ...(rma.replacementOrderId
            ? ([['Replacement order', rma.replacementOrderId]] as const)
            : []),
        ]}
      />
    </Panel>
  );
}

export function LabelPanel({ rma }: { readonly rma: ReturnDetail }) {
  const [label] = [...rma.labels].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));
  if (label === undefined) return null;
  return (
    <Panel title="Return label">
      <Facts
        items={[
          ['Carrier', `${label.carrier} · ${label.service}`],
          ['Tracking number', <span className="mono">{label.trackingNumber}</span>],
          [
            'Ships to',
            `${label.shipTo.name}, ${label.shipTo.city}${label.shipTo.region ? `, ${label.shipTo.region}` : ''}`,
          ],
          [
            'Postage',
            `${formatMoney(label.cost.amount, label.cost.currency)} · paid by ${label.payer === 'CUSTOMER' ? 'the customer (deducted from the refund)' : 'us'}`,
          ],
          ['Expires', formatDate(label.expiresAt)],
        ]}
      />
      <p className="label-download">
        <a className={buttonClassName('quiet', 'small')} href={label.downloadUrl} download>
          Download label (PDF)
        </a>
      </p>
    </Panel>
  );
}
