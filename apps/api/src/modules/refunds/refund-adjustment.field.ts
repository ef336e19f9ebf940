import { Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { RefundType } from './refund.type';
import { storedBreakdown } from './stored-breakdown';

@ObjectType('RefundAdjustment', {
  description: "Finance's manual change of a computed refund total (only ever downwards).",
})
export class RefundAdjustmentType {
  @Field(() => Int, {
    description: 'The total the calculator computed before the change, in minor units.',
  })
  computedTotal: number;

  @Field({ description: 'Why finance changed it.' })
  reason: string;

  @Field(() => ID, { description: 'The FINANCE or ADMIN user who changed it.' })
  adjustedById: string;

  @Field({ description: 'When it was changed.' })
  adjustedAt: Date;
}

/** `Refund.adjustment`, read from the breakdown it was stored with. */
@Resolver(() => RefundType)
export class RefundAdjustmentFieldResolver {
  @FieldResolver(() => RefundAdjustmentType, {
    nullable: true,
    description:
      'Set when finance lowered the computed total by hand (the breakdown lines and total then show the re-allocated amounts); null otherwise. A recalculation clears it.',
  })
  adjustment(@Root() refund: RefundType): RefundAdjustmentType | null {
    const adjustment = storedBreakdown(refund.breakdown).adjustment;
    if (adjustment === undefined) return null;
    return { ...adjustment, adjustedAt: new Date(adjustment.adjustedAt) };
  }
}
