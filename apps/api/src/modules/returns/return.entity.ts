import { RESOLUTIONS, RETURN_STATUSES, type Resolution, type ReturnStatus } from '@rebound/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { sqlList } from '../../common/sql';
import { OrderEntity } from '../orders/order.entity';
import type { StoredPolicyVerdict } from './policy-verdict';
import { ReturnLineEntity } from './return-line.entity';

/**
 * A return (RMA). Its status is written only by the return state machine; `version` guards
 * against two people moving it at once.
 */
@Entity({ name: 'returns' })
@Index('returns_status_requested_at_idx', ['status', 'requestedAt'])
// Keyset indexes of the returns list's sort orders (migration ReturnsList).
@Index('returns_requested_at_id_idx', ['requestedAt', 'id'])
@Index('returns_first_response_due_at_id_idx', ['firstResponseDueAt', 'id'])
@Index('returns_updated_at_id_idx', ['updatedAt', 'id'])
@Check('returns_status_check', `status IN (${sqlList(RETURN_STATUSES)})`)
@Check('returns_resolution_check', `resolution IN (${sqlList(RESOLUTIONS)})`)
export class ReturnEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'rma_number', type: 'text', unique: true })
  rmaNumber: string;

  @Index('returns_order_id_idx')
  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_id' })
  order?: Relation<OrderEntity>;

  @Column({ type: 'text' })
  status: ReturnStatus;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  /** The policy check made at request time, kept as it was then. */
  @Column({ name: 'policy_verdict', type: 'jsonb' })
  policyVerdict: StoredPolicyVerdict;

  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason: string | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  /** How an inspected return was resolved (REFUND, REPLACEMENT, DECLINE); null until then. */
  @Column({ type: 'text', nullable: true })
  resolution: Resolution | null;

  @Column({ name: 'replacement_order_id', type: 'text', nullable: true })
  replacementOrderId: string | null;

  /** Resolved without the item coming back (no label, no restock, stock written off). */
  @Column({ type: 'boolean', default: false })
  returnless: boolean;

  /** What the customer paid to ship it back themselves (their receipt), in minor units. */
  @Column({ name: 'customer_shipping_paid_minor', type: 'bigint', nullable: true })
  customerShippingPaidMinor: number | null;

  /** The user who entered the request (support on the customer's behalf, or an import). */
  @Column({ name: 'requested_by_id', type: 'uuid', nullable: true })
  requestedById: string | null;

  /** When support first answered (authorized, rejected or cancelled): stops the first-response clock. */
  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true })
  firstResponseAt: Date | null;

  @Column({ name: 'authorized_at', type: 'timestamptz', nullable: true })
  authorizedAt: Date | null;

  @Column({ name: 'received_at', type: 'timestamptz', nullable: true })
  receivedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'first_response_due_at', type: 'timestamptz' })
  firstResponseDueAt: Date;

  @Column({ name: 'refund_due_at', type: 'timestamptz', nullable: true })
  refundDueAt: Date | null;

  @OneToMany(() => ReturnLineEntity, (line) => line.return)
  lines?: Relation<ReturnLineEntity[]>;

  @VersionColumn({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
