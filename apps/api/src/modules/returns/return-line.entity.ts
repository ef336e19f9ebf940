import { DISPOSITIONS, REASON_CODES, type Disposition, type ReasonCode } from '@rebound/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { sqlList } from '../../common/sql';
import { OrderLineEntity } from '../orders/order-line.entity';
import { ReturnEntity } from './return.entity';

/** Units of one order line coming back, with the customer's reason and the inspection result. */
@Entity({ name: 'return_lines' })
@Check('return_lines_quantity_check', 'quantity > 0')
@Check('return_lines_reason_code_check', `reason_code IN (${sqlList(REASON_CODES)})`)
@Check('return_lines_disposition_check', `disposition IN (${sqlList(DISPOSITIONS)})`)
export class ReturnLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('return_lines_return_id_idx')
  @Column({ name: 'return_id', type: 'uuid' })
  returnId: string;

  @ManyToOne(() => ReturnEntity, (rma) => rma.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'return_id' })
  return?: Relation<ReturnEntity>;

  @Index('return_lines_order_line_id_idx')
  @Column({ name: 'order_line_id', type: 'uuid' })
  orderLineId: string;

  @ManyToOne(() => OrderLineEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_line_id' })
  orderLine?: Relation<OrderLineEntity>;

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ name: 'reason_code', type: 'text' })
  reasonCode: ReasonCode;

  @Column({ name: 'customer_comment', type: 'text', nullable: true })
  customerComment: string | null;

  /** Where the units go after inspection; null until inspected. */
  @Column({ type: 'text', nullable: true })
  disposition: Disposition | null;

  /** True when the inspector chose another disposition than the default for grade and fault. */
  @Column({ name: 'disposition_overridden', type: 'boolean', default: false })
  dispositionOverridden: boolean;
}
