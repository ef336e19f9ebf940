import {
  DISPOSITIONS,
  FAULTS,
  INSPECTION_GRADES,
  REASON_CODES,
  type Disposition,
  type Fault,
  type InspectionGrade,
  type ReasonCode,
} from '@rebound/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { sqlList } from '../../common/sql';
import { OrderLineEntity } from '../orders/order-line.entity';
import { ReturnEntity } from './return.entity';

/** Units of one order line coming back, with the customer's reason and the inspection result. */
@Entity({ name: 'return_lines' })
@Check('return_lines_quantity_check', 'quantity > 0')
@Check('return_lines_reason_code_check', `reason_code IN (${sqlList(REASON_CODES)})`)
@Check('return_lines_inspected_grade_check', `inspected_grade IN (${sqlList(INSPECTION_GRADES)})`)
@Check('return_lines_inspected_fault_check', `inspected_fault IN (${sqlList(FAULTS)})`)
@Check('return_lines_disposition_check', `disposition IN (${sqlList(DISPOSITIONS)})`)
export class ReturnLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('return_lines_return_id_idx')
  @Column({ name: 'return_id', type: 'uuid' })
  returnId: string;

  @ManyToOne(() => ReturnEntity, (rma) => rma.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'return_id' })
  return?: ReturnEntity;

  @Index('return_lines_order_line_id_idx')
  @Column({ name: 'order_line_id', type: 'uuid' })
  orderLineId: string;

  @ManyToOne(() => OrderLineEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_line_id' })
  orderLine?: OrderLineEntity;

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ name: 'reason_code', type: 'text' })
  reasonCode: ReasonCode;

  @Column({ name: 'customer_comment', type: 'text', nullable: true })
  customerComment: string | null;

  @Column({ name: 'inspected_grade', type: 'text', nullable: true })
  inspectedGrade: InspectionGrade | null;

  @Column({ name: 'inspected_fault', type: 'text', nullable: true })
  inspectedFault: Fault | null;

  @Column({ type: 'text', nullable: true })
  disposition: Disposition | null;
}
