import { SkuEntity } from '../modules/catalog/sku.entity';
import { CustomerEntity } from '../modules/orders/customer.entity';
import { OrderLineEntity } from '../modules/orders/order-line.entity';
import { OrderEntity } from '../modules/orders/order.entity';
import { ReturnLineEntity } from '../modules/returns/return-line.entity';
import { ReturnEntity } from '../modules/returns/return.entity';
import { LocationEntity } from '../modules/suppliers/location.entity';
import { SupplierEntity } from '../modules/suppliers/supplier.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Every table TypeORM maps; the schema itself comes from the migrations. */
export const entities = [
  UserEntity,
  SupplierEntity,
  LocationEntity,
  SkuEntity,
  CustomerEntity,
  OrderEntity,
  OrderLineEntity,
  ReturnEntity,
  ReturnLineEntity,
];
