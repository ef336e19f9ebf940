import type { ReasonCode } from '@rebound/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ReasonCodeEnum } from './reason-code.enum';

@InputType({ description: 'Units of one order line the customer wants to return, and why.' })
export class RequestedLineInput {
  @Field(() => ID, { description: 'The order line (of the same order) the units come from.' })
  @IsUUID('all', { message: 'must be an ID' })
  orderLineId: string;

  @Field(() => Int, {
    description: 'Units to return, at least 1 and at most what can still be returned.',
  })
  @IsInt()
  @Min(1)
  @Max(100_000)
  quantity: number;

  @Field(() => ReasonCodeEnum, { description: "The customer's reason (one per line)." })
  reasonCode: ReasonCode;

  @Field(() => String, {
    nullable: true,
    description: "The customer's own words, up to 2000 characters.",
  })
  @IsOptional()
  @MaxLength(2000)
  customerComment?: string | null;
}

@InputType({ description: 'An amount in minor units with its currency.' })
export class MoneyInput {
  @Field(() => Int, { description: 'Minor units (cents for USD), zero or more.' })
  @IsInt()
  @Min(0)
  amount: number;

  @Field({ description: "ISO 4217 currency code; must be the order's currency." })
  @Matches(/^[A-Z]{3}$/, { message: 'must be a 3-letter ISO 4217 code such as USD' })
  currency: string;
}

@InputType({ description: 'A return request entered by support on behalf of the customer.' })
export class RequestReturnInput {
  @Field(() => ID, { description: 'The order the items come from.' })
  @IsUUID('all', { message: 'must be an ID' })
  orderId: string;

  @Field(() => [RequestedLineInput], {
    description: 'The lines to return: 1 to 100, each order line at most once.',
  })
  @ArrayMinSize(1, { message: 'must list at least one line' })
  @ArrayMaxSize(100)
  @ValidateNested()
  lines: RequestedLineInput[];

  @Field(() => Date, {
    nullable: true,
    description:
      'When the customer asked (default: now); not in the future. The return window is judged at this instant.',
  })
  requestedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Accepts a request outside the return window: a written reason of at least 10 characters, kept in the audit trail. Ignored when the request is in time.',
  })
  @IsOptional()
  @MaxLength(2000)
  overrideReason?: string | null;

  @Field(() => MoneyInput, {
    nullable: true,
    description:
      'What the customer paid to ship it back themselves (their receipt), in the order currency.',
  })
  @IsOptional()
  @ValidateNested()
  customerShippingPaid?: MoneyInput | null;
}
