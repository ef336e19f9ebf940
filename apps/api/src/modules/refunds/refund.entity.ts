import { REFUND_STATUSES, type RefundStatus } from '@rebound/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { sqlList } from '../../common/sql';
import { OrderEntity } from '../orders/order.entity';
import { ReturnEntity } from '../returns/return.entity';

/** How a refund reaches the customer. */
export const REFUND_METHODS = ['MARKETPLACE', 'ORIGINAL_PAYMENT', 'STORE_CREDIT'] as const;
export type RefundMethod = (typeof REFUND_METHODS)[number];

/**
 * Money going back to a customer for one return, with the itemised breakdown the domain
 * calculator produced. Its status is written only by the refund state machine.
 */
@Entity({ name: 'refunds' })
@Index('refunds_status_created_at_idx', ['status', 'createdAt'])
@Check('refunds_status_check', `status IN (${sqlList(REFUND_STATUSES)})`)
@Check('refunds_method_check', `method IN (${sqlList(REFUND_METHODS)})`)
@Check('refunds_total_check', 'total_minor >= 0')
export class RefundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('refunds_return_id_idx')
  @Column({ name: 'return_id', type: 'uuid' })
  returnId: string;

  @ManyToOne(() => ReturnEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'return_id' })
  return?: Relation<ReturnEntity>;

  @Index('refunds_order_id_idx')
  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_id' })
  order?: Relation<OrderEntity>;

  @Column({ type: 'text' })
  status: RefundStatus;

  @Column({ type: 'text', default: 'MARKETPLACE' })
  method: RefundMethod;

  @Column({ type: 'character', length: 3 })
  currency: string;

  @Column({ name: 'total_minor', type: 'bigint' })
  totalMinor: number;

  /** The domain's RefundBreakdown as computed (JSON). */
  @Column({ type: 'jsonb' })
  breakdown: object;

  /** Refunded without the item coming back. */
  @Column({ type: 'boolean', default: false })
  returnless: boolean;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true })
  submittedById: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt: Date | null;

  /** The marketplace's or payment provider's reference for the money sent. */
  @Column({ name: 'external_reference', type: 'text', nullable: true })
  externalReference: string | null;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;

  @VersionColumn({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
