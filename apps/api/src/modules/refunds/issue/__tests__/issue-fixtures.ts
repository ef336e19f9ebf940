import { randomInt } from 'node:crypto';
import {
  calculateRefund,
  defaultDisposition,
  inspectedFault,
  type InspectionGrade,
  type ReasonCode,
  type RefundStatus,
  type ReturnLabelCharge,
  type ReturnStatus,
} from '@rebound/domain';
import type { DataSource } from 'typeorm';
import type { SkuEntity } from '../../../catalog/sku.entity';
import { ReturnLabelEntity } from '../../../labels/return-label.entity';
import { OrderLineEntity } from '../../../orders/order-line.entity';
import { OrderEntity } from '../../../orders/order.entity';
import { InspectionEntity } from '../../../returns/inspection.entity';
import { ReturnLineEntity } from '../../../returns/return-line.entity';
import { ReturnEntity } from '../../../returns/return.entity';
import type { UserEntity } from '../../../users/user.entity';
import { RefundApprovalEntity } from '../../refund-approval.entity';
import { RefundLineEntity } from '../../refund-line.entity';
import { RefundEntity } from '../../refund.entity';
import { suffix, type IssueWorld } from './issue-world';

/** One returned line: `units` of `ordered` units of a SKU, with the reason and the grade (null: not inspected). */
export interface LineSpec {
  sku: SkuEntity;
  reason: ReasonCode;
  grade: InspectionGrade | null;
  units?: number;
  ordered?: number;
  taxMinor?: number;
  shippingMinor?: number;
}

/** A fixture return with what the tests look at. */
export interface FixtureReturn {
  id: string;
  rmaNumber: string;
  orderId: string;
  externalOrderId: string;
  currency: 'USD';
  orderLines: OrderLineEntity[];
  returnLines: ReturnLineEntity[];
  specs: readonly LineSpec[];
  label: { costMinor: number; payer: 'SELLER' | 'CUSTOMER' } | null;
}

const amazonOrderNumber = (): string =>
  `114-${String(randomInt(10_000_000)).padStart(7, '0')}-${String(randomInt(10_000_000)).padStart(7, '0')}`;

/**
 * A delivered order and its return, stored directly in `status` (test set-up only): INSPECTED
 * returns get an inspection per graded line (fault as the domain re-assesses it) and, when
 * given, a label.
 */
export async function createReturn(
  dataSource: DataSource,
  world: IssueWorld,
  status: ReturnStatus,
  specs: readonly LineSpec[],
  label: FixtureReturn['label'] = null,
): Promise<FixtureReturn> {
  const now = new Date();
  const order = await dataSource.getRepository(OrderEntity).save({
    channel: 'AMAZON',
    externalId: amazonOrderNumber(),
    customerId: world.customer.id,
    currency: 'USD',
    orderedAt: new Date(now.getTime() - 12 * 86_400_000),
    deliveredAt: new Date(now.getTime() - 8 * 86_400_000),
  });
  const orderLines = await dataSource.getRepository(OrderLineEntity).save(
    specs.map((spec, index) => ({
      orderId: order.id,
      lineNo: index + 1,
      skuId: spec.sku.id,
      quantity: spec.ordered ?? spec.units ?? 1,
      unitPriceMinor: spec.sku.priceMinor,
      taxMinor: spec.taxMinor ?? 0,
      shippingMinor: spec.shippingMinor ?? 0,
    })),
  );
  const [sequence] = await dataSource.query<{ rmaNumber: string }[]>(
    `SELECT 'RMA-' || lpad(nextval('rma_number_seq')::text, 6, '0') AS "rmaNumber"`,
  );
  const rma = await dataSource.getRepository(ReturnEntity).save({
    rmaNumber: sequence?.rmaNumber ?? `RMA-${suffix()}`,
    orderId: order.id,
    status,
    requestedAt: now,
    policyVerdict: {
      checkedAt: now.toISOString(),
      withinWindow: true,
      acceptedByOverride: false,
      lines: [],
    },
    requestedById: world.submitter.id,
    authorizedAt: now,
    firstResponseAt: now,
    receivedAt: status === 'INSPECTED' ? now : null,
    firstResponseDueAt: new Date(now.getTime() + 86_400_000),
  });
  const returnLines: ReturnLineEntity[] = [];
  for (const [index, spec] of specs.entries()) {
    const fault = inspectedFault({
      reasonCode: spec.reason,
      grade: spec.grade,
      faultOverride: null,
    });
    const line = await dataSource.getRepository(ReturnLineEntity).save({
      returnId: rma.id,
      orderLineId: orderLines[index]?.id,
      quantity: spec.units ?? 1,
      reasonCode: spec.reason,
      customerComment: null,
      disposition: spec.grade === null ? null : defaultDisposition(spec.grade, fault),
    });
    returnLines.push(line);
    if (spec.grade === null) continue;
    await dataSource.getRepository(InspectionEntity).save({
      returnLineId: line.id,
      grade: spec.grade,
      fault,
      faultOverridden: false,
      notes: null,
      photoUrls: [],
      inspectedById: world.inspector.id,
      inspectedAt: now,
    });
  }
  if (label !== null) {
    await dataSource.getRepository(ReturnLabelEntity).save({
      returnId: rma.id,
      carrier: 'UPS',
      trackingNumber: `1Z${suffix()}${suffix()}`,
      costMinor: label.costMinor,
      currency: 'USD',
      payer: label.payer,
      shipToLocationId: world.returnsCentre.id,
      shipTo: {
        name: 'Returns centre',
        addressLine1: '4120 Longley Lane',
        addressLine2: null,
        city: 'Reno',
        region: 'NV',
        postalCode: '89502',
        countryCode: 'US',
      },
      issuedById: world.submitter.id,
      issuedAt: now,
      expiresAt: new Date(now.getTime() + 30 * 86_400_000),
    });
  }
  return {
    id: rma.id,
    rmaNumber: rma.rmaNumber,
    orderId: order.id,
    externalOrderId: order.externalId,
    currency: 'USD',
    orderLines,
    returnLines,
    specs,
    label,
  };
}

