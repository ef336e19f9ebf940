import {
  assessReturnRequest,
  labelExpiresAt,
  reasonFault,
  returnShippingPayer,
  type Fault,
  type ReasonCode,
} from '@rebound/domain';
import type { SkuEntity } from '../modules/catalog/sku.entity';
import type { CarrierScanEntity } from '../modules/labels/carrier-scan.entity';
import type { ReturnLabelEntity } from '../modules/labels/return-label.entity';
import type { OrderLineEntity } from '../modules/orders/order-line.entity';
import type { OrderEntity } from '../modules/orders/order.entity';
import type { InspectionEntity } from '../modules/returns/inspection.entity';
import { storePolicyVerdict, type StoredPolicyVerdict } from '../modules/returns/policy-verdict';
import type { ReturnEventEntity } from '../modules/returns/return-event.entity';
import type { ReturnLineEntity } from '../modules/returns/return-line.entity';
import type { ReturnEntity } from '../modules/returns/return.entity';
import type { LocationEntity } from '../modules/suppliers/location.entity';
import { demoId } from './demo-ids';
import { inspectDemoLine, walkDemoReturn, type DemoPath } from './demo-lifecycle';

/** A plain row of an entity: its columns without relations or database-set timestamps. */
export type Row<T> = Omit<
  T,
  | 'createdAt'
  | 'updatedAt'
  | 'version'
  | 'supplier'
  | 'customer'
  | 'order'
  | 'lines'
  | 'sku'
  | 'return'
  | 'orderLine'
  | 'label'
  | 'returnLine'
  | 'shipToLocation'
>;

export interface DemoReturnRows {
  returns: Row<ReturnEntity>[];
  returnLines: Row<ReturnLineEntity>[];
  inspections: Row<InspectionEntity>[];
  returnEvents: Row<ReturnEventEntity>[];
  labels: Row<ReturnLabelEntity>[];
  scans: Row<CarrierScanEntity>[];
}

export interface DemoReturnInput {
  rmaSequence: number;
  path: DemoPath;
  order: Row<OrderEntity>;
  lines: readonly Row<OrderLineEntity>[];
  skus: readonly Row<SkuEntity>[];
  locations: readonly Row<LocationEntity>[];
  requestedAt: Date;
  random: () => number;
  supportUserId: string;
  warehouseUserId: string;
}

const LABEL_COST_MINOR = 650;

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function commentFor(fault: Fault): string {
  switch (fault) {
    case 'CUSTOMER':
      return 'Changed my mind, it is unused.';
    case 'SUPPLIER':
      return 'Stopped working after two days.';
    case 'SELLER':
      return 'Not what the listing described.';
    case 'CARRIER':
      return 'Box arrived crushed.';
  }
}

/** The policy's verdict on a demo request, exactly as a real request would get it. */
function demoVerdict(
  input: DemoReturnInput,
  requested: readonly { orderLineId: string; quantity: number }[],
  overrideReason: string | null,
): StoredPolicyVerdict {
  const verdict = assessReturnRequest({
    order: {
      orderId: input.order.id,
      deliveredAt: input.order.deliveredAt,
      lines: input.lines.map((line) => {
        const sku = input.skus.find((candidate) => candidate.id === line.skuId);
        return {
          orderLineId: line.id,
          quantityDelivered: line.quantity,
          supplierId: sku?.supplierId ?? null,
          categoryId: sku?.category ?? null,
        };
      }),
    },
    lines: requested,
    requestedAt: input.requestedAt,
    otherReturns: [],
    override: overrideReason === null ? null : { reason: overrideReason },
  });
  if (!verdict.ok) throw new Error(`demo return refused by the policy: ${verdict.error.message}`);
  return storePolicyVerdict(verdict.value, input.requestedAt);
}

/** The return centre for customer- and seller-side faults; the supplier for supplier faults. */
function shipTo(input: DemoReturnInput, faults: readonly Fault[]): Row<LocationEntity> {
  const firstLine = input.lines[0];
  const supplierId = input.skus.find((sku) => sku.id === firstLine?.skuId)?.supplierId;
  const supplierWarehouse = input.locations.find((location) => location.supplierId === supplierId);
  const centre = input.locations.find((location) => location.kind === 'RETURNS_CENTRE');
  const destination = faults.every((fault) => fault === 'SUPPLIER') ? supplierWarehouse : centre;
  if (destination === undefined) throw new Error('demo locations are missing');
  return destination;
}

