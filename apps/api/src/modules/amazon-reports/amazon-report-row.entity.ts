import type { JsonObject } from '../../common/json';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AmazonReportKind } from './amazon-import-run.entity';

/**
 * One report row as last imported, keyed like Amazon identifies it: (kind, return key, SKU).
 * The return key is the Amazon RMA ID for the flat file, order id + SKU + return date for FBA.
 * It links the row to the Rebound return and return line it made; `rowHash` tells a repeat.
 */
@Entity({ name: 'amazon_report_rows' })
@Index('amazon_report_rows_return_id_idx', ['returnId'])
@Index('amazon_report_rows_needs_review_idx', ['needsReview'])
export class AmazonReportRowEntity {
  @PrimaryColumn({ type: 'text' })
  kind: AmazonReportKind;

  @PrimaryColumn({ name: 'return_key', type: 'text' })
  returnKey: string;

  @PrimaryColumn({ name: 'sku_code', type: 'text' })
  skuCode: string;

  @Column({ name: 'return_id', type: 'uuid' })
  returnId: string;

  @Column({ name: 'return_line_id', type: 'uuid' })
  returnLineId: string;

  @Column({ name: 'row_hash', type: 'text' })
  rowHash: string;

  @Column({ name: 'report_status', type: 'text' })
  reportStatus: string;

  /** The reason as the report wrote it (Amazon's text or FBA's code). */
  @Column({ name: 'reason_text', type: 'text' })
  reasonText: string;

  /** The catalogue code it maps to; null when unmapped (then `needsReview`). */
  @Column({ name: 'reason_code', type: 'text', nullable: true })
  reasonCode: string | null;

  @Column({ name: 'needs_review', type: 'boolean' })
  needsReview: boolean;

  @Column({ name: 'review_reason', type: 'text', nullable: true })
  reviewReason: string | null;

  /** Every documented column of the row that holds a value, as read. */
  @Column({ type: 'jsonb' })
  fields: JsonObject;

  /** Columns the report had that Rebound does not know, kept aside. */
  @Column({ type: 'jsonb' })
  extra: JsonObject;

  @Column({ name: 'import_run_id', type: 'uuid' })
  importRunId: string;
}
