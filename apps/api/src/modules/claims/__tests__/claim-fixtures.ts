import { randomUUID } from 'node:crypto';
import type { Role } from '@rebound/domain';
import type { DataSource } from 'typeorm';
import type { TestDatabase } from '../../../testing/test-database';
import type { TestClient, TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import { SkuEntity } from '../../catalog/sku.entity';
import { CustomerEntity } from '../../orders/customer.entity';
import { OrderLineEntity } from '../../orders/order-line.entity';
import { OrderEntity } from '../../orders/order.entity';
import { RefundEntity } from '../../refunds/refund.entity';
import { ReturnEntity } from '../../returns/return.entity';
import { SupplierEntity } from '../../suppliers/supplier.entity';
import { SupplierClaimEntity, type SupplierClaimStatus } from '../supplier-claim.entity';

const DAY = 86_400_000;
let sequence = 0;
const unique = (prefix: string): string => `${prefix}-${process.pid}-${(sequence += 1)}`;

/** The instant `days` whole days before `from`. */
export const daysBefore = (from: Date, days: number): Date => new Date(from.getTime() - days * DAY);

/** A supplier with its claim terms (30 days unless told). */
export async function createSupplier(
  dataSource: DataSource,
  name: string,
  claimTermsDays = 30,
): Promise<SupplierEntity> {
  return dataSource.getRepository(SupplierEntity).save({
    code: unique('SUP'),
    name,
    contactEmail: `${unique('claims')}@supplier.test`,
    returnWindowDays: null,
    claimTermsDays,
  });
}

export interface ClaimSpec {
  status?: SupplierClaimStatus;
  /** What is claimed in total (lines + label), minor units. */
  amountMinor?: number;
  labelCostMinor?: number;
  creditedMinor?: number | null;
  supplierReference?: string | null;
  openedAt?: Date;
  currency?: string;
}

/**
 * A supplier claim with everything it hangs on, inserted directly: an order of one line of the
 * supplier's SKU, a completed return, an ISSUED refund, and the claim itself.
 */
export async function createClaim(
  dataSource: DataSource,
  supplier: SupplierEntity,
  spec: ClaimSpec = {},
): Promise<SupplierClaimEntity> {
  const currency = spec.currency ?? 'USD';
  const amountMinor = spec.amountMinor ?? 4850;
  const labelCostMinor = spec.labelCostMinor ?? Math.min(650, amountMinor);
  const openedAt = spec.openedAt ?? new Date();
  const status = spec.status ?? 'OPEN';
  const sku = await dataSource.getRepository(SkuEntity).save({
    code: unique('SKU'),
    asin: null,
    name: 'Headphones',
    category: 'audio',
    supplierId: supplier.id,
    currency,
    unitCostMinor: amountMinor - labelCostMinor,
    priceMinor: 4999,
  });
  const customer = await dataSource
    .getRepository(CustomerEntity)
    .save({ email: `${unique('customer')}@example.test`, name: 'Dana Buyer' });
  const order = await dataSource.getRepository(OrderEntity).save({
    channel: 'AMAZON',
    externalId: unique('114'),
    customerId: customer.id,
    currency,
    orderedAt: daysBefore(openedAt, 20),
    deliveredAt: daysBefore(openedAt, 15),
  });
  const line = await dataSource.getRepository(OrderLineEntity).save({
    orderId: order.id,
    lineNo: 1,
    skuId: sku.id,
    quantity: 1,
    unitPriceMinor: 4999,
    taxMinor: 0,
    shippingMinor: 0,
  });
  const rma = await dataSource.getRepository(ReturnEntity).save({
    rmaNumber: unique('RMA'),
    orderId: order.id,
    status: 'COMPLETED',
    requestedAt: daysBefore(openedAt, 10),
    policyVerdict: {
      checkedAt: daysBefore(openedAt, 10).toISOString(),
      withinWindow: true,
      acceptedByOverride: false,
      lines: [],
    },
    firstResponseDueAt: daysBefore(openedAt, 9),
    completedAt: openedAt,
  });
  const refund = await dataSource.getRepository(RefundEntity).save({
    returnId: rma.id,
    orderId: order.id,
    status: 'ISSUED',
    currency,
    totalMinor: 4999,
    breakdown: {},
    createdById: randomUUID(),
    issuedAt: openedAt,
    externalReference: unique('SC'),
  });
  const resolved = status === 'ACCEPTED' || status === 'REJECTED';
  return dataSource.getRepository(SupplierClaimEntity).save({
    supplierId: supplier.id,
    refundId: refund.id,
    returnId: rma.id,
    status,
    currency,
    amountMinor,
    labelCostMinor,
    lines: [{ orderLineId: line.id, units: 1, amount: amountMinor - labelCostMinor }],
    creditedMinor: spec.creditedMinor ?? (status === 'ACCEPTED' ? amountMinor : null),
    supplierReference: spec.supplierReference ?? null,
    rejectionReason: status === 'REJECTED' ? 'Item was not defective' : null,
    openedAt,
    submittedAt: status === 'OPEN' ? null : openedAt,
    resolvedAt: resolved ? openedAt : null,
  });
}

/** A signed-in client holding exactly these roles. */
export async function signInAs(
  database: TestDatabase,
  server: TestServer,
  roles: Role[],
): Promise<{ id: string; client: TestClient }> {
  const name = unique(roles.join('-').toLowerCase());
  const user = await createTestUser(database.dataSource, name, roles);
  return { id: user.id, client: await server.signIn(`${name}@rebound.test`) };
}

/** Every claim row as stored, to prove a refusal changed nothing. */
export function claimsTable(dataSource: DataSource): Promise<unknown[]> {
  return dataSource.query(
    `SELECT id, status, amount_minor, credited_minor, supplier_reference, rejection_reason,
       submitted_at, resolved_at, version FROM supplier_claims ORDER BY id`,
  );
}

export const CLAIM_FIELDS = `id status version ageDays overdue rmaNumber refundId returnId
  supplier { id code name claimTermsDays }
  amount { amount currency } labelCost { amount currency } credited { amount currency }
  lines { orderLineId units amount { amount currency } }
  supplierReference rejectionReason openedAt submittedAt resolvedAt`;

export const SUBMIT = `mutation($input: SubmitSupplierClaimInput!) { submitSupplierClaim(input: $input) { ${CLAIM_FIELDS} } }`;
export const ACCEPT = `mutation($input: AcceptSupplierClaimInput!) { acceptSupplierClaim(input: $input) { ${CLAIM_FIELDS} } }`;
export const REJECT = `mutation($input: RejectSupplierClaimInput!) { rejectSupplierClaim(input: $input) { ${CLAIM_FIELDS} } }`;

/** The shape CLAIM_FIELDS reads, for typed assertions. */
export interface ClaimView {
  id: string;
  status: SupplierClaimStatus;
  version: number;
  ageDays: number;
  overdue: boolean;
  rmaNumber: string;
  refundId: string;
  returnId: string;
  supplier: { id: string; code: string; name: string; claimTermsDays: number };
  amount: { amount: number; currency: string };
  labelCost: { amount: number; currency: string };
  credited: { amount: number; currency: string } | null;
  lines: { orderLineId: string; units: number; amount: { amount: number; currency: string } }[];
  supplierReference: string | null;
  rejectionReason: string | null;
  openedAt: string;
  submittedAt: string | null;
  resolvedAt: string | null;
}
