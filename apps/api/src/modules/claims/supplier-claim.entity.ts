import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { RefundEntity } from '../refunds/refund.entity';
import { ReturnEntity } from '../returns/return.entity';
import { SupplierEntity } from '../suppliers/supplier.entity';

export const SUPPLIER_CLAIM_STATUSES = ['OPEN', 'SUBMITTED', 'ACCEPTED', 'REJECTED'] as const;
export type SupplierClaimStatus = (typeof SUPPLIER_CLAIM_STATUSES)[number];

/** One line of a claim: units of an order line and what they cost the seller. */
export interface SupplierClaimLine {
  orderLineId: string;
  units: number;
  amount: number;
}

/** Money the seller recovers from a supplier for a refunded supplier-fault return. */
@Entity({ name: 'supplier_claims' })
@Unique('supplier_claims_refund_supplier_key', ['refundId', 'supplierId'])
@Index('supplier_claims_supplier_status_idx', ['supplierId', 'status'])
@Check('supplier_claims_status_check', `status IN ('OPEN', 'SUBMITTED', 'ACCEPTED', 'REJECTED')`)
@Check(
  'supplier_claims_amount_check',
  'amount_minor >= 0 AND (credited_minor IS NULL OR credited_minor >= 0)',
)
export class SupplierClaimEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => SupplierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Relation<SupplierEntity>;

  @Column({ name: 'refund_id', type: 'uuid' })
  refundId: string;

  @ManyToOne(() => RefundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'refund_id' })
  refund?: Relation<RefundEntity>;

  @Index('supplier_claims_return_id_idx')
  @Column({ name: 'return_id', type: 'uuid' })
  returnId: string;

  @ManyToOne(() => ReturnEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'return_id' })
  return?: Relation<ReturnEntity>;

  @Column({ type: 'text' })
  status: SupplierClaimStatus;

  @Column({ type: 'character', length: 3 })
  currency: string;

  /** Unit cost × units of the supplier-fault lines, plus their part of the seller-paid label. */
  @Column({ name: 'amount_minor', type: 'bigint' })
  amountMinor: number;

  @Column({ name: 'label_cost_minor', type: 'bigint', default: 0 })
  labelCostMinor: number;

  @Column({ type: 'jsonb' })
  lines: SupplierClaimLine[];

  /** What the supplier agreed to credit (may be less than claimed). */
  @Column({ name: 'credited_minor', type: 'bigint', nullable: true })
  creditedMinor: number | null;

  @Column({ name: 'supplier_reference', type: 'text', nullable: true })
  supplierReference: string | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @VersionColumn({ type: 'integer' })
  version: number;
}
