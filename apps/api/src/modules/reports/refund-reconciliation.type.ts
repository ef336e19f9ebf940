import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

const MINOR = 'in minor units of `currency` (a safe integer, up to 2^53 − 1).';

@ObjectType({
  description:
    "Issued refunds of a period in one currency, checked three ways (refund totals, their refund lines, their breakdowns' totals), with what was recovered from suppliers for them.",
})
export class RefundReconciliation {
  @Field({ description: 'ISO 4217 currency of every amount here.' })
  currency: string;

  @Field(() => Int, { description: 'Refunds issued in the period.' })
  issuedCount: number;

  @Field(() => GraphQLSafeInt, { description: `Σ of their totals, ${MINOR}` })
  issuedTotal: number;

  @Field(() => GraphQLSafeInt, { description: `Σ of their refund lines, ${MINOR}` })
  linesTotal: number;

  @Field(() => GraphQLSafeInt, { description: `Σ of their breakdowns' totals, ${MINOR}` })
  breakdownTotal: number;

  @Field(() => Int, {
    description:
      'Refunds whose own total, refund lines and breakdown total do not all agree (0 when consistent).',
  })
  inconsistentCount: number;

  @Field({
    description:
      'True when issuedTotal, linesTotal and breakdownTotal agree and every refund agrees with itself.',
  })
  consistent: boolean;

  @Field(() => Int, { description: 'Supplier claims opened for these refunds.' })
  claimCount: number;

  @Field(() => GraphQLSafeInt, { description: `Σ claimed from suppliers (every status), ${MINOR}` })
  claimed: number;

  @Field(() => GraphQLSafeInt, {
    description: `Σ credited by suppliers on ACCEPTED claims (may be less than claimed), ${MINOR}`,
  })
  accepted: number;

  @Field(() => GraphQLSafeInt, {
    description: `Σ claimed on claims still OPEN or SUBMITTED, ${MINOR}`,
  })
  outstanding: number;

  @Field(() => GraphQLSafeInt, { description: `Σ claimed on REJECTED claims, ${MINOR}` })
  rejected: number;
}
