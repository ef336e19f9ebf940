import type { Fault, ReasonCode, ReturnStatus } from '@rebound/domain';
import { Field, ID, InputType } from 'type-graphql';
import { FaultEnum } from '../fault.enum';
import { ReasonCodeEnum } from '../reason-code.enum';
import { ReturnStatusEnum } from '../return-status.enum';

@InputType({
  description:
    'Which returns to list. Every field given must hold (AND); a list matches any of its values (OR). A missing field, null or an empty list does not filter. Line fields (reasonCode, fault, supplierId, skuId) match a return when any one of its lines matches, each field judged on its own.',
})
export class ReturnFilter {
  @Field(() => [ReturnStatusEnum], {
    nullable: true,
    description: 'Returns in any of these lifecycle statuses.',
  })
  status?: ReturnStatus[] | null;

  @Field(() => [ReasonCodeEnum], {
    nullable: true,
    description: 'Returns with at least one line giving any of these reasons.',
  })
  reasonCode?: ReasonCode[] | null;

  @Field(() => [FaultEnum], {
    nullable: true,
    description:
      "Returns with at least one line whose reason's fault (the fault the reason code claims, before inspection) is any of these.",
  })
  fault?: Fault[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Returns with at least one line of a SKU from any of these suppliers (supplier ids).',
  })
  supplierId?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Returns with at least one line of any of these SKUs (SKU ids).',
  })
  skuId?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Returns of orders from any of these sales channels, exactly as stored (e.g. AMAZON_US).',
  })
  channel?: string[] | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Requested at or after this instant (inclusive).',
  })
  requestedFrom?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Requested before this instant (exclusive), so that consecutive ranges never overlap.',
  })
  requestedTo?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Received at the returns location at or after this instant (inclusive); leaves out returns not received yet.',
  })
  receivedFrom?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Received before this instant (exclusive); leaves out returns not received yet.',
  })
  receivedTo?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only returns with an SLA clock overdue now (first response while REQUESTED, or refund after receipt and before completion); false: only returns with none overdue.',
  })
  slaOverdue?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Free text, trimmed and case-insensitive: an exact RMA number (RMA-001042), an order id exactly or by its beginning (114-1234567 finds 114-1234567-7654321), or a customer email exactly. At most 200 characters.',
  })
  search?: string | null;
}
