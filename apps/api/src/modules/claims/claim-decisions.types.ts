import { IsInt, IsOptional, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

const NOT_BLANK = /\S/;

@InputType({ description: 'Send an OPEN supplier claim to the supplier.' })
export class SubmitSupplierClaimInput {
  @Field(() => ID, { description: 'The claim to submit (must be OPEN).' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The supplier's reference for the claim (their RMA or ticket number), when they gave one already.",
  })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(200)
  supplierReference?: string | null;
}

@InputType({ description: "Record the supplier's acceptance of a SUBMITTED claim." })
export class AcceptSupplierClaimInput {
  @Field(() => ID, { description: 'The claim to accept (must be SUBMITTED).' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field(() => Int, {
    description:
      'What the supplier credits, in minor units of the claim currency: from 0 to the claimed amount. Less than claimed writes the difference off.',
  })
  @IsInt({ message: 'must be a whole number of minor units' })
  @Min(0, { message: 'must be 0 or more' })
  credited: number;

  @Field(() => String, {
    nullable: true,
    description:
      "The supplier's reference for the credit (credit note number); required unless given when the claim was submitted, and replaces that one when given.",
  })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(200)
  supplierReference?: string | null;
}

@InputType({ description: "Record the supplier's refusal of a SUBMITTED claim." })
export class RejectSupplierClaimInput {
  @Field(() => ID, { description: 'The claim to reject (must be SUBMITTED).' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field({ description: 'Why the supplier refused it, as they stated it.' })
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(2000)
  reason: string;
}
