import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AmazonReportKind } from './amazon-import-run.entity';

/** An order Rebound first learned of from an Amazon returns report (not from the orders feed). */
@Entity({ name: 'amazon_report_orders' })
export class AmazonReportOrderEntity {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Column({ type: 'text' })
  kind: AmazonReportKind;

  @Column({ name: 'import_run_id', type: 'uuid' })
  importRunId: string;
}
