import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { SkuEntity } from '../catalog/sku.entity';
import { OrderEntity } from './order.entity';

/** One SKU on an order: quantity, unit price, tax and outbound shipping share, in minor units. */
@Entity({ name: 'order_lines' })
@Check('order_lines_quantity_check', 'quantity > 0')
@Check(
  'order_lines_money_check',
  'unit_price_minor >= 0 AND tax_minor >= 0 AND shipping_minor >= 0',
)
@Unique('order_lines_order_id_line_no_key', ['orderId', 'lineNo'])
export class OrderLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @ManyToOne(() => OrderEntity, (order) => order.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  order?: Relation<OrderEntity>;

  @Column({ name: 'line_no', type: 'integer' })
  lineNo: number;

  @Index('order_lines_sku_id_idx')
  @Column({ name: 'sku_id', type: 'uuid' })
  skuId: string;

  @ManyToOne(() => SkuEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sku_id' })
  sku?: Relation<SkuEntity>;

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ name: 'unit_price_minor', type: 'bigint' })
  unitPriceMinor: number;

  @Column({ name: 'tax_minor', type: 'bigint' })
  taxMinor: number;

  @Column({ name: 'shipping_minor', type: 'bigint' })
  shippingMinor: number;
}
