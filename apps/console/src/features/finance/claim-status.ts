import { SupplierClaimStatus } from '../../lib/graphql/generated/graphql';
import type { BadgeTone } from '../../lib/ui/Badge';

const STATUS_INFO: Readonly<Record<SupplierClaimStatus, { label: string; tone: BadgeTone }>> = {
  OPEN: { label: 'Open', tone: 'info' },
  SUBMITTED: { label: 'Sent to supplier', tone: 'accent' },
  ACCEPTED: { label: 'Accepted', tone: 'ok' },
  REJECTED: { label: 'Refused', tone: 'danger' },
};

export const CLAIM_STATUSES = Object.values(SupplierClaimStatus).map((value) => ({
  value,
  label: STATUS_INFO[value].label,
}));

export function claimStatusLabel(status: SupplierClaimStatus): string {
  return STATUS_INFO[status].label;
}

export function claimStatusTone(status: SupplierClaimStatus): BadgeTone {
  return STATUS_INFO[status].tone;
}

export function isClaimStatus(value: string | null): value is SupplierClaimStatus {
  return value !== null && value in STATUS_INFO;
}
