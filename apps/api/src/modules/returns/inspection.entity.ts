import { FAULTS, INSPECTION_GRADES, type Fault, type InspectionGrade } from '@rebound/domain';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { sqlList } from '../../common/sql';
import { ReturnLineEntity } from './return-line.entity';

/** What the warehouse found when it opened one returned line. */
@Entity({ name: 'inspections' })
@Check('inspections_grade_check', `grade IN (${sqlList(INSPECTION_GRADES)})`)
@Check('inspections_fault_check', `fault IN (${sqlList(FAULTS)})`)
export class InspectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'return_line_id', type: 'uuid', unique: true })
  returnLineId: string;

  @OneToOne(() => ReturnLineEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'return_line_id' })
  returnLine?: Relation<ReturnLineEntity>;

  @Column({ type: 'text' })
  grade: InspectionGrade;

  /** The fault after inspection (DESIGN: a DEFECTIVE claim found damaged becomes CUSTOMER). */
  @Column({ type: 'text' })
  fault: Fault;

  /** True when the inspector set the fault explicitly rather than taking the derived one. */
  @Column({ name: 'fault_overridden', type: 'boolean', default: false })
  faultOverridden: boolean;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'photo_urls', type: 'text', array: true, default: () => "'{}'" })
  photoUrls: string[];

  @Column({ name: 'inspected_by_id', type: 'uuid' })
  inspectedById: string;

  @Column({ name: 'inspected_at', type: 'timestamptz' })
  inspectedAt: Date;
}
