import { randomBytes, randomInt } from 'node:crypto';
import { userActor, type ReasonCode } from '@rebound/domain';
import type { DataSource } from 'typeorm';
import type { TransactionContext } from '../../../context';
import { SkuEntity } from '../../catalog/sku.entity';
import { CustomerEntity } from '../../orders/customer.entity';
import { OrderLineEntity } from '../../orders/order-line.entity';
import { OrderEntity } from '../../orders/order.entity';
import { ReturnLineEntity } from '../../returns/return-line.entity';
import { ReturnEntity } from '../../returns/return.entity';
import { transitionReturn } from '../../returns/return-transition';
import { LocationEntity } from '../../suppliers/location.entity';
import { SupplierEntity } from '../../suppliers/supplier.entity';
import type { UserEntity } from '../../users/user.entity';

/** Two suppliers (one with a warehouse), the seller's returns centre, their products and a customer. */
export interface LabelWorld {
  supportUser: UserEntity;
  acme: SupplierEntity;
  birch: SupplierEntity;
  acmeWarehouse: LocationEntity;
  returnsCentre: LocationEntity;
  acmeKettle: SkuEntity;
  acmeToaster: SkuEntity;
  birchLamp: SkuEntity;
  customer: CustomerEntity;
}

const suffix = (): string => randomBytes(3).toString('hex').toUpperCase();

async function supplier(dataSource: DataSource, name: string): Promise<SupplierEntity> {
  return dataSource.getRepository(SupplierEntity).save({
    code: `${name.toUpperCase()}-${suffix()}`,
    name: `${name} Supply Co`,
    contactEmail: `${name.toLowerCase()}@supplier.test`,
    returnWindowDays: null,
    claimTermsDays: 30,
  });
}

async function sku(
  dataSource: DataSource,
  owner: SupplierEntity,
  name: string,
): Promise<SkuEntity> {
  return dataSource.getRepository(SkuEntity).save({
    code: `SKU-${suffix()}`,
    asin: null,
    name,
    category: 'Kitchen',
    supplierId: owner.id,
    currency: 'USD',
    unitCostMinor: 2100,
    priceMinor: 4999,
  });
}

export async function createLabelWorld(
  dataSource: DataSource,
  supportUser: UserEntity,
): Promise<LabelWorld> {
  const locations = dataSource.getRepository(LocationEntity);
  const acme = await supplier(dataSource, 'Acme');
  const birch = await supplier(dataSource, 'Birch');
  const acmeWarehouse = await locations.save({
    code: `ACME-WH-${suffix()}`,
    name: 'Acme Returns Dock',
    kind: 'SUPPLIER_WAREHOUSE',
    supplierId: acme.id,
    addressLine1: '77 Foundry Road',
    addressLine2: 'Dock 4',
    city: 'Columbus',
    region: 'OH',
    postalCode: '43215',
    countryCode: 'US',
  });
  const returnsCentre = await locations.save({
    code: `RC-${suffix()}`,
    name: 'Harbor & Pine Returns Centre',
    kind: 'RETURNS_CENTRE',
    supplierId: null,
    addressLine1: '4120 Longley Lane, Suite 5',
    addressLine2: null,
    city: 'Reno',
    region: 'NV',
    postalCode: '89502',
    countryCode: 'US',
  });
  const customer = await dataSource
    .getRepository(CustomerEntity)
    .save({ email: `jane-${suffix()}@customer.test`, name: 'Jane Customer' });
  return {
    supportUser,
    acme,
    birch,
    acmeWarehouse,
    returnsCentre,
    acmeKettle: await sku(dataSource, acme, 'Acme Kettle'),
    acmeToaster: await sku(dataSource, acme, 'Acme Toaster'),
    birchLamp: await sku(dataSource, birch, 'Birch Lamp'),
    customer,
  };
}

/** One returned line of a fixture return. */
export interface FixtureLine {
  sku: SkuEntity;
  reason: ReasonCode;
}

export interface FixtureReturn {
  returnId: string;
  rmaNumber: string;
  orderNumber: string;
}

const amazonOrderNumber = (): string =>
  `114-${String(randomInt(10_000_000)).padStart(7, '0')}-${String(randomInt(10_000_000)).padStart(7, '0')}`;

function supportContext(
  dataSource: DataSource,
  world: LabelWorld,
  tx: TransactionContext['manager'],
): TransactionContext {
  const user = world.supportUser;
  return {
    requestId: 'fixture',
    dataSource,
    manager: tx,
    actor: userActor(user.id, user.roles),
    user: { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles },
    credential: { kind: 'anonymous' },
    http: null,
  };
}

/**
 * A delivered order with one line per returned SKU, and a return of one unit of each line,
 * requested now; authorized through the return state machine unless `authorize` is false.
 */
export async function createReturn(
  dataSource: DataSource,
  world: LabelWorld,
  lines: readonly FixtureLine[],
  { authorize = true, currency = 'USD' }: { authorize?: boolean; currency?: string } = {},
): Promise<FixtureReturn> {
  const now = new Date();
  const order = await dataSource.getRepository(OrderEntity).save({
    channel: 'AMAZON',
    externalId: amazonOrderNumber(),
    customerId: world.customer.id,
    currency,
    orderedAt: new Date(now.getTime() - 10 * 86_400_000),
    deliveredAt: new Date(now.getTime() - 5 * 86_400_000),
  });
  const orderLines = await dataSource.getRepository(OrderLineEntity).save(
    lines.map((line, index) => ({
      orderId: order.id,
      lineNo: index + 1,
      skuId: line.sku.id,
      quantity: 1,
      unitPriceMinor: 4999,
      taxMinor: 400,
      shippingMinor: 599,
    })),
  );
  const [{ rma_number: rmaNumber }] = await dataSource.query<[{ rma_number: string }]>(
    `SELECT 'RMA-' || nextval('rma_number_seq') AS rma_number`,
  );
  const rma = await dataSource.getRepository(ReturnEntity).save({
    rmaNumber,
    orderId: order.id,
    status: 'REQUESTED',
    requestedAt: now,
    policyVerdict: {
      checkedAt: now.toISOString(),
      withinWindow: true,
      acceptedByOverride: false,
      lines: [],
    },
    requestedById: world.supportUser.id,
    firstResponseDueAt: new Date(now.getTime() + 86_400_000),
  });
  await dataSource.getRepository(ReturnLineEntity).save(
    lines.map((line, index) => ({
      returnId: rma.id,
      orderLineId: orderLines[index]?.id,
      quantity: 1,
      reasonCode: line.reason,
      customerComment: null,
    })),
  );
  if (authorize) {
    await dataSource.transaction((manager) =>
      transitionReturn(
        supportContext(dataSource, world, manager),
        rma,
        'authorize',
        { authorizedAt: now, firstResponseAt: now },
        {},
      ),
    );
  }
  return { returnId: rma.id, rmaNumber, orderNumber: order.externalId };
}

/** The status of a return as stored. */
export async function statusOf(dataSource: DataSource, returnId: string): Promise<string> {
  const found = await dataSource.getRepository(ReturnEntity).findOneByOrFail({ id: returnId });
  return found.status;
}

/** Row counts of the tables label operations write, to prove a refusal changed nothing. */
export async function labelTableCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const rows: { name: string; count: number }[] = await dataSource.query(`
    SELECT 'return_labels' AS name, count(*)::int AS count FROM return_labels
    UNION ALL SELECT 'carrier_scans', count(*)::int FROM carrier_scans
    UNION ALL SELECT 'return_events', count(*)::int FROM return_events`);
  return Object.fromEntries(rows.map((row) => [row.name, row.count]));
}
