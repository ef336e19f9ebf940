import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { SupplierEntity } from '../suppliers/supplier.entity';

/** A product the seller lists, identified by the merchant SKU; prices in minor units. */
@Entity({ name: 'skus' })
@Check('skus_money_check', 'unit_cost_minor >= 0 AND price_minor >= 0')
export class SkuEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text', nullable: true })
  asin: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  category: string;

  @Index('skus_supplier_id_idx')
  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => SupplierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Relation<SupplierEntity>;

  @Column({ type: 'character', length: 3 })
  currency: string;

  @Column({ name: 'unit_cost_minor', type: 'bigint' })
  unitCostMinor: number;

  @Column({ name: 'price_minor', type: 'bigint' })
  priceMinor: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
