import {
  DECLINE_REASON_CODES,
  REASON_CATALOGUE,
  type DeclineReasonCode,
  type ReturnPolicy,
  type ReturnStatus,
} from '@rebound/domain';
import type { NoteEntity } from '../notes/note.entity';
import type { NoteType } from '../notes/note.type';
import type { OrderEntity } from '../orders/order.entity';
import type { UserEntity } from '../users/user.entity';
import type { InspectionEntity } from './inspection.entity';
import type { PolicyVerdictType } from './policy-verdict.type';
import type { ReturnEventEntity } from './return-event.entity';
import type { ReturnLineEntity } from './return-line.entity';
import type { InspectionType, ReturnLineType } from './return-line.type';
import { returnSlaFlags } from './return-sla';
import type { ReturnEntity } from './return.entity';
import type { RmaType } from './return.type';
import { judgeReturnless } from './returnless-check';
import type { ReturnlessEligibilityType } from './returnless-eligibility.type';
import type { TimelineEntryType } from './timeline-entry.type';

/** Everything one return's view is built from, loaded by loadReturnView. */
export interface ReturnRows {
  rma: ReturnEntity;
  order: OrderEntity;
  lines: ReturnLineEntity[];
  inspections: InspectionEntity[];
  events: ReturnEventEntity[];
  notes: NoteEntity[];
  users: Pick<UserEntity, 'id' | 'displayName'>[];
  policy: ReturnPolicy;
}

type NameOf = (userId: string | null) => string;

function toNote(note: NoteEntity, nameOf: NameOf): NoteType {
  return {
    id: note.id,
    returnId: note.returnId,
    visibility: note.visibility,
    body: note.body,
    authorId: note.authorId,
    authorName: nameOf(note.authorId),
    createdAt: note.createdAt,
  };
}

function toInspection(
  inspection: InspectionEntity | undefined,
  nameOf: NameOf,
): InspectionType | null {
  if (inspection === undefined) return null;
  return {
    grade: inspection.grade,
    fault: inspection.fault,
    faultOverridden: inspection.faultOverridden,
    notes: inspection.notes,
    photoUrls: inspection.photoUrls,
    inspectedAt: inspection.inspectedAt,
    inspectedById: inspection.inspectedById,
    inspectedByName: nameOf(inspection.inspectedById),
  };
}

function toLines(rows: ReturnRows, nameOf: NameOf): ReturnLineType[] {
  const byLine = new Map(
    rows.inspections.map((inspection) => [inspection.returnLineId, inspection]),
  );
  return [...rows.lines]
    .sort((a, b) => (a.orderLine?.lineNo ?? 0) - (b.orderLine?.lineNo ?? 0))
    .map((line) => {
      const reason = REASON_CATALOGUE[line.reasonCode];
      return {
        id: line.id,
        orderLineId: line.orderLineId,
        quantity: line.quantity,
        reasonCode: line.reasonCode,
        reasonText: reason.amazonReason,
        reasonFault: reason.fault,
        customerComment: line.customerComment,
        inspection: toInspection(byLine.get(line.id), nameOf),
        disposition: line.disposition,
        dispositionOverridden: line.dispositionOverridden,
      };
    });
}

function toTimeline(
  rows: ReturnRows,
  notes: readonly NoteType[],
  nameOf: NameOf,
): TimelineEntryType[] {
  const noteById = new Map(notes.map((note) => [note.id, note]));
  const entries: TimelineEntryType[] = rows.events.map((event) => {
    const noteId = event.details.noteId;
    const note = typeof noteId === 'string' ? (noteById.get(noteId) ?? null) : null;
    if (note !== null) noteById.delete(note.id);
    return {
      id: event.id,
      kind: event.kind,
      fromStatus: event.fromStatus as ReturnStatus | null,
      toStatus: event.toStatus as ReturnStatus | null,
      actorId: event.actorId,
      actorName: nameOf(event.actorId),
      details: JSON.stringify(event.details),
      note,
      occurredAt: event.occurredAt,
    };
  });
  // Notes written without a timeline step (imported ones) still appear, at their time.
  for (const note of noteById.values()) {
    entries.push({
      id: note.id,
      kind: 'note',
      fromStatus: null,
      toStatus: null,
      actorId: note.authorId,
      actorName: note.authorName,
      details: JSON.stringify({ noteId: note.id, visibility: note.visibility }),
      note,
      occurredAt: note.createdAt,
    });
  }
  return entries.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}

