import { Field, InputType } from 'type-graphql';
import { enumFromList } from '../../common/graphql/enum-from-list';

/** The orderings of the orders list; a cursor belongs to one of them. */
export const ORDER_SORTS = ['ORDERED_AT_DESC', 'ORDERED_AT_ASC'] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];

export const OrderSortEnum = enumFromList(
  ORDER_SORTS,
  'OrderSort',
  'How the orders list is sorted; ties are broken by id so that paging is stable.',
  {
    ORDERED_AT_DESC: 'Most recently placed first (the default).',
    ORDERED_AT_ASC: 'Oldest first.',
  },
);

export const SEARCH_MAX_LENGTH = 100;

@InputType({ description: 'Narrows the orders list; every filter given must match.' })
export class OrdersFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only orders of this channel, e.g. AMAZON_US.',
  })
  channel?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only orders of the customer with this email (case doesn't matter).",
  })
  customerEmail?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Only orders placed at or after this instant.',
  })
  orderedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only orders placed before this instant.' })
  orderedTo?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: `Text found in the order number, customer email or customer name (case-insensitive, at most ${SEARCH_MAX_LENGTH} characters).`,
  })
  search?: string | null;
}
