import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Amazon report reasons a reviewer mapped onto the catalogue, remembered for later imports. */
export class AmazonReasonMappings1795700116318 implements MigrationInterface {
  name = 'AmazonReasonMappings1795700116318';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "amazon_reason_mappings" ("folded_text" text NOT NULL, "reason_text" text NOT NULL, "reason_code" text NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0dcd0c8f3073733cc6f22ee4b86" PRIMARY KEY ("folded_text"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "amazon_reason_mappings"');
  }
}
