import type { ReasonCode } from '@rebound/domain';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ReasonCodeEnum } from '../returns/reason-code.enum';

@InputType({
  description:
    'The real reason of a return line imported from an Amazon report with a reason the catalogue did not know.',
})
export class ReviewAmazonReturnReasonInput {
  @Field(() => ID, {
    description: 'The flagged return line (`returnLineId` of an AmazonReturnToReview).',
  })
  @IsUUID('all', { message: 'must be an ID' })
  returnLineId: string;

  @Field(() => ReasonCodeEnum, {
    description: 'The catalogue reason the line really has; it replaces the provisional one.',
  })
  reasonCode: ReasonCode;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "True to remember the report's reason text → this code, so later imports of the same text (any case or punctuation) map it without a review. Default false.",
  })
  @IsOptional()
  @IsBoolean()
  rememberMapping?: boolean | null;
}

@ObjectType('ReviewAmazonReturnReasonPayload', {
  description: 'A flagged return line after its review: its reason is set and the flag cleared.',
})
export class ReviewAmazonReturnReasonPayload {
  @Field(() => ID, { description: 'The return the line belongs to.' })
  returnId: string;

  @Field({ description: "The return's RMA number in Rebound." })
  rmaNumber: string;

  @Field(() => ID, { description: 'The reviewed return line.' })
  returnLineId: string;

  @Field({ description: 'The reason exactly as the Amazon report wrote it.' })
  reportReason: string;

  @Field(() => ReasonCodeEnum, { description: 'The reason code the line now carries.' })
  reasonCode: ReasonCode;

  @Field({
    description:
      'True when the mapping (report text → reason code) is now remembered for later imports.',
  })
  mappingRemembered: boolean;
}
