import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AmazonReports1795695716381 implements MigrationInterface {
  name = 'AmazonReports1795695716381';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "amazon_import_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "file_name" text NOT NULL, "source" text NOT NULL, "imported_by_id" uuid, "status" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "counts" jsonb NOT NULL DEFAULT \'{}\', "problems" jsonb NOT NULL DEFAULT \'[]\', "failure" text, CONSTRAINT "amazon_import_runs_status_check" CHECK (status IN (\'RUNNING\', \'FINISHED\', \'FAILED\')), CONSTRAINT "amazon_import_runs_kind_check" CHECK (kind IN (\'FLAT\', \'FBA\')), CONSTRAINT "PK_7c9c11fb73bbf251e8ec7b6d95f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "amazon_import_runs_started_at_idx" ON "amazon_import_runs"  ("started_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "amazon_report_orders" ("order_id" uuid NOT NULL, "kind" text NOT NULL, "import_run_id" uuid NOT NULL, CONSTRAINT "PK_44131a8727513b78c55fdc204cd" PRIMARY KEY ("order_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "amazon_report_rows" ("kind" text NOT NULL, "return_key" text NOT NULL, "sku_code" text NOT NULL, "return_id" uuid NOT NULL, "return_line_id" uuid NOT NULL, "row_hash" text NOT NULL, "report_status" text NOT NULL, "reason_text" text NOT NULL, "reason_code" text, "needs_review" boolean NOT NULL, "review_reason" text, "fields" jsonb NOT NULL, "extra" jsonb NOT NULL, "import_run_id" uuid NOT NULL, CONSTRAINT "PK_e90e1d62e871608443a6347d4c2" PRIMARY KEY ("kind", "return_key", "sku_code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "amazon_report_rows_needs_review_idx" ON "amazon_report_rows"  ("needs_review") ',
    );
    await queryRunner.query(
      'CREATE INDEX "amazon_report_rows_return_id_idx" ON "amazon_report_rows"  ("return_id") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."amazon_report_rows_return_id_idx"');
    await queryRunner.query('DROP INDEX "public"."amazon_report_rows_needs_review_idx"');
    await queryRunner.query('DROP TABLE "amazon_report_rows"');
    await queryRunner.query('DROP TABLE "amazon_report_orders"');
    await queryRunner.query('DROP INDEX "public"."amazon_import_runs_started_at_idx"');
    await queryRunner.query('DROP TABLE "amazon_import_runs"');
  }
}
