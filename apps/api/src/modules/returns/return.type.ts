import type { DeclineReasonCode, Resolution, ReturnStatus } from '@rebound/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NoteType } from '../notes/note.type';
import { DeclineReasonEnum } from './decline-reason.enum';
import { MoneyType } from '../catalog/money.type';
import { PolicyVerdictType } from './policy-verdict.type';
import { ResolutionEnum } from './resolution.enum';
import { ReturnLineType } from './return-line.type';
import { ReturnStatusEnum } from './return-status.enum';
import { ReturnlessEligibilityType } from './returnless-eligibility.type';
import { TimelineEntryType } from './timeline-entry.type';

@ObjectType('Return', {
  description:
    'A return (RMA): the request, the policy verdict, its lifecycle status and SLA clocks, its lines with their inspection, the timeline and the notes.',
})
export class RmaType {
  @Field(() => ID, { description: 'Stable identifier of the return.' })
  id: string;

  @Field({
    description: 'The RMA number quoted to the customer and printed on the label, e.g. RMA-100042.',
  })
  rmaNumber: string;

  @Field(() => ReturnStatusEnum, { description: 'Where the return is in its lifecycle.' })
  status: ReturnStatus;

  @Field({ description: 'When the customer asked to return the items.' })
  requestedAt: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The user who entered the request; null for imported returns.',
  })
  requestedById: string | null;

  @Field(() => ID, { description: 'The order the items come from.' })
  orderId: string;

  @Field({ description: "The order's number on its channel, e.g. Amazon's 114-1234567-1234567." })
  externalOrderId: string;

  @Field({ description: 'Where the order was placed, e.g. AMAZON.' })
  channel: string;

  @Field({ description: 'ISO 4217 currency of the order; every amount of the return is in it.' })
  currency: string;

  @Field(() => PolicyVerdictType, { description: "The return policy's verdict at request time." })
  policyVerdict: PolicyVerdictType;

  @Field(() => DeclineReasonEnum, {
    nullable: true,
    description: 'Why support declined it (rejected, or resolved by DECLINE).',
  })
  declineReason: DeclineReasonCode | null;

  @Field(() => String, { nullable: true, description: "Support's note with the decline, if any." })
  declineNote: string | null;

  @Field(() => ResolutionEnum, {
    nullable: true,
    description: 'How it was resolved; null until completed.',
  })
  resolution: Resolution | null;

  @Field(() => String, {
    nullable: true,
    description: 'The replacement order, when resolved by REPLACEMENT.',
  })
  replacementOrderId: string | null;

  @Field({
    description: 'True when resolved without the items coming back (no label, no restock).',
  })
  returnless: boolean;

  @Field(() => MoneyType, {
    nullable: true,
    description:
      'What the customer paid to ship it back themselves (their receipt); null when they did not.',
  })
  customerShippingPaid: MoneyType | null;

  @Field({
    description:
      'When the first response (authorize, reject or cancel) is due: 24 h after the request.',
  })
  firstResponseDueAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When support first answered; null while waiting.',
  })
  firstResponseAt: Date | null;

  @Field({ description: 'True while no first response was given and its due time has passed.' })
  firstResponseOverdue: boolean;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the refund is due: end of the 2nd business day after receipt. Null until received.',
  })
  refundDueAt: Date | null;

  @Field({
    description:
      'True while the return is received but not completed and the refund due time has passed.',
  })
  refundOverdue: boolean;

  @Field({ description: 'True when any SLA clock of the return is overdue.' })
  overdue: boolean;

  @Field(() => Date, { nullable: true, description: 'When support authorized it.' })
  authorizedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the warehouse received the parcel.' })
  receivedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it reached COMPLETED, REJECTED or CANCELLED.',
  })
  completedAt: Date | null;

  @Field(() => Int, {
    description: 'Increases with every change; two people changing it at once → one gets CONFLICT.',
  })
  version: number;

  @Field({ description: 'When the return was last changed.' })
  updatedAt: Date;

  @Field(() => [ReturnLineType], {
    description: 'The lines returned, in the order of their order lines.',
  })
  lines: ReturnLineType[];

  @Field(() => ReturnlessEligibilityType, {
    nullable: true,
    description:
      'Whether it may be refunded without the items coming back (judged on the claimed reasons); null when it cannot be judged (an unsupported currency).',
  })
  returnlessEligibility: ReturnlessEligibilityType | null;

  @Field(() => [TimelineEntryType], {
    description: 'Everything that happened to it, oldest first, notes included.',
  })
  timeline: TimelineEntryType[];

  @Field(() => [NoteType], { description: 'Notes on it, oldest first.' })
  notes: NoteType[];
}
