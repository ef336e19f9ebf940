import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes of the returns list (issue 4). Each sort order reads its page through a
 * `(sort column, id)` index, so a page deep in the list costs what the first one does; the
 * search reads matching rows through case-insensitive expression indexes.
 */
export class ReturnsList1795688638726 implements MigrationInterface {
  name = 'ReturnsList1795688638726';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "returns_requested_at_id_idx" ON "returns" ("requested_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "returns_first_response_due_at_id_idx" ON "returns" ("first_response_due_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "returns_updated_at_id_idx" ON "returns" ("updated_at", "id") ',
    );
    // Expression indexes for the search; TypeORM's schema sync neither sees nor drops them.
    await queryRunner.query(
      'CREATE INDEX "returns_rma_number_lower_idx" ON "returns" (lower("rma_number"))',
    );
    await queryRunner.query(
      'CREATE INDEX "orders_external_id_lower_idx" ON "orders" (lower("external_id") text_pattern_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX "customers_email_lower_idx" ON "customers" (lower("email"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."customers_email_lower_idx"');
    await queryRunner.query('DROP INDEX "public"."orders_external_id_lower_idx"');
    await queryRunner.query('DROP INDEX "public"."returns_rma_number_lower_idx"');
    await queryRunner.query('DROP INDEX "public"."returns_updated_at_id_idx"');
    await queryRunner.query('DROP INDEX "public"."returns_first_response_due_at_id_idx"');
    await queryRunner.query('DROP INDEX "public"."returns_requested_at_id_idx"');
  }
}
