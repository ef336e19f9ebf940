import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination';
import { MoneyType } from './money.type';
import type { Siblings } from './siblings';

/** A SKU as read from the database, before its relations are resolved. */
export interface SkuRow {
  id: string;
  code: string;
  asin: string | null;
  name: string;
  category: string;
  supplierId: string;
  currency: string;
  unitCostMinor: number;
  priceMinor: number;
  createdAt: Date;
}

@ObjectType('Sku', {
  description: 'A product the seller lists, identified by its merchant SKU code, and its supplier.',
})
export class SkuType {
  @Field(() => ID, { description: 'Stable identifier of the SKU.' })
  id: string;

  @Field({ description: 'Merchant SKU code, unique, e.g. HP-VOLTA-001.' })
  code: string;

  @Field(() => String, {
    nullable: true,
    description: 'Amazon Standard Identification Number; null when not listed on Amazon.',
  })
  asin: string | null;

  @Field({ description: 'Product name as listed.' })
  name: string;

  @Field({ description: 'Product category, e.g. Electronics (return windows may depend on it).' })
  category: string;

  @Field(() => MoneyType, {
    description: 'What the seller pays the supplier per unit: the basis of supplier claims.',
  })
  unitCost: MoneyType;

  @Field(() => MoneyType, { description: 'The list price per unit.' })
  price: MoneyType;

  @Field({ description: 'When the SKU was added to Rebound.' })
  createdAt: Date;

  /** Foreign key, resolved as `supplier`. */
  supplierId: string;

  /** The other SKUs of the same answer, to load suppliers and stock in one query each. */
  siblings: Siblings<SkuRow>;
}

@ObjectType({ description: 'A SKU in a list, with its cursor.' })
export class SkuEdge {
  @Field(() => SkuType, { description: 'The SKU.' })
  node: SkuType;

  @Field({ description: 'Pass as `after` to continue the list after this SKU.' })
  cursor: string;
}

@ObjectType({ description: 'One page of SKUs (Relay connection) in the requested order.' })
export class SkuConnection {
  @Field(() => [SkuEdge], { description: 'The SKUs of this page with their cursors.' })
  edges: SkuEdge[];

  @Field(() => [SkuType], { description: 'The SKUs of this page (same as edges.node).' })
  nodes: SkuType[];

  @Field(() => PageInfo, { description: 'Whether more SKUs follow, and the end cursor.' })
  pageInfo: PageInfo;
}
