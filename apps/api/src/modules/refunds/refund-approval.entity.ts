import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { RefundEntity } from './refund.entity';

/** A FINANCE user's approval of a large refund at a given amount; voided when the amount changes. */
@Entity({ name: 'refund_approvals' })
export class RefundApprovalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('refund_approvals_refund_id_idx')
  @Column({ name: 'refund_id', type: 'uuid' })
  refundId: string;

  @ManyToOne(() => RefundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'refund_id' })
  refund?: Relation<RefundEntity>;

  @Column({ name: 'approver_id', type: 'uuid' })
  approverId: string;

  /** The total the approver saw; an approval counts only for that amount. */
  @Column({ name: 'amount_minor', type: 'bigint' })
  amountMinor: number;

  @Column({ name: 'approved_at', type: 'timestamptz' })
  approvedAt: Date;

  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt: Date | null;
}
