import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { CustomerEntity } from './customer.entity';
import { OrderLineEntity } from './order-line.entity';

/** A marketplace order (e.g. Amazon 114-1234567-1234567); one currency per order. */
@Entity({ name: 'orders' })
@Unique('orders_channel_external_id_key', ['channel', 'externalId'])
export class OrderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  channel: string;

  @Column({ name: 'external_id', type: 'text' })
  externalId: string;

  @Index('orders_customer_id_idx')
  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<CustomerEntity>;

  @Column({ type: 'character', length: 3 })
  currency: string;

  @Column({ name: 'ordered_at', type: 'timestamptz' })
  orderedAt: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @OneToMany(() => OrderLineEntity, (line) => line.order)
  lines?: Relation<OrderLineEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
