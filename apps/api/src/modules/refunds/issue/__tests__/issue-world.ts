import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createTestUser } from '../../../../testing/test-users';
import { SkuEntity } from '../../../catalog/sku.entity';
import { CustomerEntity } from '../../../orders/customer.entity';
import { LocationEntity } from '../../../suppliers/location.entity';
import { SupplierEntity } from '../../../suppliers/supplier.entity';
import type { UserEntity } from '../../../users/user.entity';

/** Two suppliers, the returns centre, their products, a customer and the finance desk. */
export interface IssueWorld {
  acme: SupplierEntity;
  birch: SupplierEntity;
  returnsCentre: LocationEntity;
  /** Acme, 49.99, costs 21.00. */
  kettle: SkuEntity;
  /** Acme, 79.99, costs 35.00. */
  toaster: SkuEntity;
  /** Birch, 29.99, costs 12.50. */
  lamp: SkuEntity;
  /** Acme, 8.99, costs 3.00: cheap enough for a returnless refund. */
  cable: SkuEntity;
  /** Birch, 699.99, costs 400.00: a refund that needs approval. */
  television: SkuEntity;
  customer: CustomerEntity;
  /** FINANCE user who submitted every fixture refund. */
  submitter: UserEntity;
  /** A second FINANCE user, who approves. */
  approver: UserEntity;
  inspector: UserEntity;
}

export const suffix = (): string => randomBytes(3).toString('hex').toUpperCase();

export async function createIssueWorld(dataSource: DataSource): Promise<IssueWorld> {
  const suppliers = dataSource.getRepository(SupplierEntity);
  const supplier = (name: string): Promise<SupplierEntity> =>
    suppliers.save({
      code: `${name.toUpperCase()}-${suffix()}`,
      name: `${name} Supply Co`,
      contactEmail: `${name.toLowerCase()}@supplier.test`,
      returnWindowDays: null,
      claimTermsDays: 30,
    });
  const acme = await supplier('Acme');
  const birch = await supplier('Birch');
  const returnsCentre = await dataSource.getRepository(LocationEntity).save({
    code: `RC-${suffix()}`,
    name: 'Returns centre',
    kind: 'RETURNS_CENTRE',
    supplierId: null,
    addressLine1: '4120 Longley Lane',
    addressLine2: null,
    city: 'Reno',
    region: 'NV',
    postalCode: '89502',
    countryCode: 'US',
  });
  const sku = (owner: SupplierEntity, name: string, priceMinor: number, unitCostMinor: number) =>
    dataSource.getRepository(SkuEntity).save({
      code: `SKU-${suffix()}`,
      asin: null,
      name,
      category: 'Home',
      supplierId: owner.id,
      currency: 'USD',
      unitCostMinor,
      priceMinor,
    });
  return {
    acme,
    birch,
    returnsCentre,
    kettle: await sku(acme, 'Kettle', 4999, 2100),
    toaster: await sku(acme, 'Toaster', 7999, 3500),
    lamp: await sku(birch, 'Lamp', 2999, 1250),
    cable: await sku(acme, 'Cable', 899, 300),
    television: await sku(birch, 'Television', 69999, 40000),
    customer: await dataSource
      .getRepository(CustomerEntity)
      .save({ email: `dana-${suffix()}@customer.test`, name: 'Dana Buyer' }),
    submitter: await createTestUser(dataSource, `submitter-${suffix()}`, ['FINANCE']),
    approver: await createTestUser(dataSource, `approver-${suffix()}`, ['FINANCE']),
    inspector: await createTestUser(dataSource, `inspector-${suffix()}`, ['WAREHOUSE']),
  };
}
