import { Link } from 'react-router';
import { Badge } from '../../../lib/ui/Badge';
import { Button, buttonClassName } from '../../../lib/ui/Button';
import { formatMoney } from '../../../lib/ui/format';
import { Panel } from '../../../lib/ui/Layout';
import { refundStatusLabel, refundStatusTone } from '../../refunds/refund-labels';
import { refundUrl } from '../../refunds/urls';
import type { ReturnDetail, ReturnRefundSummary } from '../return-detail';

interface ReturnRefundPanelProps {
  readonly rma: ReturnDetail;
  readonly refund: ReturnRefundSummary | null;
  /** Set when the viewer may create the refund now. */
  readonly onCreate: (() => void) | null;
}

export function ReturnRefundPanel({ rma, refund, onCreate }: ReturnRefundPanelProps) {
  return (
    <Panel title="Refund">
      {refund ? (
        <div className="refund-summary">
          <div className="refund-summary__main">
            <span className="refund-amount">
              {formatMoney(refund.total.amount, refund.total.currency)}
            </span>
            <Badge tone={refundStatusTone(refund.status)}>{refundStatusLabel(refund.status)}</Badge>
            {refund.needsApproval && <Badge tone="accent">Large refund · two people</Badge>}
          </div>
          <Link className={buttonClassName('quiet', 'small')} to={refundUrl(refund.id)}>
            Open refund
          </Link>
        </div>
      ) : onCreate !== null ? (
        <div className="refund-summary">
          <p>
            {rma.status === 'INSPECTED'
              ? 'Inspection is complete: the refund can be computed.'
              : 'Every line qualifies for a refund without the item coming back.'}
          </p>
          <Button onClick={onCreate}>Create refund</Button>
        </div>
      ) : (
        <p className="muted">
          {rma.status === 'COMPLETED' || rma.status === 'REJECTED' || rma.status === 'CANCELLED'
            ? 'No refund was made for this return.'
            : 'The refund is computed once the items are inspected.'}
        </p>
      )}
    </Panel>
  );
}
