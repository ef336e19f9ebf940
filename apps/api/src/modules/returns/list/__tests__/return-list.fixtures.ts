import type { DataSource } from 'typeorm';
import { SkuEntity } from '../../../catalog/sku.entity';
import { ReturnLabelEntity } from '../../../labels/return-label.entity';
import { CustomerEntity } from '../../../orders/customer.entity';
import { OrderLineEntity } from '../../../orders/order-line.entity';
import { OrderEntity } from '../../../orders/order.entity';
import { LocationEntity } from '../../../suppliers/location.entity';
import { SupplierEntity } from '../../../suppliers/supplier.entity';
import { ReturnLineEntity } from '../../return-line.entity';
import { ReturnEntity } from '../../return.entity';
import {
  fixtureReturn,
  idFor,
  pick,
  emailOf,
  RETURN_COUNT,
  type FixtureReturn,
} from './return-list.fixture-plan';

export { RETURN_COUNT, type FixtureReturn } from './return-list.fixture-plan';

export interface Fixtures {
  returns: FixtureReturn[];
  supplierIds: string[];
  skuIds: string[];
}

const HOUR = 3_600_000;

/**
 * Inserts 150 returns (all statuses, 0–3 lines, labels, SLA clocks around `anchor`) with their
 * suppliers, SKUs, customers and orders, through repositories in bulk; the same every run apart
 * from `anchor`, which keeps the SLA clocks relative to the time of the test.
 */
export async function insertReturnFixtures(
  dataSource: DataSource,
  anchor: Date,
): Promise<Fixtures> {
  const supplierIds = [0, 1, 2].map((k) => idFor(1, k));
  const skuIds = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((k) => idFor(2, k));
  const locationId = idFor(3, 0);
  await dataSource.getRepository(SupplierEntity).insert(
    supplierIds.map((id, k) => ({
      id,
      code: `SUP-${'ABC'[k] ?? ''}`,
      name: `Supplier ${k}`,
      contactEmail: `s${k}@supplier.test`,
    })),
  );
  await dataSource.getRepository(SkuEntity).insert(
    skuIds.map((id, k) => ({
      id,
      code: `SKU-${k}`,
      name: `Product ${k}`,
      asin: k % 2 === 0 ? `B0000000${k}X` : null,
      category: 'Kitchen',
      supplierId: pick(supplierIds, k),
      currency: 'USD',
      unitCostMinor: 1000,
      priceMinor: 2500,
    })),
  );
  await dataSource.getRepository(LocationEntity).insert({
    id: locationId,
    code: 'RC-1',
    name: 'Returns centre',
    kind: 'RETURNS_CENTRE',
    supplierId: null,
    addressLine1: '1 Dock Road',
    addressLine2: null,
    city: 'Reno',
    region: 'NV',
    postalCode: '89501',
    countryCode: 'US',
  });
  await dataSource.getRepository(CustomerEntity).insert(
    Array.from({ length: 40 }, (_, k) => ({
      id: idFor(4, k),
      email: emailOf(k),
      name: `Customer ${k}`,
    })),
  );

  const returns = Array.from({ length: RETURN_COUNT }, (_, i) =>
    fixtureReturn(i, anchor, skuIds, supplierIds),
  );
  const orders = returns.map((rma, i) => ({
    id: idFor(5, i),
    channel: rma.channel,
    externalId: rma.externalId,
    customerId: idFor(4, i % 40),
    currency: 'USD',
    orderedAt: new Date(rma.requestedAt.getTime() - 240 * HOUR),
    deliveredAt: i % 10 === 3 ? null : new Date(rma.requestedAt.getTime() - 200 * HOUR),
  }));
  await dataSource.getRepository(OrderEntity).insert(orders);
  const orderLines = returns.flatMap((rma, i) =>
    [0, 1, 2].map((j) => ({
      id: idFor(6, i * 3 + j),
      orderId: idFor(5, i),
      lineNo: j + 1,
      skuId: rma.lines[j]?.skuId ?? pick(skuIds, i + j),
      quantity: 2,
      unitPriceMinor: 2500,
      taxMinor: 200,
      shippingMinor: 300,
    })),
  );
  await dataSource.getRepository(OrderLineEntity).insert(orderLines);
  await dataSource.getRepository(ReturnEntity).insert(
    returns.map((rma, i) => ({
      id: rma.id,
      rmaNumber: rma.rmaNumber,
      orderId: idFor(5, i),
      status: rma.status,
      requestedAt: rma.requestedAt,
      policyVerdict: {
        checkedAt: rma.requestedAt.toISOString(),
        withinWindow: true,
        acceptedByOverride: false,
        lines: [],
      },
      firstResponseAt:
        rma.status === 'REQUESTED' ? null : new Date(rma.requestedAt.getTime() + 2 * HOUR),
      firstResponseDueAt: rma.firstResponseDueAt,
      receivedAt: rma.receivedAt,
      completedAt: rma.completedAt,
      refundDueAt: rma.refundDueAt,
      resolution: rma.status === 'COMPLETED' ? ('REFUND' as const) : null,
    })),
  );
  await dataSource.getRepository(ReturnLineEntity).insert(
    returns.flatMap((rma, i) =>
      rma.lines.map((line, j) => ({
        id: line.id,
        returnId: rma.id,
        orderLineId: idFor(6, i * 3 + j),
        quantity: 1,
        reasonCode: line.reasonCode,
        customerComment: null,
        disposition: line.disposition,
      })),
    ),
  );
  await dataSource.getRepository(ReturnLabelEntity).insert(labelsOf(returns, locationId));
  // Microsecond update times, which a JS Date cannot carry: set after the insert, in SQL.
  await dataSource.query(
    `UPDATE returns r SET updated_at = 'epoch'::timestamptz + v.micros::bigint * interval '1 microsecond'
     FROM unnest($1::uuid[], $2::text[]) AS v(id, micros) WHERE r.id = v.id`,
    [returns.map((rma) => rma.id), returns.map((rma) => String(rma.updatedAtMicros))],
  );
  return { returns, supplierIds, skuIds };
}

/** One label per labelled return; RECEIVED ones were re-issued, so the newer label must show. */
function labelsOf(
  returns: readonly FixtureReturn[],
  locationId: string,
): Partial<ReturnLabelEntity>[] {
  return returns.flatMap((rma, i) => {
    if (rma.label === null) return [];
    const issue = (id: string, carrier: string, trackingNumber: string, hours: number) => ({
      id,
      returnId: rma.id,
      carrier,
      trackingNumber,
      costMinor: 650,
      currency: 'USD',
      payer: 'SELLER' as const,
      shipToLocationId: locationId,
      shipTo: {
        name: 'Returns',
        addressLine1: '1 Dock Road',
        addressLine2: null,
        city: 'Reno',
        region: 'NV',
        postalCode: '89501',
        countryCode: 'US',
      },
      issuedById: idFor(9, 0),
      issuedAt: new Date(rma.requestedAt.getTime() + hours * HOUR),
      expiresAt: new Date(rma.requestedAt.getTime() + 30 * 24 * HOUR),
    });
    const current = issue(idFor(10, i), rma.label.carrier, rma.label.trackingNumber, 2);
    return rma.status === 'RECEIVED'
      ? [issue(idFor(11, i), 'UPS', `OLD${i}`, 1), current]
      : [current];
  });
}
