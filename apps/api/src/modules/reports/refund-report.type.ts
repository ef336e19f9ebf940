import type { RefundStatus } from '@rebound/domain';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { RefundMethod } from '../refunds/refund.entity';
import { RefundMethodEnum, RefundStatusEnum } from '../refunds/refund.enums';

const SUM = 'Σ over the row, in minor units of `currency` (a safe integer, up to 2^53 − 1).';

// Reports reach 10⁵ rows: plain properties read by graphql-js's default resolver (no type-graphql
// wrapper per field; the type has no middleware).
@ObjectType({
  description:
    'One group of refunds: its keys (null when not grouped by that key) and its sums in minor units of its currency. Amounts of different currencies are never added: the currency is always a key.',
  simpleResolvers: true,
})
export class RefundReportRow {
  @Field(() => String, {
    nullable: true,
    description:
      'First day of the period as a local ISO date (YYYY-MM-DD) in the filter time zone: the day, the Monday of the ISO week, or the first of the month. Null when not grouped by a period.',
  })
  periodStart: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'The instant the period starts (local midnight in the filter time zone).',
  })
  periodStartsAt: Date | null;

  @Field(() => RefundStatusEnum, {
    nullable: true,
    description: 'Status key, when grouped by STATUS.',
  })
  status: RefundStatus | null;

  @Field(() => RefundMethodEnum, {
    nullable: true,
    description: 'Method key, when grouped by METHOD.',
  })
  method: RefundMethod | null;

  @Field({ description: 'ISO 4217 currency of every amount of the row (always a key).' })
  currency: string;

  @Field(() => ID, { nullable: true, description: 'Supplier key, when grouped by SUPPLIER.' })
  supplierId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The supplier's code, when grouped by SUPPLIER.",
  })
  supplierCode: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The supplier's name, when grouped by SUPPLIER.",
  })
  supplierName: string | null;

  @Field(() => Int, {
    description:
      'Refunds in the group (by supplier: refunds with at least one line of that supplier).',
  })
  refundCount: number;

  @Field(() => GraphQLSafeInt, {
    description: `Refund totals (by supplier: the refund lines of its SKUs). ${SUM}`,
  })
  total: number;

  @Field(() => GraphQLSafeInt, { description: `Item amounts (unit price × units). ${SUM}` })
  items: number;

  @Field(() => GraphQLSafeInt, { description: `Tax shares refunded. ${SUM}` })
  tax: number;

  @Field(() => GraphQLSafeInt, { description: `Outbound shipping shares refunded. ${SUM}` })
  shipping: number;

  @Field(() => GraphQLSafeInt, { description: `Restocking fees kept. ${SUM}` })
  restockingFees: number;

  @Field(() => GraphQLSafeInt, {
    description: `Prepaid label costs deducted (by supplier: split in proportion to the suppliers' capped line totals). ${SUM}`,
  })
  labelDeductions: number;

  @Field(() => GraphQLSafeInt, {
    description: `Customer return-shipping receipts reimbursed (by supplier: split like label deductions). ${SUM}`,
  })
  shippingReimbursements: number;
}
