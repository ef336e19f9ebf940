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
import { ReturnEntity } from '../returns/return.entity';

export type NoteVisibility = 'INTERNAL' | 'CUSTOMER';

/** A note on a return: internal to the team, or a message to the customer. */
@Entity({ name: 'notes' })
@Index('notes_return_id_created_at_idx', ['returnId', 'createdAt'])
@Check('notes_visibility_check', `visibility IN ('INTERNAL', 'CUSTOMER')`)
@Check('notes_body_check', `length(btrim(body)) > 0`)
export class NoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'return_id', type: 'uuid' })
  returnId: string;

  @ManyToOne(() => ReturnEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'return_id' })
  return?: Relation<ReturnEntity>;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  visibility: NoteVisibility;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