function declineNoteOf(events: readonly ReturnEventEntity[]): string | null {
  const decline = events.findLast(
    (event) =>
      event.kind === 'reject' ||
      (event.kind === 'resolve' && event.details.resolution === 'DECLINE'),
  );
  const note = decline?.details.note;
  return typeof note === 'string' ? note : null;
}

function asDeclineReason(value: string | null): DeclineReasonCode | null {
  return DECLINE_REASON_CODES.find((code) => code === value) ?? null;
}

function toPolicyVerdict(rma: ReturnEntity): PolicyVerdictType {
  const stored = rma.policyVerdict;
  return {
    checkedAt: new Date(stored.checkedAt),
    withinWindow: stored.withinWindow,
    acceptedByOverride: stored.acceptedByOverride,
    overrideReason: rma.overrideReason,
    lines: stored.lines.map((line) => ({ ...line })),
  };
}

function toReturnless(rows: ReturnRows): ReturnlessEligibilityType | null {
  const pairs = rows.lines.flatMap((line) =>
    line.orderLine === undefined ? [] : [{ line, orderLine: line.orderLine }],
  );
  const verdict = judgeReturnless(rows.order.currency, pairs, rows.policy);
  if (!verdict.ok) return null;
  const { currency } = rows.order;
  return {
    eligible: verdict.value.eligible,
    threshold: { amount: verdict.value.threshold, currency },
    lines: verdict.value.lines.map((line, index) => ({
      returnLineId: pairs[index]?.line.id ?? line.orderLineId,
      itemValue: { amount: line.itemValue, currency },
      fault: line.fault,
      refusals: [...line.refusals],
    })),
  };
}

/** Shapes the loaded rows into the GraphQL `Return`, with SLA flags as of `now`. */
export function toRmaType(rows: ReturnRows, now: Date): RmaType {
  const { rma, order } = rows;
  const names = new Map(rows.users.map((user) => [user.id, user.displayName]));
  const nameOf: NameOf = (userId) =>
    userId === null ? 'Rebound' : (names.get(userId) ?? 'Unknown user');
  const notes = rows.notes.map((note) => toNote(note, nameOf));
  return {
    id: rma.id,
    rmaNumber: rma.rmaNumber,
    status: rma.status,
    requestedAt: rma.requestedAt,
    requestedById: rma.requestedById,
    orderId: rma.orderId,
    externalOrderId: order.externalId,
    channel: order.channel,
    currency: order.currency,
    policyVerdict: toPolicyVerdict(rma),
    declineReason: asDeclineReason(rma.declineReason),
    declineNote: declineNoteOf(rows.events),
    resolution: rma.resolution,
    replacementOrderId: rma.replacementOrderId,
    returnless: rma.returnless,
    customerShippingPaid:
      rma.customerShippingPaidMinor === null
        ? null
        : { amount: rma.customerShippingPaidMinor, currency: order.currency },
    firstResponseDueAt: rma.firstResponseDueAt,
    firstResponseAt: rma.firstResponseAt,
    refundDueAt: rma.refundDueAt,
    ...returnSlaFlags(rma, now),
    authorizedAt: rma.authorizedAt,
    receivedAt: rma.receivedAt,
    completedAt: rma.completedAt,
    version: rma.version,
    updatedAt: rma.updatedAt,
    lines: toLines(rows, nameOf),
    returnlessEligibility: toReturnless(rows),
    timeline: toTimeline(rows, notes, nameOf),
    notes,
  };
}
