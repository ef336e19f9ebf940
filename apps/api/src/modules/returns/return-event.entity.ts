import type { JsonObject } from '../../common/json';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ReturnEntity } from './return.entity';

/** One entry of a return's timeline: a transition or another step, with who did it and when. */
@Entity({ name: 'return_events' })
@Index('return_events_return_id_occurred_at_idx', ['returnId', 'occurredAt'])
export class ReturnEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'return_id', type: 'uuid' })
  returnId: string;

  @ManyToOne(() => ReturnEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'return_id' })
  return?: Relation<ReturnEntity>;

  /** What happened: the machine's event (authorize, receive…) or a step such as setDisposition. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'text', nullable: true })
  toStatus: string | null;

  /** Null for SYSTEM. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: JsonObject;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}
