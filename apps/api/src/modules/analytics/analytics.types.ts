import type { Fault, ReasonCode } from '@rebound/domain';
import { GraphQLLocalDate, GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination';
import { SkuType } from '../catalog/sku.type';
import { SupplierType } from '../suppliers/supplier.type';
import { FaultEnum } from '../returns/fault.enum';
import { ReasonCodeEnum } from '../returns/reason-code.enum';

const SOLD =
  'Units on order lines of orders placed in the bucket (counted by the order date in the range time zone).';
const RETURNED =
  'Units on return lines of returns requested in the bucket (counted by the request date in the range time zone), rejected and cancelled returns excluded.';
const RATE = 'unitsReturned ÷ unitsSold; null when unitsSold is 0.';
const MINOR = 'in minor units of `currency` (a safe integer).';

// Return-rate answers reach 10⁵ points: their types use graphql-js's default property resolver
// (simpleResolvers, no type-graphql wrapper per field), which is safe as none has middleware.
@ObjectType({
  description:
    'The keys of a return-rate point: only the dimensions asked for in `groupBy` are set, the others are null.',
  simpleResolvers: true,
})
export class ReturnRateGroup {
  @Field(() => SkuType, { nullable: true, description: 'The SKU, when grouped by SKU.' })
  sku: SkuType | null;

  @Field(() => SupplierType, {
    nullable: true,
    description: 'The supplier, when grouped by SUPPLIER.',
  })
  supplier: SupplierType | null;

  @Field(() => String, { nullable: true, description: 'The category, when grouped by CATEGORY.' })
  category: string | null;

  @Field(() => ReasonCodeEnum, {
    nullable: true,
    description: 'The return reason, when grouped by REASON.',
  })
  reasonCode: ReasonCode | null;

  @Field(() => FaultEnum, {
    nullable: true,
    description: "The reason's fault, when grouped by FAULT.",
  })
  fault: Fault | null;

  @Field(() => String, {
    nullable: true,
    description: 'The sales channel, when grouped by CHANNEL.',
  })
  channel: string | null;
}

@ObjectType({
  description: 'Units sold and returned in one bucket and group (or in total).',
  simpleResolvers: true,
})
export class ReturnRatePoint {
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'First day of the bucket (the day, the Monday of the ISO week, or the 1st of the month) in the range time zone; null on the total.',
  })
  bucketStart: string | null;

  @Field(() => ReturnRateGroup, { description: 'The keys of the point.' })
  group: ReturnRateGroup;

  @Field(() => Int, { description: SOLD })
  unitsSold: number;

  @Field(() => Int, { description: RETURNED })
  unitsReturned: number;

  @Field(() => Float, { nullable: true, description: RATE })
  rate: number | null;
}

@ObjectType({
  description: 'Return rate over a range: the total and the series.',
  simpleResolvers: true,
})
export class ReturnRateReport {
  @Field(() => ReturnRatePoint, {
    description:
      'The whole range and filter, no bucket and no group (zeros and a null rate when nothing matched); the same on every page.',
  })
  total: ReturnRatePoint;

  @Field(() => [ReturnRatePoint], {
    description:
      'One page of points (`first` and `after` on returnRate; 100 by default): one point per bucket and group with units sold or returned, sorted by bucketStart, then by each grouped key in this order: SKU id, supplier id, category, reason code, fault, channel. Buckets without any unit are left out. Follow `pageInfo.endCursor` while `pageInfo.hasNextPage` for the rest.',
  })
  points: ReturnRatePoint[];

  @Field(() => PageInfo, {
    description:
      'Whether more points follow this page, and the cursor to pass as `after` to get them (valid only with the same range, granularity, groupBy and filter).',
  })
  pageInfo: PageInfo;
}

@ObjectType({ description: 'Returned units for one reason code over a range.' })
export class ReasonBreakdownRow {
  @Field(() => ReasonCodeEnum, { description: 'The return reason.' })
  reasonCode: ReasonCode;

  @Field(() => FaultEnum, { description: "The reason's fault from the reason catalogue." })
  fault: Fault;

