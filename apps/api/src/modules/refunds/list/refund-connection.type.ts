import { Field, Int, ObjectType } from 'type-graphql';
import { enumFromList } from '../../../common/graphql/enum-from-list';
import { PageInfo } from '../../../common/pagination';
import { RefundType } from '../refund.type';

export const REFUND_ORDERS = ['CREATED_AT_DESC'] as const;
export type RefundOrder = (typeof REFUND_ORDERS)[number];

export const RefundOrderEnum = enumFromList(
  REFUND_ORDERS,
  'RefundOrder',
  'How refunds are sorted.',
  {
    CREATED_AT_DESC: 'Newest first (creation time, then id).',
  },
);

@ObjectType('RefundEdge', { description: 'One refund of a page, with its cursor.' })
export class RefundEdge {
  @Field(() => RefundType, { description: 'The refund.' })
  node: RefundType;

  @Field({ description: 'Opaque cursor of this refund; pass it as `after` to continue after it.' })
  cursor: string;
}

@ObjectType('RefundConnection', { description: 'A page of refunds (Relay connection).' })
export class RefundConnection {
  @Field(() => [RefundEdge], { description: 'The refunds of this page with their cursors.' })
  edges: RefundEdge[];

  @Field(() => [RefundType], { description: 'The refunds of this page (edges without cursors).' })
  nodes: RefundType[];

  @Field(() => PageInfo, { description: 'Whether more refunds follow, and where to continue.' })
  pageInfo: PageInfo;
}

@ObjectType('ApprovalQueueItem', {
  description: 'A refund waiting for a second FINANCE user, as the viewer sees it.',
})
export class ApprovalQueueItem {
  @Field(() => RefundType, { description: 'The refund (status PENDING_APPROVAL).' })
  refund: RefundType;

  @Field({
    description:
      'True when the viewer may approve it: they hold FINANCE and did not submit it (one person is one person, whatever roles they hold).',
  })
  canApprove: boolean;

  @Field({ description: 'When it was submitted: since then it has waited for approval.' })
  waitingSince: Date;

  @Field(() => Int, { description: 'Whole hours it has waited for approval so far.' })
  waitingHours: number;

  @Field(() => Date, {
    nullable: true,
    description:
      "When the return's refund is due (2 business days after receipt); null for a returnless refund, whose item never came back.",
  })
  refundDueAt: Date | null;

  @Field({ description: "True when the return's refund is past due and still not done." })
  refundOverdue: boolean;
}

@ObjectType('ApprovalQueueEdge', {
  description: 'One refund of the approval queue, with its cursor.',
})
export class ApprovalQueueEdge {
  @Field(() => ApprovalQueueItem, { description: 'The waiting refund.' })
  node: ApprovalQueueItem;

  @Field({ description: 'Opaque cursor; pass it as `after` to continue after it.' })
  cursor: string;
}

@ObjectType('ApprovalQueueConnection', {
  description: 'A page of the refunds waiting for approval, the longest waiting first.',
})
export class ApprovalQueueConnection {
  @Field(() => [ApprovalQueueEdge], { description: 'The waiting refunds with their cursors.' })
  edges: ApprovalQueueEdge[];

  @Field(() => [ApprovalQueueItem], { description: 'The waiting refunds (edges without cursors).' })
  nodes: ApprovalQueueItem[];

  @Field(() => PageInfo, { description: 'Whether more follow, and where to continue.' })
  pageInfo: PageInfo;
}
