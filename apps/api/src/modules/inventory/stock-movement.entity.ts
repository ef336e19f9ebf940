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
import { sqlList } from '../../common/sql';
import { SkuEntity } from '../catalog/sku.entity';
import { LocationEntity } from '../suppliers/location.entity';

/** Every kind of change to stock; the ledger is append-only. */
export const STOCK_MOVEMENT_KINDS = [
  'RETURN_RESTOCK',
  'RETURN_QUARANTINE',
  'RETURN_TO_SUPPLIER',
  'WRITE_OFF',
  'ADJUSTMENT',
  'RELEASE_FROM_QUARANTINE',
  'SHIP_TO_SUPPLIER',
] as const;
export type StockMovementKind = (typeof STOCK_MOVEMENT_KINDS)[number];

/** One entry of the stock ledger: signed changes to sellable and quarantined units. */
@Entity({ name: 'stock_movements' })
@Index('stock_movements_sku_location_idx', ['skuId', 'locationId', 'createdAt'])
// A return line moves stock at most once, whatever happens concurrently.
@Index('stock_movements_return_line_once_idx', ['returnLineId'], {
  unique: true,
  where: 'return_line_id IS NOT NULL',
})
@Check('stock_movements_kind_check', `kind IN (${sqlList(STOCK_MOVEMENT_KINDS)})`)
@Check('stock_movements_nonzero_check', 'sellable_delta <> 0 OR quarantine_delta <> 0 OR units > 0')
export class StockMovementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'sku_id', type: 'uuid' })
  skuId: string;

  @ManyToOne(() => SkuEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sku_id' })
  sku?: Relation<SkuEntity>;

  @Column({ name: 'location_id', type: 'uuid' })
  locationId: string;

  @ManyToOne(() => LocationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_id' })
  location?: Relation<LocationEntity>;

  @Column({ type: 'text' })
  kind: StockMovementKind;

  /** Units concerned (write-offs and returns to supplier leave the levels unchanged). */
  @Column({ type: 'integer' })
  units: number;

  @Column({ name: 'sellable_delta', type: 'integer' })
  sellableDelta: number;

  @Column({ name: 'quarantine_delta', type: 'integer' })
  quarantineDelta: number;

  /** Why: the adjustment reason (CYCLE_COUNT, FOUND, LOST…) or the disposition. */
  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'return_line_id', type: 'uuid', nullable: true })
  returnLineId: string | null;

  @Column({ name: 'supplier_id', type: 'uuid', nullable: true })
  supplierId: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
