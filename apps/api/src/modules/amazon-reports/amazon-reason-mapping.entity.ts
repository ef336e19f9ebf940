import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A report reason someone reviewed and chose to remember: later imports map the same text
 * (folded like `foldReasonText`) onto this catalogue code instead of flagging it.
 */
@Entity({ name: 'amazon_reason_mappings' })
export class AmazonReasonMappingEntity {
  /** The report's text folded (lower case, punctuation and spacing collapsed). */
  @PrimaryColumn({ name: 'folded_text', type: 'text' })
  foldedText: string;

  /** The text as the reviewed report wrote it. */
  @Column({ name: 'reason_text', type: 'text' })
  reasonText: string;

  @Column({ name: 'reason_code', type: 'text' })
  reasonCode: string;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
