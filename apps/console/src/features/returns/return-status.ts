import { ReturnStatus } from '../../lib/graphql/generated/graphql';

export { ReturnStatus };

interface ReturnStatusInfo {
  /** Shown wherever a status appears: tables, filters, badges. */
  readonly label: string;
  /** What the status means for the person looking at the queue. */
  readonly description: string;
  /** Closed returns need no further work. */
  readonly closed: boolean;
}

// A Record over the generated enum: a status added to the schema fails typecheck until labelled.
const RETURN_STATUS_INFO: Readonly<Record<ReturnStatus, ReturnStatusInfo>> = {
  REQUESTED: { label: 'Requested', description: 'Waiting for a decision', closed: false },
  AUTHORIZED: { label: 'Authorized', description: 'Approved, no label yet', closed: false },
  LABEL_ISSUED: {
    label: 'Label issued',
    description: 'Not yet scanned by the carrier',
    closed: false,
  },
  IN_TRANSIT: { label: 'In transit', description: 'On its way back', closed: false },
  RECEIVED: { label: 'Received', description: 'Waiting for inspection', closed: false },
  INSPECTED: { label: 'Inspected', description: 'Graded, waiting to be resolved', closed: false },
  COMPLETED: { label: 'Completed', description: 'Refunded, replaced or declined', closed: true },
  REJECTED: { label: 'Rejected', description: 'Request refused', closed: true },
  CANCELLED: {
    label: 'Cancelled',
    description: 'Withdrawn, or label expired unused',
    closed: true,
  },
};

/** The order a return moves through; the two dead ends (rejected, cancelled) come last. */
export const RETURN_STATUS_LIFECYCLE: readonly ReturnStatus[] = [
  'REQUESTED',
  'AUTHORIZED',
  'LABEL_ISSUED',
  'IN_TRANSIT',
  'RECEIVED',
  'INSPECTED',
  'COMPLETED',
  'REJECTED',
  'CANCELLED',
];

export function returnStatusLabel(status: ReturnStatus): string {
  return RETURN_STATUS_INFO[status].label;
}

export function returnStatusDescription(status: ReturnStatus): string {
  return RETURN_STATUS_INFO[status].description;
}

export function isClosedReturnStatus(status: ReturnStatus): boolean {
  return RETURN_STATUS_INFO[status].closed;
}

/** Sorts anything carrying a status into lifecycle order, without mutating the input. */
export function byReturnLifecycle<T extends { readonly status: ReturnStatus }>(
  items: readonly T[],
): T[] {
  const rank = (status: ReturnStatus) => RETURN_STATUS_LIFECYCLE.indexOf(status);
  return [...items].sort((a, b) => rank(a.status) - rank(b.status));
}
