import { AmazonImportsResolver } from '../modules/amazon-reports/amazon-imports.resolver';
import { AnalyticsResolver } from '../modules/analytics/analytics.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { ClaimDecisionsResolver } from '../modules/claims/claim-decisions.resolver';
import { SupplierClaimQueriesResolver } from '../modules/claims/supplier-claim-queries.resolver';
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
import { ReturnRefundFieldResolver } from '../modules/refunds/return-refund.field';
import { ReturnLabelsFieldResolver } from '../modules/labels/return-labels.field';
import { LabelsResolver } from '../modules/labels/labels.resolver';
import { ReturnStatsResolver } from '../modules/returns/return-stats.resolver';
import { NoteResolver } from '../modules/notes/note.resolver';
import { OrderResolver } from '../modules/orders/order.resolver';
import { RefundAdjustmentFieldResolver } from '../modules/refunds/refund-adjustment.field';
import { RefundSubmitterFieldResolver } from '../modules/refunds/refund-submitter.field';
import { RefundDeskResolver } from '../modules/refunds/refund-desk.resolver';
import { RefundIssueResolver } from '../modules/refunds/issue/refund-issue.resolver';
import { RefundQueryResolver } from '../modules/refunds/refund-query.resolver';
import { RefundReportsResolver } from '../modules/reports/refund-reports.resolver';
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
  ReturnLabelsFieldResolver,
  ReturnRefundFieldResolver,
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
  RefundDeskResolver,
  RefundQueryResolver,
  RefundAdjustmentFieldResolver,
  RefundSubmitterFieldResolver,
  RefundIssueResolver,
  SupplierClaimQueriesResolver,
  ClaimDecisionsResolver,
  RefundReportsResolver,
  AnalyticsResolver,
  AmazonImportsResolver,
] as const;