function labelCharge(rma: FixtureReturn): ReturnLabelCharge {
  if (rma.label === null || rma.label.payer === 'CUSTOMER') return { kind: 'NONE' };
  return { kind: 'SELLER_PREPAID', cost: { amount: rma.label.costMinor, currency: 'USD' } };
}

/** An approval to record: by whom, for which amount (default: the total), voided or not. */
export interface ApprovalSpec {
  approver: UserEntity;
  amountMinor?: number;
  voided?: boolean;
}

/**
 * A refund of the whole return as the domain calculator computes it, stored directly in
 * `status` (APPROVED by default) with its lines and approvals — no refund mutation involved.
 */
export async function createRefund(
  dataSource: DataSource,
  world: IssueWorld,
  rma: FixtureReturn,
  options: { status?: RefundStatus; returnless?: boolean; approvals?: ApprovalSpec[] } = {},
): Promise<RefundEntity> {
  const breakdown = calculateRefund({
    order: {
      currency: 'USD',
      lines: rma.orderLines.map((line) => ({
        orderLineId: line.id,
        unitPrice: line.unitPriceMinor,
        quantity: line.quantity,
        tax: line.taxMinor,
        shipping: line.shippingMinor,
      })),
    },
    lines: rma.returnLines.map((line, index) => ({
      orderLineId: line.orderLineId,
      units: line.quantity,
      reasonCode: line.reasonCode,
      grade: rma.specs[index]?.grade ?? null,
      faultOverride: null,
    })),
    acceptedByOverride: false,
    label: labelCharge(rma),
    alreadyRefunded: [],
  });
  if (!breakdown.ok) throw new Error(`fixture refund: ${breakdown.error.message}`);
  const now = new Date();
  const refund = await dataSource.getRepository(RefundEntity).save({
    returnId: rma.id,
    orderId: rma.orderId,
    status: options.status ?? 'APPROVED',
    method: 'MARKETPLACE',
    currency: 'USD',
    totalMinor: breakdown.value.total,
    breakdown: breakdown.value,
    returnless: options.returnless ?? false,
    createdById: world.submitter.id,
    submittedById: world.submitter.id,
    submittedAt: now,
    issuedAt: null,
    externalReference: null,
    failureReason: null,
    rejectionReason: null,
  });
  await dataSource.getRepository(RefundLineEntity).save(
    breakdown.value.lines.map((line) => ({
      refundId: refund.id,
      orderLineId: line.orderLineId,
      amountMinor: line.refund,
    })),
  );
  await dataSource.getRepository(RefundApprovalEntity).save(
    (options.approvals ?? []).map((approval) => ({
      refundId: refund.id,
      approverId: approval.approver.id,
      amountMinor: approval.amountMinor ?? refund.totalMinor,
      approvedAt: now,
      voidedAt: approval.voided === true ? now : null,
    })),
  );
  return refund;
}