  @Field({ description: "The reason's wording as Amazon publishes it." })
  label: string;

  @Field(() => Int, { description: RETURNED.replace(' in the bucket', ' in the range') })
  units: number;

  @Field(() => Int, {
    description: 'Returns (RMAs) with at least one line of this reason in the range.',
  })
  returns: number;

  @Field(() => Float, {
    description: 'units ÷ all returned units of the answer, from 0 to 1.',
  })
  share: number;
}

@ObjectType({ description: 'A SKU among the most returned over a range.' })
export class TopReturnedSku {
  @Field(() => SkuType, { description: 'The SKU.' })
  sku: SkuType;

  @Field(() => Int, { description: SOLD.replace('in the bucket', 'in the range') })
  unitsSold: number;

  @Field(() => Int, { description: RETURNED.replace('in the bucket', 'in the range') })
  unitsReturned: number;

  @Field(() => Float, { nullable: true, description: RATE })
  rate: number | null;
}

@ObjectType({
  description:
    "A supplier's quality and money over a range, in one currency (a supplier with claims in two currencies has two rows).",
})
export class SupplierScorecardRow {
  @Field(() => SupplierType, { description: 'The supplier.' })
  supplier: SupplierType;

  @Field(() => Int, { description: SOLD.replace('in the bucket', 'in the range') })
  unitsSold: number;

  @Field(() => Int, {
    description:
      'Returned units whose reason is a SUPPLIER fault, of returns requested in the range (rejected and cancelled excluded).',
  })
  defectUnits: number;

  @Field(() => Float, { nullable: true, description: 'defectUnits ÷ unitsSold; null when 0 sold.' })
  defectRate: number | null;

  @Field({ description: 'ISO 4217 currency of the claim amounts.' })
  currency: string;

  @Field(() => GraphQLSafeInt, {
    description: `Claims opened in the range and still OPEN or SUBMITTED: amount plus label cost, ${MINOR}`,
  })
  claimsOwedMinor: number;

  @Field(() => GraphQLSafeInt, {
    description: `Credited amounts of claims opened in the range and ACCEPTED, ${MINOR}`,
  })
  claimsRecoveredMinor: number;

  supplierId: string;
}

@ObjectType({ description: 'How long a step took, over the returns of a range, in hours.' })
export class DurationStats {
  @Field(() => Int, { description: 'How many returns went through the step.' })
  count: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median duration in hours (interpolated); null when count is 0.',
  })
  medianHours: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '90th percentile in hours (interpolated); null when count is 0.',
  })
  p90Hours: number | null;
}

@ObjectType({ description: 'Speed of the returns requested in a range.' })
export class ReturnSpeed {
  @Field(() => DurationStats, {
    description: 'From the request to the authorization, for the authorized returns.',
  })
  requestToAuthorize: DurationStats;

  @Field(() => DurationStats, {
    description:
      'From the receipt of the parcel to the first issued refund, for received returns refunded since.',
  })
  receiptToRefund: DurationStats;

  @Field(() => Int, {
    description:
      'Returns that missed an SLA: first response after its due time (or none yet and due passed), or refund issued after its due time (or none yet and due passed).',
  })
  slaBreaches: number;
}

@ObjectType({ description: 'What the returns requested in a range cost, in one currency.' })
export class ReturnCostRow {
  @Field({ description: 'ISO 4217 currency of every amount of the row.' })
  currency: string;

  @Field(() => GraphQLSafeInt, {
    description: `Cost of the return labels the seller paid for, ${MINOR}`,
  })
  labelsPaidBySellerMinor: number;

  @Field(() => GraphQLSafeInt, {
    description: `Restocking fees and label deductions kept from issued refunds, ${MINOR}`,
  })
  feesCollectedMinor: number;

  @Field(() => GraphQLSafeInt, {
    description: `Unit cost of the returned units disposed of (disposition DISPOSE), ${MINOR}`,
  })
  writeOffsMinor: number;

  @Field(() => GraphQLSafeInt, {
    description: `Amounts suppliers credited on accepted claims for these returns, ${MINOR}`,
  })
  recoveriesMinor: number;
}
