import type { RefundStatus } from '@rebound/domain';
import { Field, ID, InputType } from 'type-graphql';
import type { RefundMethod } from '../refund.entity';
import { RefundMethodEnum, RefundStatusEnum } from '../refund.enums';

@InputType({
  description:
    'Which refunds to list. Every field given must hold (AND); a list matches any of its values (OR). A missing field, null or an empty list does not filter.',
})
export class RefundFilter {
  @Field(() => [RefundStatusEnum], {
    nullable: true,
    description: 'Refunds in any of these statuses.',
  })
  status?: RefundStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'The refunds of this return.' })
  returnId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The refunds of this order.' })
  orderId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Refunds created at or after this instant.',
  })
  createdFrom?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Refunds created at or before this instant (not before createdFrom).',
  })
  createdTo?: Date | null;

  @Field(() => RefundMethodEnum, { nullable: true, description: 'Refunds paid this way.' })
  method?: RefundMethod | null;

  @Field(() => String, {
    nullable: true,
    description: 'Refunds in this ISO 4217 currency (3 capital letters, e.g. USD).',
  })
  currency?: string | null;
}
