import { hash } from 'argon2';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Role } from '@rebound/domain';
import { SkuEntity } from '../modules/catalog/sku.entity';
import { CustomerEntity } from '../modules/orders/customer.entity';
import { OrderLineEntity } from '../modules/orders/order-line.entity';
import { OrderEntity } from '../modules/orders/order.entity';
import { CarrierScanEntity } from '../modules/labels/carrier-scan.entity';
import { ReturnLabelEntity } from '../modules/labels/return-label.entity';
import { InspectionEntity } from '../modules/returns/inspection.entity';
import { ReturnEventEntity } from '../modules/returns/return-event.entity';
import { ReturnLineEntity } from '../modules/returns/return-line.entity';
import { ReturnEntity } from '../modules/returns/return.entity';
import { LocationEntity } from '../modules/suppliers/location.entity';
import { SupplierEntity } from '../modules/suppliers/supplier.entity';
import { UserEntity } from '../modules/users/user.entity';
import { DEMO_PASSWORD, DEMO_USERS, RETURNS_CENTRE } from './demo-data';
import { demoId } from './demo-ids';
import { planDemoBusiness } from './demo-plan';
import type { Row } from './demo-returns';
import { seedOpeningStock } from './demo-stock';

export interface SeedReport {
  /** True when this run filled the database; false when the demo data was already there. */
  created: boolean;
  /** Rows this run inserted, per table (all zero on a second run). */
  inserted: Record<string, number>;
  logins: { email: string; roles: readonly Role[] }[];
}

async function insertMissing<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: Row<T>[],
): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += 500) {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(start, start + 500) as unknown as QueryDeepPartialEntity<T>[])
      .orIgnore()
      .returning('id')
      .execute();
    inserted += (result.raw as unknown[]).length;
  }
  return inserted;
}

/**
 * Fills the database with Harbor & Pine, a believable small seller: users for each role,
 * suppliers with return addresses, SKUs, Amazon orders and returns in every lifecycle state.
 * Every row has a stable id and is inserted only when missing, so a second run changes nothing.
 */
export async function seedDemoData(
  dataSource: DataSource,
  now: Date = new Date(),
): Promise<SeedReport> {
  const plan = planDemoBusiness(now);
  const passwordHash = await hash(DEMO_PASSWORD, { type: 2 });
  const users = DEMO_USERS.map((user) => ({
    id: demoId('user', user.email),
    email: user.email,
    displayName: user.displayName,
    passwordHash,
    roles: [...user.roles],
    disabledAt: null,
  }));

  const inserted = await dataSource.transaction(async (manager) => ({
    users: await insertMissing(manager, UserEntity, users),
    suppliers: await insertMissing(manager, SupplierEntity, plan.suppliers),
    locations: await insertMissing(manager, LocationEntity, plan.locations),
    skus: await insertMissing(manager, SkuEntity, plan.skus),
    customers: await insertMissing(manager, CustomerEntity, plan.customers),
    orders: await insertMissing(manager, OrderEntity, plan.orders),
    orderLines: await insertMissing(manager, OrderLineEntity, plan.orderLines),
    returns: await insertMissing(manager, ReturnEntity, plan.returns),
    returnLines: await insertMissing(manager, ReturnLineEntity, plan.returnLines),
    inspections: await insertMissing(manager, InspectionEntity, plan.inspections),
    returnEvents: await insertMissing(manager, ReturnEventEntity, plan.returnEvents),
    labels: await insertMissing(manager, ReturnLabelEntity, plan.labels),
    scans: await insertMissing(manager, CarrierScanEntity, plan.scans),
    openingStock: await seedOpeningStock(
      manager,
      plan.skus,
      demoId('location', RETURNS_CENTRE.code),
    ),
  }));

  return {
    created: Object.values(inserted).some((count) => count > 0),
    inserted,
    logins: DEMO_USERS.map((user) => ({ email: user.email, roles: user.roles })),
  };
}
