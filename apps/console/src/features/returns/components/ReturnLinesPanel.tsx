import { Badge } from '../../../lib/ui/Badge';
import { Button } from '../../../lib/ui/Button';
import { formatDateTime, formatMoney } from '../../../lib/ui/format';
import { Panel } from '../../../lib/ui/Layout';
import { dispositionLabel, faultLabel, gradeLabel, reasonLabel } from '../return-labels';
import type { ReturnDetail, ReturnOrderLine } from '../return-detail';

interface ReturnLinesPanelProps {
  readonly rma: ReturnDetail;
  readonly orderLines: ReadonlyMap<string, ReturnOrderLine>;
  /** Set when the viewer may inspect now: opens the inspection of a line. */
  readonly onInspect: ((lineId: string) => void) | null;
}

export function ReturnLinesPanel({ rma, orderLines, onInspect }: ReturnLinesPanelProps) {
  const graded = rma.lines.filter((line) => line.inspection).length;
  return (
    <Panel
      title="Returned items"
      flush
      meta={
        rma.status === 'RECEIVED'
          ? `${graded} of ${rma.lines.length} inspected`
          : `${rma.lines.length} ${rma.lines.length === 1 ? 'line' : 'lines'}`
      }
    >
      <ul className="plain-list">
        {rma.lines.map((line) => {
          const orderLine = orderLines.get(line.orderLineId);
          const { inspection } = line;
          return (
            <li
              key={line.id}
              className="line-card"
              aria-label={orderLine?.skuName ?? 'Return line'}
            >
              <div className="line-card__head">
                <span className="line-card__title">
                  {orderLine === undefined ? 'Order line' : orderLine.skuName}
                  {orderLine !== undefined && (
                    <span className="muted small mono"> · {orderLine.skuCode}</span>
                  )}
                </span>
                {onInspect !== null && (
                  <Button
                    variant={inspection ? 'quiet' : 'primary'}
                    size="small"
                    onClick={() => {
                      onInspect(line.id);
                    }}
                    aria-label={`${inspection ? 'Re-inspect' : 'Inspect'} ${orderLine?.skuName ?? 'line'}`}
                  >
                    {inspection ? 'Re-inspect' : 'Inspect'}
                  </Button>
                )}
              </div>
              <div className="line-card__facts">
                <span>
                  Qty <strong>{line.quantity}</strong>
                  {orderLine !== undefined && ` of ${orderLine.quantity}`}
                </span>
                {orderLine !== undefined && (
                  <span>{formatMoney(orderLine.unitPrice, rma.currency)} each</span>
                )}
                <span>Reason: {reasonLabel(line.reasonCode)}</span>
                <span>Fault claimed: {faultLabel(line.reasonFault)}</span>
              </div>
              {line.customerComment && (
                <p className="line-card__comment">“{line.customerComment}”</p>
              )}
              {inspection ? (
                <div className="line-card__inspection">
                  <Badge
                    tone={
                      inspection.grade === 'NEW' || inspection.grade === 'LIKE_NEW'
                        ? 'ok'
                        : 'warning'
                    }
                  >
                    {gradeLabel(inspection.grade)}
                  </Badge>
                  <span>
                    Fault: <strong>{faultLabel(inspection.fault)}</strong>
                    {inspection.faultOverridden && ' (overridden)'}
                  </span>
                  {line.disposition && (
                    <span>
                      Disposition: <strong>{dispositionLabel(line.disposition)}</strong>
                      {line.dispositionOverridden && ' (overridden)'}
                    </span>
                  )}
                  <span className="muted">
                    by {inspection.inspectedByName}, {formatDateTime(inspection.inspectedAt)}
                  </span>
                  {inspection.notes && <span className="muted">· {inspection.notes}</span>}
                </div>
              ) : (
                ['RECEIVED'].includes(rma.status) && (
                  <p className="action-hint">Not inspected yet.</p>
                )
              )}
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
