import type {
  DeclineReason,
  Disposition,
  Fault,
  InspectionGrade,
  ReasonCode,
  Resolution,
} from '../../lib/graphql/generated/graphql';
import type { BadgeTone } from '../../lib/ui/Badge';
import { humanizeEnum } from '../../lib/ui/format';
import type { ReturnStatus } from './return-status';

/** Status colours: waiting on us (info), moving (accent), needs the warehouse (warning), closed. */
const STATUS_TONES: Readonly<Record<ReturnStatus, BadgeTone>> = {
  REQUESTED: 'warning',
  AUTHORIZED: 'info',
  LABEL_ISSUED: 'info',
  IN_TRANSIT: 'accent',
  RECEIVED: 'warning',
  INSPECTED: 'info',
  COMPLETED: 'ok',
  REJECTED: 'danger',
  CANCELLED: 'neutral',
};

export function returnStatusTone(status: ReturnStatus): BadgeTone {
  return STATUS_TONES[status];
}

const REASON_LABELS: Partial<Readonly<Record<ReasonCode, string>>> = {
  NO_LONGER_NEEDED: 'No longer needed',
  WRONG_SIZE_SMALL: 'Too small',
  WRONG_SIZE_LARGE: 'Too large',
  DAMAGED_IN_TRANSIT: 'Damaged in shipping',
  DAMAGED_PACKAGING: 'Damaged by packaging',
  NOT_AS_DESCRIBED: 'Not as described',
  WRONG_ITEM: 'Wrong item sent',
  DEAD_BATTERY: 'Dead battery',
};

export function reasonLabel(reason: ReasonCode): string {
  return REASON_LABELS[reason] ?? humanizeEnum(reason);
}

const FAULT_LABELS: Readonly<Record<Fault, string>> = {
  CUSTOMER: 'Customer',
  SELLER: 'Seller',
  SUPPLIER: 'Supplier',
  CARRIER: 'Carrier',
};

export function faultLabel(fault: Fault): string {
  return FAULT_LABELS[fault];
}

const GRADE_LABELS: Readonly<Record<InspectionGrade, string>> = {
  NEW: 'New, unopened',
  LIKE_NEW: 'Like new',
  OPENED: 'Opened',
  DEFECTIVE: 'Defective',
  DAMAGED_BY_CUSTOMER: 'Damaged by customer',
  MISSING: 'Missing from parcel',
  WRONG_ITEM_RETURNED: 'Wrong item returned',
};

export function gradeLabel(grade: InspectionGrade): string {
  return GRADE_LABELS[grade];
}

const DISPOSITION_LABELS: Readonly<Record<Disposition, string>> = {
  RESTOCK: 'Restock',
  REFURBISH: 'Refurbish',
  RETURN_TO_SUPPLIER: 'Return to supplier',
  DISPOSE: 'Dispose',
  HOLD: 'Hold',
};

export function dispositionLabel(disposition: Disposition): string {
  return DISPOSITION_LABELS[disposition];
}

const DECLINE_LABELS: Readonly<Record<DeclineReason, string>> = {
  DUPLICATE_REQUEST: 'Duplicate request',
  EXCESSIVE_RETURNS: 'Excessive returns',
  ITEM_NOT_ELIGIBLE: 'Item not eligible',
  ITEM_NOT_RETURNED_IN_ORIGINAL_CONDITION: 'Not returned in original condition',
  NOT_AUTHORIZED: 'Not authorized',
  OTHER: 'Other (explain in a note)',
  QUANTITY_NOT_DELIVERED: 'Quantity not delivered',
  RETURN_WINDOW_EXPIRED: 'Return window expired',
};

export function declineReasonLabel(reason: DeclineReason): string {
  return DECLINE_LABELS[reason];
}

const RESOLUTION_LABELS: Readonly<Record<Resolution, string>> = {
  REFUND: 'Refund',
  REPLACEMENT: 'Replacement',
  DECLINE: 'Declined',
};

export function resolutionLabel(resolution: Resolution): string {
  return RESOLUTION_LABELS[resolution];
}

/** What a timeline entry's `kind` means, as a sentence start ("Authorized", "Label issued"). */
const TIMELINE_LABELS: Readonly<Record<string, string>> = {
  request: 'Return requested',
  authorize: 'Authorized',
  reject: 'Rejected',
  cancel: 'Cancelled',
  issueLabel: 'Label issued',
  scan: 'Scanned by the carrier',
  receive: 'Received at the warehouse',
  inspectLine: 'Line inspected',
  setDisposition: 'Disposition changed',
  inspect: 'Inspection completed',
  resolve: 'Resolved',
  resolveReturnless: 'Resolved without return',
  expire: 'Label expired',
  note: 'Note',
};

export function timelineLabel(kind: string): string {
  return TIMELINE_LABELS[kind] ?? humanizeEnum(kind.replace(/([a-z])([A-Z])/g, '$1_$2'));
}
