import type { RefundMethod, RefundStatus } from '../../lib/graphql/generated/graphql';
import type { BadgeTone } from '../../lib/ui/Badge';

const STATUS: Readonly<
  Record<RefundStatus, { label: string; tone: BadgeTone; description: string }>
> = {
  DRAFT: { label: 'Draft', tone: 'neutral', description: 'Computed, not submitted yet' },
  PENDING_APPROVAL: {
    label: 'Awaiting approval',
    tone: 'warning',
    description: 'Large refund: a second finance user must approve',
  },
  APPROVED: { label: 'Approved', tone: 'info', description: 'Ready to issue' },
  ISSUED: { label: 'Issued', tone: 'ok', description: 'The money went out' },
  FAILED: { label: 'Failed', tone: 'danger', description: 'The gateway refused; retry it' },
  REJECTED: { label: 'Rejected', tone: 'danger', description: 'Refused by finance' },
};

export function refundStatusLabel(status: RefundStatus): string {
  return STATUS[status].label;
}

export function refundStatusTone(status: RefundStatus): BadgeTone {
  return STATUS[status].tone;
}

export function refundStatusDescription(status: RefundStatus): string {
  return STATUS[status].description;
}

const METHODS: Readonly<Record<RefundMethod, string>> = {
  MARKETPLACE: 'Marketplace',
  ORIGINAL_PAYMENT: 'Original payment',
  STORE_CREDIT: 'Store credit',
};

export function refundMethodLabel(method: RefundMethod): string {
  return METHODS[method];
}

/** The refund statuses in the order money moves through them. */
export const REFUND_STATUS_ORDER: readonly RefundStatus[] = [
  'DRAFT',
  'PENDING_APPROVAL',
  'APPROVED',
  'ISSUED',
  'FAILED',
  'REJECTED',
];
