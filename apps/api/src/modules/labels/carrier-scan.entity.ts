import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { ReturnLabelEntity } from './return-label.entity';

/** A tracking event the carrier reported for a return label. */
@Entity({ name: 'carrier_scans' })
@Unique('carrier_scans_label_event_key', ['labelId', 'scannedAt', 'event'])
export class CarrierScanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('carrier_scans_label_id_idx')
  @Column({ name: 'label_id', type: 'uuid' })
  labelId: string;

  @ManyToOne(() => ReturnLabelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'label_id' })
  label?: Relation<ReturnLabelEntity>;

  /** The carrier's event, e.g. PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED. */
  @Column({ type: 'text' })
  event: string;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ name: 'scanned_at', type: 'timestamptz' })
  scannedAt: Date;
}
