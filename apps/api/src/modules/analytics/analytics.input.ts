import type { Fault, ReasonCode } from '@rebound/domain';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { enumFromList } from '../../common/graphql/enum-from-list';
import { FaultEnum } from '../returns/fault.enum';
import { ReasonCodeEnum } from '../returns/reason-code.enum';

export const ANALYTICS_GRANULARITIES = ['DAY', 'WEEK', 'MONTH'] as const;
export type AnalyticsGranularity = (typeof ANALYTICS_GRANULARITIES)[number];

export const AnalyticsGranularityEnum = enumFromList(
  ANALYTICS_GRANULARITIES,
  'AnalyticsGranularity',
  'The size of the time buckets of an analytics series, counted in the range time zone.',
  {
    DAY: 'One bucket per calendar day.',
    WEEK: 'One bucket per ISO week, starting on Monday.',
    MONTH: 'One bucket per calendar month.',
  },
);

export const RETURN_RATE_DIMENSIONS = [
  'SKU',
  'SUPPLIER',
  'CATEGORY',
  'REASON',
  'FAULT',
  'CHANNEL',
] as const;
export type ReturnRateDimension = (typeof RETURN_RATE_DIMENSIONS)[number];

export const ReturnRateDimensionEnum = enumFromList(
  RETURN_RATE_DIMENSIONS,
  'ReturnRateDimension',
  'A key the return rate is split by. Units sold have no reason or fault: grouped by REASON or FAULT, a point lists only the reasons (faults) with returned units, and its unitsSold are those of the other keys.',
  {
    SKU: 'The SKU of the order line.',
    SUPPLIER: "The SKU's supplier.",
    CATEGORY: "The SKU's product category.",
    REASON: 'The return reason code of the returned line.',
    FAULT:
      "Who is at fault according to the return reason's catalogue entry (the reason's fault, not the inspected one).",
    CHANNEL: 'The sales channel of the order (e.g. AMAZON_US).',
  },
);

@InputType({
  description:
    'A range of whole calendar days in a time zone: days, weeks and months are counted in it, so a day is 23 or 25 hours long across a DST change.',
})
export class AnalyticsRangeInput {
  @Field(() => GraphQLLocalDate, {
    description: 'First calendar day included (YYYY-MM-DD) in `timeZone`.',
  })
  from: string;

  @Field(() => GraphQLLocalDate, {
    description:
      'Last calendar day included (YYYY-MM-DD) in `timeZone`. Equal to `from` covers one day; before `from` is refused (BAD_USER_INPUT, path `range.to`); at most 3,660 days after it.',
  })
  to: string;

  @Field(() => String, {
    defaultValue: 'UTC',
    description:
      'IANA time zone (e.g. America/New_York) in which day boundaries and buckets are computed; UTC by default. Offsets such as +05:00 are refused (path `range.timeZone`).',
  })
  timeZone: string;
}

@InputType({
  description:
    'Narrows an analytics answer. Every list given must hold (AND); a list matches any of its values (OR); a missing field, null or an empty list does not filter. Reason and fault filters narrow returned units only (sold units have no reason).',
})
export class AnalyticsFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Only these SKUs.' })
  skuIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only SKUs of these suppliers.' })
  supplierIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only SKUs in these product categories (exact, case-sensitive names).',
  })
  categories?: string[] | null;

  @Field(() => [ReasonCodeEnum], {
    nullable: true,
    description: 'Only returned lines with these reason codes.',
  })
  reasonCodes?: ReasonCode[] | null;

  @Field(() => [FaultEnum], {
    nullable: true,
    description: "Only returned lines whose reason's fault is one of these.",
  })
  faults?: Fault[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only orders from these sales channels (e.g. AMAZON_US).',
  })
  channels?: string[] | null;
}
