import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { SkuEntity } from '../catalog/sku.entity';
import { LocationEntity } from '../suppliers/location.entity';

/** Units of a SKU at a location, sellable or in quarantine; always the sum of its movements. */
@Entity({ name: 'stock_levels' })
@Check('stock_levels_non_negative_check', 'sellable >= 0 AND quarantine >= 0')
export class StockLevelEntity {
  @PrimaryColumn({ name: 'sku_id', type: 'uuid' })
  skuId: string;

  @ManyToOne(() => SkuEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sku_id' })
  sku?: Relation<SkuEntity>;

  @PrimaryColumn({ name: 'location_id', type: 'uuid' })
  locationId: string;

  @ManyToOne(() => LocationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_id' })
  location?: Relation<LocationEntity>;

  @Column({ type: 'integer', default: 0 })
  sellable: number;

  @Column({ type: 'integer', default: 0 })
  quarantine: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
