import type { DeclineReasonCode, Resolution } from '@rebound/domain';
import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DeclineReasonEnum } from './decline-reason.enum';
import { ResolutionEnum } from './resolution.enum';

const NOT_BLANK = /\S/;

@InputType({ description: 'Accept a requested return.' })
export class AuthorizeReturnInput {
  @Field(() => ID, { description: 'The return to authorize (must be REQUESTED).' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field(() => String, {
    nullable: true,
    description:
      'For a request that was outside the return window: the written reason to accept it (at least 10 characters), recorded in the timeline. Ignored for requests in time.',
  })
  @IsOptional()
  @MaxLength(2000)
  overrideReason?: string | null;
}

@InputType({ description: 'Decline a requested return.' })
export class RejectReturnInput {
  @Field(() => ID, { description: 'The return to reject (must be REQUESTED).' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field(() => DeclineReasonEnum, { description: 'Why; OTHER needs a note.' })
  declineReason: DeclineReasonCode;

  @Field(() => String, {
    nullable: true,
    description: 'Explanation for the customer and the team.',
  })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'Withdraw a return before a label is issued.' })
export class CancelReturnInput {
  @Field(() => ID, { description: 'The return to cancel (REQUESTED or AUTHORIZED).' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field({ description: 'Why it is cancelled (e.g. "customer withdrew the request").' })
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(2000)
  reason: string;
}

@InputType({ description: 'Complete an inspected return by refund, replacement or decline.' })
export class ResolveReturnInput {
  @Field(() => ID, { description: 'The return to resolve (must be INSPECTED).' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field(() => ResolutionEnum, {
    description:
      'REFUND completes once a refund is issued (refunds are not available yet, so it is refused with REFUND_NOT_ISSUED); REPLACEMENT needs replacementOrderId; DECLINE needs declineReason.',
  })
  resolution: Resolution;

  @Field(() => String, { nullable: true, description: 'The replacement order, for REPLACEMENT.' })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(100)
  replacementOrderId?: string | null;

  @Field(() => DeclineReasonEnum, {
    nullable: true,
    description: 'Why it is declined, for DECLINE.',
  })
  declineReason?: DeclineReasonCode | null;

  @Field(() => String, {
    nullable: true,
    description: 'A note with the resolution (required for DECLINE with OTHER).',
  })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'Complete an authorized return without the items coming back.' })
export class ResolveReturnlessInput {
  @Field(() => ID, { description: 'The return (must be AUTHORIZED and eligible).' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;
}
