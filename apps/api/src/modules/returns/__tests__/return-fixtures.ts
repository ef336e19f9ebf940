import { userActor, type Role } from '@rebound/domain';
import type { DataSource } from 'typeorm';
import type { TransactionContext } from '../../../context';
import type { TestDatabase } from '../../../testing/test-database';
import type { TestClient, TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import { SkuEntity } from '../../catalog/sku.entity';
import { ReturnLabelEntity } from '../../labels/return-label.entity';
import { CustomerEntity } from '../../orders/customer.entity';
import { OrderLineEntity } from '../../orders/order-line.entity';
import { OrderEntity } from '../../orders/order.entity';
import { LocationEntity } from '../../suppliers/location.entity';
import { SupplierEntity } from '../../suppliers/supplier.entity';
import { loadReturn, transitionReturn } from '../return-transition';

/** The little business every returns test works in: one supplier, two locations, two SKUs. */
export interface ReturnsWorld {
  supplier: SupplierEntity;
  centre: LocationEntity;
  supplierWarehouse: LocationEntity;
  /** 49.99 USD headphones. */
  headphones: SkuEntity;
  /** 8.99 USD cable: cheap enough for a returnless refund. */
  cable: SkuEntity;
  customer: CustomerEntity;
}

let sequence = 0;
const unique = (prefix: string): string => `${prefix}-${process.pid}-${(sequence += 1)}`;

export async function createReturnsWorld(dataSource: DataSource): Promise<ReturnsWorld> {
  const supplier = await dataSource.getRepository(SupplierEntity).save({
    code: unique('SUP'),
    name: 'Acme Audio',
    contactEmail: 'returns@acme.test',
    returnWindowDays: null,
  });
  const address = {
    addressLine1: '1 Dock Road',
    addressLine2: null,
    city: 'Reno',
    region: 'NV',
    postalCode: '89501',
    countryCode: 'US',
  };
  const locations = dataSource.getRepository(LocationEntity);
  const centre = await locations.save({
    code: unique('RC'),
    name: 'Returns centre',
    kind: 'RETURNS_CENTRE',
    supplierId: null,
    ...address,
  });
  const supplierWarehouse = await locations.save({
    code: unique('SW'),
    name: 'Acme warehouse',
    kind: 'SUPPLIER_WAREHOUSE',
    supplierId: supplier.id,
    ...address,
  });
  const skus = dataSource.getRepository(SkuEntity);
  const sku = (name: string, priceMinor: number, unitCostMinor: number): Promise<SkuEntity> =>
    skus.save({
      code: unique('SKU'),
      asin: null,
      name,
      category: 'audio',
      supplierId: supplier.id,
      currency: 'USD',
      unitCostMinor,
      priceMinor,
    });
  const customer = await dataSource
    .getRepository(CustomerEntity)
    .save({ email: `${unique('customer')}@example.test`, name: 'Dana Buyer' });
  return {
    supplier,
    centre,
    supplierWarehouse,
    headphones: await sku('Headphones', 4999, 2100),
    cable: await sku('Cable', 899, 300),
    customer,
  };
}

export interface FixtureLine {
  sku: SkuEntity;
  quantity: number;
  unitPriceMinor: number;
  taxMinor?: number;
  shippingMinor?: number;
}

/** An Amazon order delivered at `deliveredAt` (null: not delivered yet). */
export async function createOrder(
  dataSource: DataSource,
  world: ReturnsWorld,
  deliveredAt: Date | null,
  lines: readonly FixtureLine[],
): Promise<{ order: OrderEntity; lines: OrderLineEntity[] }> {
  const order = await dataSource.getRepository(OrderEntity).save({
    channel: 'AMAZON',
    externalId: `114-${String(Date.now() % 10_000_000).padStart(7, '0')}-${String((sequence += 1)).padStart(7, '0')}`,
    customerId: world.customer.id,
    currency: 'USD',
    orderedAt: new Date((deliveredAt ?? new Date()).getTime() - 3 * 86_400_000),
    deliveredAt,
  });
  const saved = await dataSource.getRepository(OrderLineEntity).save(
    lines.map((line, index) => ({
      orderId: order.id,
      lineNo: index + 1,
      skuId: line.sku.id,
      quantity: line.quantity,
      unitPriceMinor: line.unitPriceMinor,
      taxMinor: line.taxMinor ?? 0,
      shippingMinor: line.shippingMinor ?? 0,
    })),
  );
  return { order, lines: saved };
}

export const daysAgo = (days: number): Date => new Date(Date.now() - days * 86_400_000);

/** Signed-in clients, one per role, through the real sign-in mutation. */
export async function signInTeam(
  database: TestDatabase,
  server: TestServer,
): Promise<
  Record<'support' | 'warehouse' | 'finance' | 'admin', TestClient> & { supportId: string }
> {
  const make = async (name: string, roles: Role[]): Promise<{ id: string; client: TestClient }> => {
    const user = await createTestUser(database.dataSource, name, roles);
    return { id: user.id, client: await server.signIn(`${name}@rebound.test`) };
  };
  const support = await make(unique('support'), ['SUPPORT']);
  return {
    support: support.client,
    supportId: support.id,
    warehouse: (await make(unique('warehouse'), ['WAREHOUSE'])).client,
    finance: (await make(unique('finance'), ['FINANCE'])).client,
    admin: (await make(unique('admin'), ['ADMIN'])).client,
  };
}

/**
 * AUTHORIZED → LABEL_ISSUED: through `issueReturnLabel` when the labels module serves it, else
 * (test-only) by inserting a label to the returns centre and firing the machine's issueLabel.
 */
export async function issueLabel(
  database: TestDatabase,
  support: TestClient,
  supportId: string,
  returnId: string,
  centre: LocationEntity,
): Promise<void> {
  const probe = await support.data<{ __type: { fields: { name: string }[] } }>(
    '{ __type(name: "Mutation") { fields { name } } }',
  );
  if (probe.__type.fields.some((field) => field.name === 'issueReturnLabel')) {
    await support.data(
      'mutation($id: ID!) { issueReturnLabel(input: { id: $id, costMinor: 650 }) { returnStatus } }',
      { id: returnId },
    );
    return;
  }
  await database.dataSource.transaction(async (manager) => {
    const user = {
      id: supportId,
      email: 'support@rebound.test',
      displayName: 'support',
      roles: ['SUPPORT' as const],
    };
    const tx: TransactionContext = {
      requestId: 'test',
      dataSource: database.dataSource,
      actor: userActor(supportId, ['SUPPORT']),
      user,
      credential: { kind: 'anonymous' },
      http: null,
      manager,
    };
    const rma = await loadReturn(tx, returnId);
    const issuedAt = new Date();
    await manager.save(
      manager.create(ReturnLabelEntity, {
        returnId,
        carrier: 'UPS',
        trackingNumber: unique('1Z'),
        costMinor: 650,
        currency: 'USD',
        payer: 'SELLER',
        shipToLocationId: centre.id,
        shipTo: {
          name: centre.name,
          addressLine1: centre.addressLine1,
          addressLine2: null,
          city: centre.city,
          region: null,
          postalCode: centre.postalCode,
          countryCode: 'US',
        },
        issuedById: supportId,
        issuedAt,
        expiresAt: new Date(issuedAt.getTime() + 30 * 86_400_000),
      }),
    );
    await transitionReturn(tx, rma, 'issueLabel', {}, {});
  });
}
