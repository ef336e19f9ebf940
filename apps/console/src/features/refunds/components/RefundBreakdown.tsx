import type { ReactNode } from 'react';
import type { RefundOrderLinesQuery } from '../../../lib/graphql/generated/graphql';
import { DataTable, type DataTableColumn } from '../../../lib/ui/DataTable';
import { formatMoney, humanizeEnum } from '../../../lib/ui/format';
import { Panel } from '../../../lib/ui/Layout';
import { faultLabel, gradeLabel } from '../../returns/return-labels';
import '../refunds.css';
import type { RefundDetail } from '../refund-detail';

type BreakdownLine = RefundDetail['breakdown']['lines'][number];
type OrderLines = NonNullable<RefundOrderLinesQuery['order']>['lines'];

interface RefundBreakdownProps {
  readonly refund: RefundDetail;
  readonly orderLines: OrderLines;
  /** Buttons that change the amount (adjust, recalculate), shown in the panel's header. */
  readonly actions?: ReactNode;
}

/** Line by line: what was paid, what is deducted, what goes back; then the totals. */
export function RefundBreakdown({ refund, orderLines, actions }: RefundBreakdownProps) {
  const { breakdown } = refund;
  const money = (minor: number) => formatMoney(minor, breakdown.currency);
  const names = new Map(orderLines.map((line) => [line.id, line]));
  const columns: DataTableColumn<BreakdownLine>[] = [
    {
      id: 'item',
      header: 'Item',
      rowHeader: true,
      cell: (line) => {
        const orderLine = names.get(line.orderLineId);
        return (
          <span className="breakdown-item">
            <span>{orderLine?.skuName ?? 'Order line'}</span>
            <span className="muted small">
              {line.units} of {line.quantityOrdered} ·{' '}
              {line.grade ? gradeLabel(line.grade) : 'Not inspected'} · {faultLabel(line.fault)}{' '}
              fault
              {line.note ? ` · ${humanizeEnum(line.note)}` : ''}
              {line.restockingFee > 0 &&
                ` · restocking fee −${money(line.restockingFee)} (${line.restockingFeePercent}%)`}
            </span>
          </span>
        );
      },
    },
    { id: 'price', header: 'Items', align: 'end', cell: (line) => money(line.item) },
    { id: 'tax', header: 'Tax', align: 'end', cell: (line) => money(line.tax) },
    { id: 'shipping', header: 'Shipping', align: 'end', cell: (line) => money(line.shipping) },
    {
      id: 'refund',
      header: 'Refund',
      align: 'end',
      cell: (line) => <strong>{money(line.refund)}</strong>,
    },
  ];
  // Items, tax and shipping always; the adjustments only when they change the total.
  const totals: [string, number, boolean][] = [
    ['Items', breakdown.items, true],
    ['Tax', breakdown.tax, true],
    ['Shipping', breakdown.shipping, true],
    ['Return shipping reimbursed', breakdown.shippingReimbursement, false],
    ['Restocking fees', -breakdown.restockingFees, false],
    ['Return label deducted', -breakdown.labelDeduction, false],
    // Items to label add up to what the calculator gave; the manual change is the difference.
    [
      'Lowered by hand',
      refund.adjustment ? breakdown.total - refund.adjustment.computedTotal : 0,
      false,
    ],
  ];
  return (
    <Panel
      title="Breakdown"
      flush
      meta={
        <span className="breakdown-meta">
          <span>{`${breakdown.lines.length} ${breakdown.lines.length === 1 ? 'line' : 'lines'}`}</span>
          {actions}
        </span>
      }
    >
      <DataTable
        caption="Refund breakdown per order line"
        columns={columns}
        rows={breakdown.lines}
        rowKey={(line) => line.orderLineId}
      />
      <dl className="totals" aria-label="Totals">
        {totals
          .filter(([, amount, always]) => always || amount !== 0)
          .map(([label, amount]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{money(amount)}</dd>
            </div>
          ))}
        <div className="totals__grand">
          <dt>Refund total</dt>
          <dd>{money(breakdown.total)}</dd>
        </div>
      </dl>
      {refund.adjustment && (
        <p className="panel__body action-hint">
          Lowered by hand from {money(refund.adjustment.computedTotal)}: {refund.adjustment.reason}
        </p>
      )}
    </Panel>
  );
}
