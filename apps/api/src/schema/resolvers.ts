import { AuthResolver } from '../modules/auth/auth.resolver';
import { SkuResolver } from '../modules/catalog/sku.resolver';
import { StockChangeResolver } from '../modules/inventory/stock-change.resolver';
import {
  SkuStockLevelsResolver,
  StockLevelResolver,
} from '../modules/inventory/stock-level.resolver';
import { StockMovementResolver } from '../modules/inventory/stock-movement.resolver';
import { SupplierResolver } from '../modules/suppliers/supplier.resolver';
import {
  ReturnListResolver,
  ReturnSummaryResolver,
} from '../modules/returns/list/return-list.resolver';
import { LabelsResolver } from '../modules/labels/labels.resolver';
import { ReturnStatsResolver } from '../modules/returns/return-stats.resolver';
import { NoteResolver } from '../modules/notes/note.resolver';
import { OrderResolver } from '../modules/orders/order.resolver';
import { ReturnQueryResolver } from '../modules/returns/return-query.resolver';
import { SupportDeskResolver } from '../modules/returns/support-desk.resolver';
import { WarehouseResolver } from '../modules/returns/warehouse.resolver';

/** Every resolver class of the API; a module's resolvers are added here. */
export const resolvers = [
  AuthResolver,
  ReturnStatsResolver,
  ReturnListResolver,
  ReturnSummaryResolver,
  LabelsResolver,
  ReturnQueryResolver,
  SupportDeskResolver,
  WarehouseResolver,
  NoteResolver,
  SupplierResolver,
  SkuResolver,
  SkuStockLevelsResolver,
  StockLevelResolver,
  StockMovementResolver,
  StockChangeResolver,
  OrderResolver,
] as const;
