import type { Fault, InspectionGrade, RefundLineNote, RefundStatus } from '@rebound/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MoneyType } from '../catalog/money.type';
import { FaultEnum } from '../returns/fault.enum';
import { InspectionGradeEnum } from '../returns/inspection-grade.enum';
import type { RefundMethod } from './refund.entity';
import { RefundLineNoteEnum, RefundMethodEnum, RefundStatusEnum } from './refund.enums';

@ObjectType('RefundBreakdownLine', {
  description: 'The itemised refund of one returned line, in minor units of the refund currency.',
})
export class RefundBreakdownLineType {
  @Field(() => ID, { description: 'The order line refunded.' })
  orderLineId: string;

  @Field(() => Int, { description: 'Units returned.' })
  units: number;

  @Field(() => Int, { description: 'Units ordered on the line.' })
  quantityOrdered: number;

  @Field(() => FaultEnum, { description: 'The fault after inspection.' })
  fault: Fault;

  @Field(() => InspectionGradeEnum, {
    nullable: true,
    description: 'The inspection grade; null for a returnless refund.',
  })
  grade: InspectionGrade | null;

  @Field(() => Int, { description: 'Unit price × units returned.' })
  item: number;

  @Field(() => Int, { description: "The line's tax share for these units." })
  tax: number;

  @Field(() => Int, { description: 'Outbound shipping share refunded (zero for customer fault).' })
  shipping: number;

  @Field(() => Int, { description: 'Restocking fee percentage applied (0–100).' })
  restockingFeePercent: number;

  @Field(() => Int, { description: 'Restocking fee deducted.' })
  restockingFee: number;

  @Field(() => Int, { description: 'item + tax + shipping − restocking fee.' })
  lineTotal: number;

  @Field(() => Int, {
    description: 'What was paid for the line minus what was already refunded for it.',
  })
  remaining: number;

  @Field(() => Int, {
    description: "This line's part of the refund total after the cap and per-return adjustments.",
  })
  refund: number;

  @Field(() => RefundLineNoteEnum, {
    nullable: true,
    description: 'Why the line is zero or reduced; null when it is neither.',
  })
  note: RefundLineNote | null;
}

@ObjectType('RefundBreakdown', {
  description: 'How a refund total was computed (DESIGN §2 refund calculation), in minor units.',
})
export class RefundBreakdownType {
  @Field({ description: 'ISO 4217 currency of every amount here.' })
  currency: string;

  @Field(() => [RefundBreakdownLineType], { description: 'One entry per returned line.' })
  lines: readonly RefundBreakdownLineType[];

  @Field(() => Int, { description: 'Σ item amounts.' })
  items: number;

  @Field(() => Int, { description: 'Σ tax shares.' })
  tax: number;

  @Field(() => Int, { description: 'Σ refunded outbound shipping.' })
  shipping: number;

  @Field(() => Int, { description: 'Σ restocking fees deducted.' })
  restockingFees: number;

  @Field(() => Int, {
    description: 'Prepaid label cost deducted once when every line is customer fault.',
  })
  labelDeduction: number;

  @Field(() => Int, {
    description: "Customer's own return-shipping receipt added when a line is not customer fault.",
  })
  shippingReimbursement: number;

  @Field(() => Int, { description: 'What remained refundable for these lines: the cap.' })
  remainingRefundable: number;

  @Field(() => Int, { description: 'The refund total.' })
  total: number;
}

@ObjectType('RefundApproval', {
  description: "A FINANCE user's approval of a large refund at one amount.",
})
export class RefundApprovalType {
  @Field(() => ID, { description: 'The approving user.' })
  approverId: string;

  @Field({ description: 'Name of the approving user.' })
  approverName: string;

  @Field(() => Int, {
    description: 'The total approved, in minor units; an approval counts only for that amount.',
  })
  amount: number;

  @Field({ description: 'When it was approved.' })
  approvedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When a change of amount voided it; null while it counts.',
  })
  voidedAt: Date | null;
}

@ObjectType('Refund', {
  description:
    'Money going back to a customer for one return. Readable by FINANCE, SUPPORT and ADMIN.',
})
export class RefundType {
  @Field(() => ID, { description: 'Stable identifier of the refund.' })
  id: string;

  @Field(() => ID, { description: 'The return refunded.' })
  returnId: string;

  @Field({ description: 'The RMA number of the return.' })
  rmaNumber: string;

  @Field(() => ID, { description: 'The order refunded.' })
  orderId: string;

  @Field(() => RefundStatusEnum, { description: 'Lifecycle status.' })
  status: RefundStatus;

  @Field(() => RefundMethodEnum, { description: 'How the money reaches the customer.' })
  method: RefundMethod;

  @Field(() => MoneyType, { description: 'The refund total.' })
  total: MoneyType;

  @Field(() => RefundBreakdownType, { description: 'The itemised computation behind the total.' })
  breakdown: RefundBreakdownType;

  @Field({ description: 'Refunded without the item coming back.' })
  returnless: boolean;

  @Field({
    description:
      'True when the total is at or above the large-refund threshold (needs a second FINANCE user).',
  })
  needsApproval: boolean;

  @Field(() => MoneyType, { description: 'The large-refund threshold that applied.' })
  approvalThreshold: MoneyType;

  @Field(() => [RefundApprovalType], { description: 'Approvals, including voided ones.' })
  approvals: RefundApprovalType[];

  @Field(() => ID, { description: 'Who created it.' })
  createdById: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Who submitted it; that person may not approve it.',
  })
  submittedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was submitted.' })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the money was sent.' })
  issuedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The marketplace's or provider's reference for the money sent.",
  })
  externalReference: string | null;

  @Field(() => String, { nullable: true, description: 'Why the last issue attempt failed.' })
  failureReason: string | null;

  @Field(() => String, { nullable: true, description: 'Why finance rejected it.' })
  rejectionReason: string | null;

  @Field(() => Int, { description: 'Optimistic-concurrency version; changes on every update.' })
  version: number;

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;
}
