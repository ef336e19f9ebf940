import { IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { SupplierClaimStatus } from './supplier-claim.entity';
import { SupplierClaimStatusEnum } from './supplier-claim.enums';

@InputType({
  description:
    'Which supplier claims to list. Every field given must hold (AND); a list matches any of its values (OR). A missing field, null or an empty list does not filter.',
})
export class SupplierClaimFilter {
  @Field(() => ID, { nullable: true, description: 'Only claims against this supplier.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID' })
  supplierId?: string | null;

  @Field(() => [SupplierClaimStatusEnum], {
    nullable: true,
    description: 'Only claims in any of these statuses.',
  })
  @IsOptional()
  status?: SupplierClaimStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only overdue claims (OPEN or SUBMITTED past the supplier's claim terms, by the server clock); false: only claims that are not overdue.",
  })
  @IsOptional()
  overdue?: boolean | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Only claims opened at or after this instant (inclusive).',
  })
  @IsOptional()
  openedFrom?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Only claims opened before this instant (exclusive); must be after openedFrom.',
  })
  @IsOptional()
  openedTo?: Date | null;
}
