import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination';

@ObjectType({
  description:
    'A refund issued while its return had not been received yet (issued before the receipt, or never received).',
})
export class RefundIssuedBeforeReceipt {
  @Field(() => ID, { description: 'The refund.' })
  refundId: string;

  @Field(() => ID, { description: 'The return it refunds.' })
  returnId: string;

  @Field({ description: 'RMA number of the return, e.g. RMA-100042.' })
  rmaNumber: string;

  @Field(() => Int, { description: 'Refund total in minor units of `currency`.' })
  amount: number;

  @Field({ description: 'ISO 4217 currency of `amount`.' })
  currency: string;

  @Field(() => Date, { description: 'When the refund was issued.' })
  issuedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the return was received at the returns location; null if it never was.',
  })
  receivedAt: Date | null;

  @Field({
    description:
      'True for a returnless refund (the item is never sent back, so no receipt is expected).',
  })
  returnless: boolean;
}

@ObjectType({ description: 'One refund of the page, with its cursor.' })
export class RefundIssuedBeforeReceiptEdge {
  @Field(() => RefundIssuedBeforeReceipt, { description: 'The refund.' })
  node: RefundIssuedBeforeReceipt;

  @Field({ description: 'Opaque cursor of this refund; pass it as `after` to continue after it.' })
  cursor: string;
}

@ObjectType({
  description:
    'A page of refunds issued before receipt, newest issue first (Relay connection, keyset cursors).',
})
export class RefundIssuedBeforeReceiptConnection {
  @Field(() => [RefundIssuedBeforeReceiptEdge], { description: 'The refunds with their cursors.' })
  edges: RefundIssuedBeforeReceiptEdge[];

  @Field(() => [RefundIssuedBeforeReceipt], {
    description: 'The refunds of this page (edges without cursors).',
  })
  nodes: RefundIssuedBeforeReceipt[];

  @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to continue from.' })
  pageInfo: PageInfo;
}
