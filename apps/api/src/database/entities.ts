import { AmazonImportRunEntity } from '../modules/amazon-reports/amazon-import-run.entity';
import { AmazonReasonMappingEntity } from '../modules/amazon-reports/amazon-reason-mapping.entity';
import { AmazonReportOrderEntity } from '../modules/amazon-reports/amazon-report-order.entity';
import { AmazonReportRowEntity } from '../modules/amazon-reports/amazon-report-row.entity';
import { SupplierClaimEntity } from '../modules/claims/supplier-claim.entity';
import { IdempotencyKeyEntity } from '../modules/refunds/idempotency-key.entity';
import { RefundApprovalEntity } from '../modules/refunds/refund-approval.entity';
import { RefundLineEntity } from '../modules/refunds/refund-line.entity';
import { RefundEntity } from '../modules/refunds/refund.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { ApiTokenEntity } from '../modules/auth/api-token.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { SkuEntity } from '../modules/catalog/sku.entity';
import { StockLevelEntity } from '../modules/inventory/stock-level.entity';
import { StockMovementEntity } from '../modules/inventory/stock-movement.entity';
import { CarrierScanEntity } from '../modules/labels/carrier-scan.entity';
import { ReturnLabelEntity } from '../modules/labels/return-label.entity';
import { NoteEntity } from '../modules/notes/note.entity';
import { CustomerEntity } from '../modules/orders/customer.entity';
import { OrderLineEntity } from '../modules/orders/order-line.entity';
import { OrderEntity } from '../modules/orders/order.entity';
import { InspectionEntity } from '../modules/returns/inspection.entity';
import { ReturnEventEntity } from '../modules/returns/return-event.entity';
import { ReturnLineEntity } from '../modules/returns/return-line.entity';
import { ReturnEntity } from '../modules/returns/return.entity';
import { LocationEntity } from '../modules/suppliers/location.entity';
import { SupplierEntity } from '../modules/suppliers/supplier.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Every table TypeORM maps; the schema itself comes from the migrations. */
export const entities = [
  UserEntity,
  SessionEntity,
  ApiTokenEntity,
  SupplierEntity,
  LocationEntity,
  SkuEntity,
  CustomerEntity,
  OrderEntity,
  OrderLineEntity,
  ReturnEntity,
  ReturnLineEntity,
  InspectionEntity,
  ReturnEventEntity,
  ReturnLabelEntity,
  CarrierScanEntity,
  NoteEntity,
  StockLevelEntity,
  StockMovementEntity,
  AuditEventEntity,
  RefundEntity,
  RefundLineEntity,
  RefundApprovalEntity,
  IdempotencyKeyEntity,
  SupplierClaimEntity,
  AmazonImportRunEntity,
  AmazonReportRowEntity,
  AmazonReportOrderEntity,
  AmazonReasonMappingEntity,
];
