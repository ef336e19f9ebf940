import { CURRENCY_CODES } from '@rebound/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateNested,
} from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { CHANNEL_PATTERN, ExternalIdOfChannel } from './order-identity.rules';

/** The largest GraphQL Int: amounts and counts beyond it cannot be sent. */
export const INT_MAX = 2_147_483_647;
export const MAX_ORDER_LINES = 500;

const wholeNumber = { message: 'must be a whole number' };

@InputType({ description: 'The customer who placed an order; customers are matched by email.' })
export class OrderCustomerInput {
  @Field({
    description: 'Email address of the customer; stored lower-cased, it identifies the customer.',
  })
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320, { message: 'must be at most 320 characters' })
  email: string;

  @Field({
    description: "The customer's name as the marketplace shows it; replaces the stored name.",
  })
  @Matches(/\S/, { message: 'must not be empty' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name: string;
}

@InputType({ description: 'One line of an order: a SKU, how many units and what was paid.' })
export class OrderLineInput {
  @Field(() => Int, {
    description: 'Position of the line in the order (1, 2, …); identifies the line on updates.',
  })
  @IsInt(wholeNumber)
  @Min(1, { message: 'must be ≥ 1' })
  @Max(INT_MAX, { message: `must be ≤ ${INT_MAX}` })
  lineNo: number;

  @Field({ description: 'Merchant SKU code of an existing SKU, e.g. HP-KIT-001.' })
  @Matches(/\S/, { message: 'must not be empty' })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  skuCode: string;

  @Field(() => Int, { description: 'Units ordered, at least 1.' })
  @IsInt(wholeNumber)
  @Min(1, { message: 'must be ≥ 1' })
  @Max(INT_MAX, { message: `must be ≤ ${INT_MAX}` })
  quantity: number;

  @Field(() => Int, {
    description: "Price of one unit, tax excluded, in minor units of the order's currency (≥ 0).",
  })
  @IsInt(wholeNumber)
  @Min(0, { message: 'must be ≥ 0' })
  @Max(INT_MAX, { message: `must be ≤ ${INT_MAX}` })
  unitPrice: number;

  @Field(() => Int, {
    description: "Tax charged on the whole line, in minor units of the order's currency (≥ 0).",
  })
  @IsInt(wholeNumber)
  @Min(0, { message: 'must be ≥ 0' })
  @Max(INT_MAX, { message: `must be ≤ ${INT_MAX}` })
  tax: number;

  @Field(() => Int, {
    description:
      "The line's share of outbound shipping, in minor units of the order's currency (≥ 0).",
  })
  @IsInt(wholeNumber)
  @Min(0, { message: 'must be ≥ 0' })
  @Max(INT_MAX, { message: `must be ≤ ${INT_MAX}` })
  shipping: number;
}

@InputType({
  description:
    'A whole marketplace order as the channel reports it. Sending the same order again changes nothing; sending it changed updates it, and lines left out are removed.',
})
export class UpsertOrderInput {
  @Field({
    description:
      'Sales channel: upper-case letters, digits and underscores, 2 to 32 characters, e.g. AMAZON_US.',
  })
  @Matches(CHANNEL_PATTERN, {
    message: 'must be 2-32 upper-case letters, digits or underscores, starting with a letter',
  })
  channel: string;

  @Field({
    description:
      "The channel's order number, trimmed; AMAZON_* channels require 3-7-7 digits (114-1234567-1234567).",
  })
  @Validate(ExternalIdOfChannel)
  externalId: string;

  @Field(() => OrderCustomerInput, { description: 'Who placed the order.' })
  @ValidateNested()
  customer: OrderCustomerInput;

  @Field({
    description: `ISO 4217 code of the order's one currency; every SKU on it must be listed in it. One of ${CURRENCY_CODES.join(', ')}.`,
  })
  @IsIn(CURRENCY_CODES, { message: 'must be an ISO 4217 currency code Rebound supports' })
  currency: string;

  @Field({ description: 'When the customer placed the order.' })
  @IsDate({ message: 'must be a date-time' })
  orderedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the order was delivered; null or absent while it is not delivered.',
  })
  @IsOptional()
  @IsDate({ message: 'must be a date-time' })
  deliveredAt?: Date | null;

  @Field(() => [OrderLineInput], {
    description: `Every line of the order (1 to ${MAX_ORDER_LINES}), each with its own lineNo.`,
  })
  @ArrayMinSize(1, { message: 'must hold at least one line' })
  @ArrayMaxSize(MAX_ORDER_LINES, { message: `must hold at most ${MAX_ORDER_LINES} lines` })
  @ValidateNested({ each: true })
  lines: OrderLineInput[];
}
