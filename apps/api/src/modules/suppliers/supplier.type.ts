import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination';
import type { Siblings } from '../catalog/siblings';

/** A supplier as read from the database, before its relations are resolved. */
export interface SupplierRow {
  id: string;
  code: string;
  name: string;
  contactEmail: string;
  returnWindowDays: number | null;
  claimTermsDays: number;
  createdAt: Date;
}

@ObjectType('Supplier', {
  description:
    'A supplier that ships straight to customers, takes supplier-fault returns back and owes recoveries.',
})
export class SupplierType implements SupplierRow {
  @Field(() => ID, { description: 'Stable identifier of the supplier.' })
  id: string;

  @Field({ description: 'Short unique code, e.g. VOLTA.' })
  code: string;

  @Field({ description: 'Company name.' })
  name: string;

  @Field({ description: 'Where return and recovery requests are emailed.' })
  contactEmail: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "Days customers have to return this supplier's items, from delivery; null means the policy default (30).",
  })
  returnWindowDays: number | null;

  @Field(() => Int, {
    description:
      'Claim terms: days the supplier has to settle a recovery claim before it counts as overdue.',
  })
  claimTermsDays: number;

  @Field({ description: 'When the supplier was added to Rebound.' })
  createdAt: Date;

  /** The other suppliers of the same answer, to load return addresses in one query. */
  siblings: Siblings<SupplierRow>;
}

@ObjectType({ description: 'A supplier in a list, with its cursor.' })
export class SupplierEdge {
  @Field(() => SupplierType, { description: 'The supplier.' })
  node: SupplierType;

  @Field({ description: 'Pass as `after` to continue the list after this supplier.' })
  cursor: string;
}

@ObjectType({ description: 'One page of suppliers (Relay connection), sorted by name.' })
export class SupplierConnection {
  @Field(() => [SupplierEdge], { description: 'The suppliers of this page with their cursors.' })
  edges: SupplierEdge[];

  @Field(() => [SupplierType], { description: 'The suppliers of this page (same as edges.node).' })
  nodes: SupplierType[];

  @Field(() => PageInfo, { description: 'Whether more suppliers follow, and the end cursor.' })
  pageInfo: PageInfo;
}
