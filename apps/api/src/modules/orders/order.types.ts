import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination';

@ObjectType('Customer', {
  description: 'A marketplace customer who bought from the seller; one per email address.',
})
export class CustomerType {
  @Field(() => ID, { description: 'Stable identifier of the customer.' })
  id: string;

  @Field({ description: 'Email address, lower-case; it identifies the customer.' })
  email: string;

  @Field({ description: "The customer's name, as last imported." })
  name: string;
}

@ObjectType('OrderLine', {
  description: "One SKU on an order: units ordered and what was paid, in the order's currency.",
})
export class OrderLineType {
  @Field(() => ID, { description: 'Stable identifier of the order line (used by returns).' })
  id: string;

  @Field(() => Int, { description: 'Position of the line in the order (1, 2, …).' })
  lineNo: number;

  @Field(() => ID, { description: 'Identifier of the SKU ordered.' })
  skuId: string;

  @Field({ description: 'Merchant SKU code of the product, e.g. HP-KIT-001.' })
  skuCode: string;

  @Field({ description: 'Product name of the SKU.' })
  skuName: string;

  @Field(() => Int, { description: 'Units ordered.' })
  quantity: number;

  @Field(() => Int, {
    description: 'Price of one unit, tax excluded, in minor units of `currency`.',
  })
  unitPrice: number;

  @Field(() => Int, { description: 'Tax charged on the whole line, in minor units of `currency`.' })
  tax: number;

  @Field(() => Int, {
    description: "The line's share of outbound shipping, in minor units of `currency`.",
  })
  shipping: number;

  @Field({ description: 'ISO 4217 code of the amounts above (the order currency).' })
  currency: string;

  @Field(() => Int, {
    description:
      'Units of this line held by returns that are open or completed (rejected and cancelled returns release theirs).',
  })
  quantityInReturns: number;

  @Field(() => Int, {
    description:
      'Units a new return may still claim: units delivered minus `quantityInReturns`; 0 while the order is not delivered.',
  })
  returnableQuantity: number;
}

@ObjectType('Order', {
  description:
    'A marketplace order, e.g. Amazon 114-1234567-1234567, with its customer and lines; one currency per order.',
})
export class OrderType {
  @Field(() => ID, { description: 'Stable identifier of the order in Rebound.' })
  id: string;

  @Field({ description: 'Sales channel the order came from, e.g. AMAZON_US.' })
  channel: string;

  @Field({ description: "The channel's order number, e.g. 114-1234567-1234567." })
  externalId: string;

  @Field(() => CustomerType, { description: 'Who placed the order.' })
  customer: CustomerType;

  @Field({ description: 'ISO 4217 code of every amount on the order.' })
  currency: string;

  @Field({ description: 'When the customer placed the order.' })
  orderedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was delivered; null until then.' })
  deliveredAt: Date | null;

  @Field(() => [OrderLineType], { description: 'The lines of the order, by lineNo.' })
  lines: OrderLineType[];

  @Field({ description: 'When Rebound first recorded the order.' })
  createdAt: Date;
}

@ObjectType({ description: 'One order in a page of orders, with its cursor.' })
export class OrderEdge {
  @Field({ description: 'Opaque cursor of this order; pass it as `after` to continue after it.' })
  cursor: string;

  @Field(() => OrderType, { description: 'The order.' })
  node: OrderType;
}

@ObjectType({ description: 'A page of orders (Relay connection, keyset cursors).' })
export class OrderConnection {
  @Field(() => [OrderEdge], { description: 'The orders of this page with their cursors.' })
  edges: OrderEdge[];

  @Field(() => [OrderType], { description: 'The orders of this page, in order (same as edges).' })
  nodes: OrderType[];

  @Field(() => PageInfo, { description: 'Whether more orders follow, and the cursor to get them.' })
  pageInfo: PageInfo;
}

@ObjectType({ description: 'What upsertOrder did, and the order as it now stands.' })
export class UpsertOrderPayload {
  @Field(() => OrderType, { description: 'The order after the upsert.' })
  order: OrderType;

  @Field({ description: 'True when this call created the order; false when it already existed.' })
  created: boolean;

  @Field({
    description: 'True when this call created or changed anything; false when it was a repeat.',
  })
  changed: boolean;
}
