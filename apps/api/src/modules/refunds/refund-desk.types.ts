import { IsIn, IsInt, IsOptional, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { REFUND_METHODS, type RefundMethod } from './refund.entity';
import { RefundMethodEnum } from './refund.enums';

const NOT_BLANK = /\S/;

@InputType({ description: 'Compute and store the refund of a return, as a DRAFT.' })
export class CreateRefundInput {
  @Field(() => ID, {
    description:
      'The return to refund: INSPECTED, or AUTHORIZED and eligible for a returnless refund. At most one refund per return that is not REJECTED.',
  })
  @IsUUID('all', { message: 'must be an ID' })
  returnId: string;

  @Field(() => RefundMethodEnum, {
    nullable: true,
    description: 'How the money reaches the customer; MARKETPLACE when omitted.',
  })
  @IsOptional()
  @IsIn(REFUND_METHODS)
  method?: RefundMethod | null;
}

@InputType({ description: 'Recompute a refund from its return as it is now.' })
export class RecalculateRefundInput {
  @Field(() => ID, { description: 'The refund (DRAFT, PENDING_APPROVAL or APPROVED).' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;
}

@InputType({ description: 'Send a DRAFT refund on (to approval, or approved when small).' })
export class SubmitRefundInput {
  @Field(() => ID, { description: 'The DRAFT refund to submit.' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;
}

@InputType({ description: "A second FINANCE user's approval of a large refund." })
export class ApproveRefundInput {
  @Field(() => ID, {
    description:
      'The refund: PENDING_APPROVAL, or APPROVED whose amount changed since its approval.',
  })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;
}

@InputType({ description: "Finance's manual change of a refund total (only downwards)." })
export class AdjustRefundAmountInput {
  @Field(() => ID, { description: 'The refund (DRAFT, PENDING_APPROVAL or APPROVED).' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field(() => Int, {
    description:
      'The new total in minor units of the refund currency: from 0 to the total the calculator computes now (above it: REFUND_EXCEEDS_REMAINING).',
  })
  @IsInt({ message: 'must be a whole number of minor units' })
  @Min(0)
  total: number;

  @Field({ description: 'Why the total is changed (kept with the breakdown and audited).' })
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(2000)
  reason: string;
}

@InputType({ description: 'Refuse a refund that is DRAFT or PENDING_APPROVAL.' })
export class RejectRefundInput {
  @Field(() => ID, { description: 'The refund to reject.' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field({ description: 'Why finance refuses it (shown on the refund).' })
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(2000)
  reason: string;
}
