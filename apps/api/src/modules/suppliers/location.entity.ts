import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { SupplierEntity } from './supplier.entity';

export type LocationKind = 'RETURNS_CENTRE' | 'SUPPLIER_WAREHOUSE';

/** A place returns are shipped to: the seller's returns centre or a supplier's warehouse. */
@Entity({ name: 'locations' })
@Check('locations_kind_check', `kind IN ('RETURNS_CENTRE', 'SUPPLIER_WAREHOUSE')`)
export class LocationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: LocationKind;

  @Column({ name: 'supplier_id', type: 'uuid', nullable: true })
  supplierId: string | null;

  @ManyToOne(() => SupplierEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Relation<SupplierEntity> | null;

  @Column({ name: 'address_line1', type: 'text' })
  addressLine1: string;

  @Column({ name: 'address_line2', type: 'text', nullable: true })
  addressLine2: string | null;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ name: 'postal_code', type: 'text' })
  postalCode: string;

  @Column({ name: 'country_code', type: 'character', length: 2 })
  countryCode: string;
}
