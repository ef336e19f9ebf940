import { Badge } from '../../../lib/ui/Badge';
import { returnStatusTone } from '../return-labels';
import { returnStatusDescription, returnStatusLabel, type ReturnStatus } from '../return-status';
import { describeSla, type SlaClocks } from '../sla';

export function ReturnStatusBadge({ status }: { readonly status: ReturnStatus }) {
  return (
    <Badge tone={returnStatusTone(status)} title={returnStatusDescription(status)}>
      {returnStatusLabel(status)}
    </Badge>
  );
}

/**
 * The SLA clock that matters now; when none runs (closed, or waiting on the parcel) a dash in
 * tables, nothing elsewhere.
 */
export function SlaBadge({
  clocks,
  whenNone = 'dash',
}: {
  readonly clocks: SlaClocks;
  readonly whenNone?: 'dash' | 'nothing';
}) {
  const sla = describeSla(clocks);
  if (sla === null) return whenNone === 'dash' ? <span className="muted">—</span> : null;
  return (
    <Badge tone={sla.tone} title={sla.title}>
      {sla.label}
    </Badge>
  );
}
