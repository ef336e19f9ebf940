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
import { ReturnEntity } from '../returns/return.entity';
import { LocationEntity } from '../suppliers/location.entity';

/** Where the parcel goes, copied onto the label when it is issued (addresses can change later). */
export interface LabelAddress {
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  countryCode: string;
}

/** A prepaid return label: carrier, tracking number, cost and the address it was issued to. */
@Entity({ name: 'return_labels' })
@Check('return_labels_cost_check', 'cost_minor >= 0')
@Check('return_labels_payer_check', `payer IN ('SELLER', 'CUSTOMER')`)
export class ReturnLabelEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('return_labels_return_id_idx')
  @Column({ name: 'return_id', type: 'uuid' })
  returnId: string;

  @ManyToOne(() => ReturnEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'return_id' })
  return?: Relation<ReturnEntity>;

  @Column({ type: 'text' })
  carrier: string;

  @Column({ name: 'tracking_number', type: 'text', unique: true })
  trackingNumber: string;

  @Column({ name: 'cost_minor', type: 'bigint' })
  costMinor: number;

  @Column({ type: 'character', length: 3 })
  currency: string;

  /** Who pays the return shipping: the customer when every line is their fault. */
  @Column({ type: 'text' })
  payer: 'SELLER' | 'CUSTOMER';

  @Column({ name: 'ship_to_location_id', type: 'uuid' })
  shipToLocationId: string;

  @ManyToOne(() => LocationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ship_to_location_id' })
  shipToLocation?: Relation<LocationEntity>;

  @Column({ name: 'ship_to', type: 'jsonb' })
  shipTo: LabelAddress;

  @Column({ name: 'issued_by_id', type: 'uuid' })
  issuedById: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
