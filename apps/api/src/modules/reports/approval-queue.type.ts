import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';

/** How long a refund may wait for its second FINANCE approval before it counts as overdue. */
export const APPROVAL_SLA_HOURS = 24;

@ObjectType({
  description: 'Refunds waiting for approval (PENDING_APPROVAL) in one currency.',
})
export class ApprovalQueueCurrency {
  @Field({ description: 'ISO 4217 currency of `total`.' })
  currency: string;

  @Field(() => Int, { description: 'Refunds waiting for approval.' })
  count: number;

  @Field(() => GraphQLSafeInt, {
    description: 'Σ of their totals, in minor units of `currency`.',
  })
  total: number;

  @Field(() => Date, {
    description: 'When the refund waiting longest was submitted (its creation if never stamped).',
  })
  oldestSubmittedAt: Date;

  @Field(() => Float, {
    description: 'How long the refund waiting longest has waited, in hours (fractional), now.',
  })
  oldestWaitingHours: number;

  @Field(() => Int, {
    description: `Refunds waiting longer than the approval SLA (${APPROVAL_SLA_HOURS} h).`,
  })
  overdueCount: number;
}

@ObjectType({
  description: `The large-refund approval queue now: what waits, per currency, and what is past the approval SLA of ${APPROVAL_SLA_HOURS} hours after submission.`,
})
export class ApprovalQueueSummary {
  @Field(() => Int, {
    description: `The approval SLA in hours (${APPROVAL_SLA_HOURS}): a refund waiting longer than this after submission is overdue.`,
  })
  approvalSlaHours: number;

  @Field(() => Date, { description: 'The instant the figures were taken at.' })
  asOf: Date;

  @Field(() => Int, { description: 'Refunds waiting, all currencies together.' })
  count: number;

  @Field(() => Int, { description: 'Refunds past the approval SLA, all currencies together.' })
  overdueCount: number;

  @Field(() => [ApprovalQueueCurrency], {
    description: 'One entry per currency with refunds waiting, by currency code; empty when none.',
  })
  currencies: ApprovalQueueCurrency[];
}
