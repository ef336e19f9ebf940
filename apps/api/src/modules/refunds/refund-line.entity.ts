import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { OrderLineEntity } from '../orders/order-line.entity';
import { RefundEntity } from './refund.entity';

/**
 * A refund's part for one order line. The database refuses a set of lines whose sum for an
 * order line exceeds what was paid for it (rejected refunds release theirs).
 */
@Entity({ name: 'refund_lines' })
@Check('refund_lines_amount_check', 'amount_minor >= 0')
export class RefundLineEntity {
  @PrimaryColumn({ name: 'refund_id', type: 'uuid' })
  refundId: string;

  @ManyToOne(() => RefundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'refund_id' })
  refund?: Relation<RefundEntity>;

  @Index('refund_lines_order_line_id_idx')
  @PrimaryColumn({ name: 'order_line_id', type: 'uuid' })
  orderLineId: string;

  @ManyToOne(() => OrderLineEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_line_id' })
  orderLine?: Relation<OrderLineEntity>;

  @Column({ name: 'amount_minor', type: 'bigint' })
  amountMinor: number;
}
