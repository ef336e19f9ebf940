import type { Resolution, ReturnStatus } from '@rebound/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { ResolutionEnum } from '../resolution.enum';
import { ReturnStatusEnum } from '../return-status.enum';

@ObjectType('ReturnSummaryOrder', {
  description: 'The marketplace order a listed return belongs to.',
})
export class ReturnSummaryOrder {
  @Field(() => ID, { description: 'Stable identifier of the order.' })
  id: string;

  @Field({ description: 'The sales channel, e.g. AMAZON_US.' })
  channel: string;

  @Field({ description: "The marketplace's order id, e.g. Amazon 114-1234567-1234567." })
  externalId: string;

  @Field({ description: 'ISO 4217 currency of every amount on the order.' })
  currency: string;

  @Field({ description: 'When the customer placed the order.' })
  orderedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was delivered; null if not yet.' })
  deliveredAt: Date | null;
}

@ObjectType('ReturnSummaryCustomer', { description: 'The customer who asked for a listed return.' })
export class ReturnSummaryCustomer {
  @Field(() => ID, { description: 'Stable identifier of the customer.' })
  id: string;

  @Field({ description: "The customer's name." })
  name: string;

  @Field({ description: "The customer's email address." })
  email: string;
}

@ObjectType('ReturnSummaryLabel', { description: 'The newest return label issued for a return.' })
export class ReturnSummaryLabel {
  @Field({ description: 'The carrier, e.g. UPS.' })
  carrier: string;

  @Field({ description: "The carrier's tracking number." })
  trackingNumber: string;
}

@ObjectType('ReturnSummarySla', {
  description:
    'The service-level clocks of a return: first response due 24 h after the request, refund due 2 business days after receipt.',
})
export class ReturnSummarySla {
  @Field({
    description: 'When support must have answered the request (authorized, rejected or cancelled).',
  })
  firstResponseDueAt: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the refund must be issued (end of the 2nd business day after receipt); null until received.',
  })
  refundDueAt: Date | null;

  @Field({ description: 'True when the return is still REQUESTED after firstResponseDueAt.' })
  firstResponseOverdue: boolean;

  @Field({
    description: 'True when the return was received, is not completed, and refundDueAt has passed.',
  })
  refundOverdue: boolean;

  @Field({ description: 'True when either clock is overdue now: the queue flag.' })
  overdue: boolean;
}

@ObjectType('ReturnSummary', {
  description:
    'A return (RMA) as one row of the returns list, with what a queue shows: order, customer, lines, newest label and SLA.',
})
export class ReturnSummary {
  @Field(() => ID, { description: 'Stable identifier of the return.' })
  id: string;

  @Field({
    description: 'The RMA number shown to the customer and printed on the label, e.g. RMA-001042.',
  })
  rmaNumber: string;

  @Field(() => ReturnStatusEnum, { description: 'Where the return is in its lifecycle.' })
  status: ReturnStatus;

  @Field({ description: 'When the customer asked for the return.' })
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the parcel arrived; null until then.' })
  receivedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the return was completed; null until then.',
  })
  completedAt: Date | null;

  @Field({ description: 'When anything about the return last changed.' })
  updatedAt: Date;

  @Field({ description: 'True when resolved without the item coming back.' })
  returnless: boolean;

  @Field(() => ResolutionEnum, {
    nullable: true,
    description: 'How the return was resolved (refund, replacement, decline); null until resolved.',
  })
  resolution: Resolution | null;

  @Field(() => ReturnSummaryOrder, { description: 'The order the returned units come from.' })
  order: ReturnSummaryOrder;

  @Field(() => ReturnSummaryCustomer, { description: 'The customer who asked for the return.' })
  customer: ReturnSummaryCustomer;

  @Field(() => ReturnSummaryLabel, {
    nullable: true,
    description: 'The newest label issued for the return; null when none was issued.',
  })
  label: ReturnSummaryLabel | null;

  @Field(() => ReturnSummarySla, {
    description: 'The SLA clocks, judged at the time of the request.',
  })
  sla: ReturnSummarySla;
}
