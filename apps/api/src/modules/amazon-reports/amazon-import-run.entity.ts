import type { JsonObject } from '../../common/json';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Which Amazon report a file is. */
export const AMAZON_REPORT_KINDS = ['FLAT', 'FBA'] as const;
export type AmazonReportKind = (typeof AMAZON_REPORT_KINDS)[number];

export const IMPORT_RUN_STATUSES = ['RUNNING', 'FINISHED', 'FAILED'] as const;
export type ImportRunStatus = (typeof IMPORT_RUN_STATUSES)[number];

/**
 * One import of an Amazon returns report (bookkeeping): who ran it, when, which file, what it
 * did, and the first per-row problems. Re-importing a file adds a run and changes nothing else.
 */
@Entity({ name: 'amazon_import_runs' })
@Index('amazon_import_runs_started_at_idx', ['startedAt', 'id'])
@Check('amazon_import_runs_kind_check', "kind IN ('FLAT', 'FBA')")
@Check('amazon_import_runs_status_check', "status IN ('RUNNING', 'FINISHED', 'FAILED')")
export class AmazonImportRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: AmazonReportKind;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** CLI or HTTP. */
  @Column({ type: 'text' })
  source: string;

  @Column({ name: 'imported_by_id', type: 'uuid', nullable: true })
  importedById: string | null;

  @Column({ type: 'text' })
  status: ImportRunStatus;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** rowsRead, returnsCreated, linesAdded, rowsUpdated, rowsUnchanged, rowsRefused, rowsFlagged, ordersCreated. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  counts: JsonObject;

  /** The first problems found (line, column, reason), at most 1,000. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  problems: JsonObject[];

  /** Why the run stopped early (file-level error or the database going away). */
  @Column({ type: 'text', nullable: true })
  failure: string | null;
}