/** Plans one demo return with its lines, inspections, timeline, label and scans. */
export function planDemoReturn(input: DemoReturnInput): DemoReturnRows {
  const { path, random } = input;
  const rmaNumber = `RMA-${String(input.rmaSequence).padStart(6, '0')}`;
  const returnId = demoId('return', rmaNumber);
  const { history, steps } = walkDemoReturn(path.events, input.requestedAt);
  const inspectedAt = steps.find((step) => step.event === 'inspect')?.at ?? null;
  const rows: DemoReturnRows = {
    returns: [],
    returnLines: [],
    inspections: [],
    returnEvents: [],
    labels: [],
    scans: [],
  };

  const chosen = input.lines.slice(0, 1 + Math.floor(random() * input.lines.length));
  chosen.forEach((line, lineIndex) => {
    const reasonCode: ReasonCode = pick(random, path.reasons);
    const lineId = demoId('return-line', `${rmaNumber}-${lineIndex}`);
    const inspected = inspectedAt === null ? null : inspectDemoLine(reasonCode, random);
    rows.returnLines.push({
      id: lineId,
      returnId,
      orderLineId: line.id,
      quantity: 1 + Math.floor(random() * line.quantity),
      reasonCode,
      customerComment: lineIndex === 0 ? commentFor(reasonFault(reasonCode)) : null,
      disposition: inspected?.disposition ?? null,
      dispositionOverridden: false,
    });
    if (inspected !== null && inspectedAt !== null) {
      rows.inspections.push({
        id: demoId('inspection', lineId),
        returnLineId: lineId,
        grade: inspected.grade,
        fault: inspected.fault,
        faultOverridden: false,
        notes: null,
        photoUrls: [],
        inspectedById: input.warehouseUserId,
        inspectedAt,
      });
    }
  });

  const overrideReason =
    path.lateRequest === true
      ? 'Customer was travelling; goodwill exception approved by the lead.'
      : null;
  rows.returns.push({
    id: returnId,
    rmaNumber,
    orderId: input.order.id,
    requestedAt: input.requestedAt,
    policyVerdict: demoVerdict(input, rows.returnLines, overrideReason),
    overrideReason,
    declineReason: history.status === 'REJECTED' ? 'ITEM_NOT_ELIGIBLE' : null,
    replacementOrderId: history.resolution === null ? null : `REPL-${rmaNumber}`,
    returnless: false,
    customerShippingPaidMinor: null,
    requestedById: input.supportUserId,
    ...history,
  });

  steps.forEach((step, index) => {
    rows.returnEvents.push({
      id: demoId('return-event', `${rmaNumber}-${index}`),
      returnId,
      kind: step.event,
      fromStatus: step.from,
      toStatus: step.to,
      actorId: step.byWarehouse ? input.warehouseUserId : input.supportUserId,
      details: step.event === 'authorize' && overrideReason !== null ? { overrideReason } : {},
      occurredAt: step.at,
    });
    if (step.event === 'issueLabel') {
      const faults = rows.returnLines.map((line) => reasonFault(line.reasonCode));
      const destination = shipTo(input, faults);
      rows.labels.push({
        id: demoId('label', rmaNumber),
        returnId,
        carrier: 'UPS',
        trackingNumber: `1ZHP${demoId('tracking', rmaNumber).replace(/\D/g, '').slice(0, 14).padEnd(14, '0')}`,
        costMinor: LABEL_COST_MINOR,
        currency: input.order.currency,
        payer: returnShippingPayer(faults),
        shipToLocationId: destination.id,
        shipTo: {
          name: destination.name,
          addressLine1: destination.addressLine1,
          addressLine2: destination.addressLine2,
          city: destination.city,
          region: destination.region,
          postalCode: destination.postalCode,
          countryCode: destination.countryCode,
        },
        issuedById: input.supportUserId,
        issuedAt: step.at,
        expiresAt: labelExpiresAt(step.at),
      });
    }
    if (step.event === 'scan') {
      rows.scans.push({
        id: demoId('scan', rmaNumber),
        labelId: demoId('label', rmaNumber),
        event: 'IN_TRANSIT',
        location: 'UPS hub',
        scannedAt: step.at,
      });
    }
  });
  return rows;
}
