import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination';
import { MoneyType } from '../catalog/money.type';
import type { SupplierClaimStatus } from './supplier-claim.entity';
import { SupplierClaimStatusEnum } from './supplier-claim.enums';

@ObjectType('SupplierClaimSupplier', {
  description:
    'The supplier a claim is made against, with its claim terms (the full record is `supplier(id)`).',
})
export class SupplierClaimSupplierType {
  @Field(() => ID, { description: 'Stable identifier of the supplier.' })
  id: string;

  @Field({ description: 'Short unique code, e.g. VOLTA.' })
  code: string;

  @Field({ description: 'Company name.' })
  name: string;

  @Field(() => Int, {
    description: 'Claim terms: days the supplier has to settle a claim before it is overdue.',
  })
  claimTermsDays: number;
}

@ObjectType('SupplierClaimLine', {
  description: 'One returned order line the claim covers: units and what they cost the seller.',
})
export class SupplierClaimLineType {
  @Field(() => ID, { description: 'The order line.' })
  orderLineId: string;

  @Field(() => Int, { description: 'Units claimed for.' })
  units: number;

  @Field(() => MoneyType, { description: 'Unit cost × units, in the claim currency.' })
  amount: MoneyType;
}

@ObjectType('SupplierClaim', {
  description:
    'Money the seller recovers from a supplier for a refunded return with supplier-fault lines: their unit cost plus the seller-paid label. Finance-only (FINANCE or ADMIN).',
})
export class SupplierClaimType {
  @Field(() => ID, { description: 'Stable identifier of the claim.' })
  id: string;

  @Field(() => SupplierClaimSupplierType, {
    description: 'The supplier the claim is made against.',
  })
  supplier: SupplierClaimSupplierType;

  @Field(() => ID, { description: 'The issued refund that opened the claim.' })
  refundId: string;

  @Field(() => ID, { description: 'The return the claim is for.' })
  returnId: string;

  @Field({ description: "The return's RMA number, to quote to the supplier." })
  rmaNumber: string;

  @Field(() => SupplierClaimStatusEnum, { description: 'Where the claim is in its lifecycle.' })
  status: SupplierClaimStatus;

  @Field(() => MoneyType, {
    description: 'What is claimed: the lines plus labelCost.',
  })
  amount: MoneyType;

  @Field(() => MoneyType, {
    description: "The supplier's part of the return label the seller paid (zero when none).",
  })
  labelCost: MoneyType;

  @Field(() => [SupplierClaimLineType], { description: 'The order lines claimed for.' })
  lines: SupplierClaimLineType[];

  @Field(() => MoneyType, {
    nullable: true,
    description:
      'What the supplier agreed to credit (at most amount); null until the claim is ACCEPTED.',
  })
  credited: MoneyType | null;

  @Field(() => String, {
    nullable: true,
    description: "The supplier's own reference for the claim (RMA or credit note number), if any.",
  })
  supplierReference: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the supplier refused the claim; null unless REJECTED.',
  })
  rejectionReason: string | null;

  @Field({ description: 'When the claim was opened (the refund was issued).' })
  openedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was sent to the supplier.' })
  submittedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the supplier answered (ACCEPTED or REJECTED).',
  })
  resolvedAt: Date | null;

  @Field(() => Int, {
    description:
      'Whole days since the claim was opened, by the server clock at the time of asking.',
  })
  ageDays: number;

  @Field({
    description:
      "True when the claim is OPEN or SUBMITTED longer than the supplier's claim terms (claimTermsDays after openedAt).",
  })
  overdue: boolean;

  @Field(() => Int, {
    description: 'Increases with every change; a change based on an older version is a CONFLICT.',
  })
  version: number;
}

@ObjectType({ description: 'A supplier claim in a list, with its cursor.' })
export class SupplierClaimEdge {
  @Field(() => SupplierClaimType, { description: 'The claim.' })
  node: SupplierClaimType;

  @Field({ description: 'Pass as `after` to continue the list after this claim.' })
  cursor: string;
}

@ObjectType({ description: 'One page of supplier claims (Relay connection).' })
export class SupplierClaimConnection {
  @Field(() => [SupplierClaimEdge], { description: 'The claims of this page with their cursors.' })
  edges: SupplierClaimEdge[];

  @Field(() => [SupplierClaimType], {
    description: 'The claims of this page (same as edges.node).',
  })
  nodes: SupplierClaimType[];

  @Field(() => PageInfo, { description: 'Whether more claims follow, and the end cursor.' })
  pageInfo: PageInfo;
}
