import type { ReturnStatus } from '@rebound/domain';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ReturnStatusEnum } from '../returns/return-status.enum';
import { CARRIERS, type Carrier } from './carrier';
import { CarrierEnum } from './label.enums';
import { ReturnLabelType } from './return-label.type';

/** A label never costs more than this (1,000,000 minor units); larger values are typing errors. */
export const MAX_LABEL_COST_MINOR = 1_000_000;

@InputType({ description: 'Which authorized return to issue a prepaid return label for.' })
export class IssueReturnLabelInput {
  @Field(() => ID, { description: 'The return (RMA); it must be AUTHORIZED.' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field(() => CarrierEnum, {
    defaultValue: 'UPS',
    description: 'The carrier to ship with; UPS when omitted.',
  })
  @IsIn(CARRIERS)
  carrier: Carrier;

  @Field(() => Int, {
    nullable: true,
    description:
      "What the label costs, in minor units of the order's currency (650 = 6.50 USD). Omit it to use the carrier's list price; required when the carrier has no list price in that currency.",
  })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of minor units' })
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_LABEL_COST_MINOR, { message: `must be at most ${MAX_LABEL_COST_MINOR}` })
  costMinor?: number | null;
}

@ObjectType({ description: 'The label just issued, and where the return now stands.' })
export class IssueReturnLabelPayload {
  @Field(() => ReturnLabelType, { description: 'The new label; print it from `downloadUrl`.' })
  label: ReturnLabelType;

  @Field(() => ReturnStatusEnum, { description: 'The return status after issuing: LABEL_ISSUED.' })
  returnStatus: ReturnStatus;
}
