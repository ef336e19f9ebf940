import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReturnsLifecycle1795687474214 implements MigrationInterface {
  name = 'ReturnsLifecycle1795687474214';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "return_lines" DROP CONSTRAINT "return_lines_inspected_fault_check"',
    );
    await queryRunner.query(
      'ALTER TABLE "return_lines" DROP CONSTRAINT "return_lines_inspected_grade_check"',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_roles" text array NOT NULL, "action" text NOT NULL, "target_type" text, "target_id" text, "before" jsonb, "after" jsonb, "outcome" text NOT NULL, "error_code" text, "request_id" text NOT NULL, CONSTRAINT "audit_events_outcome_check" CHECK (outcome IN (\'SUCCEEDED\', \'DENIED\', \'FAILED\')), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_events_occurred_at_idx" ON "audit_events"  ("occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_events_target_idx" ON "audit_events"  ("target_type", "target_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "api_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" text NOT NULL, "token_hash" text NOT NULL, "allow_ad_hoc" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_bbd687a104e1921e6702c6e3aad" UNIQUE ("token_hash"), CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "api_tokens_user_id_idx" ON "api_tokens"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "sessions_user_id_idx" ON "sessions"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "stock_levels" ("sku_id" uuid NOT NULL, "location_id" uuid NOT NULL, "sellable" integer NOT NULL DEFAULT \'0\', "quarantine" integer NOT NULL DEFAULT \'0\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stock_levels_non_negative_check" CHECK (sellable >= 0 AND quarantine >= 0), CONSTRAINT "PK_b26c386f99d34255f3466e1bd9f" PRIMARY KEY ("sku_id", "location_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "stock_movements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sku_id" uuid NOT NULL, "location_id" uuid NOT NULL, "kind" text NOT NULL, "units" integer NOT NULL, "sellable_delta" integer NOT NULL, "quarantine_delta" integer NOT NULL, "reason" text NOT NULL, "note" text, "return_line_id" uuid, "supplier_id" uuid, "actor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stock_movements_nonzero_check" CHECK (sellable_delta <> 0 OR quarantine_delta <> 0 OR units > 0), CONSTRAINT "stock_movements_kind_check" CHECK (kind IN (\'RETURN_RESTOCK\', \'RETURN_QUARANTINE\', \'RETURN_TO_SUPPLIER\', \'WRITE_OFF\', \'ADJUSTMENT\', \'RELEASE_FROM_QUARANTINE\', \'SHIP_TO_SUPPLIER\')), CONSTRAINT "PK_57a26b190618550d8e65fb860e7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "stock_movements_return_line_once_idx" ON "stock_movements"  ("return_line_id") WHERE return_line_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "stock_movements_sku_location_idx" ON "stock_movements"  ("sku_id", "location_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "return_labels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "return_id" uuid NOT NULL, "carrier" text NOT NULL, "tracking_number" text NOT NULL, "cost_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "payer" text NOT NULL, "ship_to_location_id" uuid NOT NULL, "ship_to" jsonb NOT NULL, "issued_by_id" uuid NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_4ff752899d14615ecabf95d0dcf" UNIQUE ("tracking_number"), CONSTRAINT "return_labels_payer_check" CHECK (payer IN (\'SELLER\', \'CUSTOMER\')), CONSTRAINT "return_labels_cost_check" CHECK (cost_minor >= 0), CONSTRAINT "PK_7ad09c9ee462aa37d712f9b5c5c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "return_labels_return_id_idx" ON "return_labels"  ("return_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "carrier_scans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "label_id" uuid NOT NULL, "event" text NOT NULL, "location" text, "scanned_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "carrier_scans_label_event_key" UNIQUE ("label_id", "scanned_at", "event"), CONSTRAINT "PK_567cfc4245c156805dcc82058ea" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "carrier_scans_label_id_idx" ON "carrier_scans"  ("label_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "return_id" uuid NOT NULL, "author_id" uuid NOT NULL, "visibility" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notes_body_check" CHECK (length(btrim(body)) > 0), CONSTRAINT "notes_visibility_check" CHECK (visibility IN (\'INTERNAL\', \'CUSTOMER\')), CONSTRAINT "PK_af6206538ea96c4e77e9f400c3d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "notes_return_id_created_at_idx" ON "notes"  ("return_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "inspections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "return_line_id" uuid NOT NULL, "grade" text NOT NULL, "fault" text NOT NULL, "fault_overridden" boolean NOT NULL DEFAULT false, "notes" text, "photo_urls" text array NOT NULL DEFAULT \'{}\', "inspected_by_id" uuid NOT NULL, "inspected_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_a6a2d6f288d450604d67ff6bc32" UNIQUE ("return_line_id"), CONSTRAINT "REL_a6a2d6f288d450604d67ff6bc3" UNIQUE ("return_line_id"), CONSTRAINT "inspections_fault_check" CHECK (fault IN (\'CUSTOMER\', \'SELLER\', \'SUPPLIER\', \'CARRIER\')), CONSTRAINT "inspections_grade_check" CHECK (grade IN (\'NEW\', \'LIKE_NEW\', \'OPENED\', \'DAMAGED_BY_CUSTOMER\', \'DEFECTIVE\', \'WRONG_ITEM_RETURNED\', \'MISSING\')), CONSTRAINT "PK_a484980015782324454d8c88abe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "return_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "return_id" uuid NOT NULL, "kind" text NOT NULL, "from_status" text, "to_status" text, "actor_id" uuid, "details" jsonb NOT NULL DEFAULT \'{}\', "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_24f2620fcfeb3b4c41ca5671830" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "return_events_return_id_occurred_at_idx" ON "return_events"  ("return_id", "occurred_at") ',
    );
    await queryRunner.query('ALTER TABLE "return_lines" DROP COLUMN "inspected_grade"');
    await queryRunner.query('ALTER TABLE "return_lines" DROP COLUMN "inspected_fault"');
    await queryRunner.query(
      'ALTER TABLE "return_lines" ADD "disposition_overridden" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query('ALTER TABLE "returns" ADD "resolution" text');
    await queryRunner.query('ALTER TABLE "returns" ADD "replacement_order_id" text');
    await queryRunner.query(
      'ALTER TABLE "returns" ADD "returnless" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query('ALTER TABLE "returns" ADD "customer_shipping_paid_minor" bigint');
    await queryRunner.query('ALTER TABLE "returns" ADD "requested_by_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "returns" ADD "first_response_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query(
      "ALTER TABLE \"returns\" ADD CONSTRAINT \"returns_resolution_check\" CHECK (resolution IN ('REFUND', 'REPLACEMENT', 'DECLINE'))",
    );
    await queryRunner.query(
      'ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_b74883f5884a42fd8496d389b25" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_levels" ADD CONSTRAINT "FK_a83aecb29dae0b70f08d34cd924" FOREIGN KEY ("sku_id") REFERENCES "skus"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_levels" ADD CONSTRAINT "FK_ff889f98a5594dc3e6a244db354" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_movements" ADD CONSTRAINT "FK_5485af6d5bb4bbda573dcdaade1" FOREIGN KEY ("sku_id") REFERENCES "skus"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_movements" ADD CONSTRAINT "FK_d6ca14bc2db05193adbdbb2bcfe" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "return_labels" ADD CONSTRAINT "FK_ae04da07068ba46dcf76aef96fb" FOREIGN KEY ("return_id") REFERENCES "returns"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "return_labels" ADD CONSTRAINT "FK_97f7e1bd7c96b8451bf67336343" FOREIGN KEY ("ship_to_location_id") REFERENCES "locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "carrier_scans" ADD CONSTRAINT "FK_04ae5840ba387561e07221e4d37" FOREIGN KEY ("label_id") REFERENCES "return_labels"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notes" ADD CONSTRAINT "FK_4915e992b43e22709acb1651deb" FOREIGN KEY ("return_id") REFERENCES "returns"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "inspections" ADD CONSTRAINT "FK_a6a2d6f288d450604d67ff6bc32" FOREIGN KEY ("return_line_id") REFERENCES "return_lines"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "return_events" ADD CONSTRAINT "FK_800abf5ed96697fbe7c3ea7a5c0" FOREIGN KEY ("return_id") REFERENCES "returns"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );

    // RMA numbers: RMA-100001 onwards (the demo data uses numbers below 100000).
    await queryRunner.query('CREATE SEQUENCE "rma_number_seq" START WITH 100001');
    // Audit events and the stock ledger are append-only: the database itself refuses changes.
    await queryRunner.query(`CREATE FUNCTION "refuse_append_only_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['audit_events', 'stock_movements', 'return_events']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_append_only_change"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_events', 'stock_movements', 'return_events']) {
      await queryRunner.query(`DROP TRIGGER "${table}_no_truncate" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_append_only" ON "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION "refuse_append_only_change"()');
    await queryRunner.query('DROP SEQUENCE "rma_number_seq"');
    await queryRunner.query(
      'ALTER TABLE "return_events" DROP CONSTRAINT "FK_800abf5ed96697fbe7c3ea7a5c0"',
    );
    await queryRunner.query(
      'ALTER TABLE "inspections" DROP CONSTRAINT "FK_a6a2d6f288d450604d67ff6bc32"',
    );
    await queryRunner.query('ALTER TABLE "notes" DROP CONSTRAINT "FK_4915e992b43e22709acb1651deb"');
    await queryRunner.query(
      'ALTER TABLE "carrier_scans" DROP CONSTRAINT "FK_04ae5840ba387561e07221e4d37"',
    );
    await queryRunner.query(
      'ALTER TABLE "return_labels" DROP CONSTRAINT "FK_97f7e1bd7c96b8451bf67336343"',
    );
    await queryRunner.query(
      'ALTER TABLE "return_labels" DROP CONSTRAINT "FK_ae04da07068ba46dcf76aef96fb"',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_movements" DROP CONSTRAINT "FK_d6ca14bc2db05193adbdbb2bcfe"',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_movements" DROP CONSTRAINT "FK_5485af6d5bb4bbda573dcdaade1"',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_levels" DROP CONSTRAINT "FK_ff889f98a5594dc3e6a244db354"',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_levels" DROP CONSTRAINT "FK_a83aecb29dae0b70f08d34cd924"',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"',
    );
    await queryRunner.query(
      'ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_b74883f5884a42fd8496d389b25"',
    );
    await queryRunner.query('ALTER TABLE "returns" DROP CONSTRAINT "returns_resolution_check"');
    await queryRunner.query('ALTER TABLE "returns" DROP COLUMN "first_response_at"');
    await queryRunner.query('ALTER TABLE "returns" DROP COLUMN "requested_by_id"');
    await queryRunner.query('ALTER TABLE "returns" DROP COLUMN "customer_shipping_paid_minor"');
    await queryRunner.query('ALTER TABLE "returns" DROP COLUMN "returnless"');
    await queryRunner.query('ALTER TABLE "returns" DROP COLUMN "replacement_order_id"');
    await queryRunner.query('ALTER TABLE "returns" DROP COLUMN "resolution"');
    await queryRunner.query('ALTER TABLE "return_lines" DROP COLUMN "disposition_overridden"');
    await queryRunner.query('ALTER TABLE "return_lines" ADD "inspected_fault" text');
    await queryRunner.query('ALTER TABLE "return_lines" ADD "inspected_grade" text');
    await queryRunner.query('DROP INDEX "public"."return_events_return_id_occurred_at_idx"');
    await queryRunner.query('DROP TABLE "return_events"');
    await queryRunner.query('DROP TABLE "inspections"');
    await queryRunner.query('DROP INDEX "public"."notes_return_id_created_at_idx"');
    await queryRunner.query('DROP TABLE "notes"');
    await queryRunner.query('DROP INDEX "public"."carrier_scans_label_id_idx"');
    await queryRunner.query('DROP TABLE "carrier_scans"');
    await queryRunner.query('DROP INDEX "public"."return_labels_return_id_idx"');
    await queryRunner.query('DROP TABLE "return_labels"');
    await queryRunner.query('DROP INDEX "public"."stock_movements_sku_location_idx"');
    await queryRunner.query('DROP INDEX "public"."stock_movements_return_line_once_idx"');
    await queryRunner.query('DROP TABLE "stock_movements"');
    await queryRunner.query('DROP TABLE "stock_levels"');
    await queryRunner.query('DROP INDEX "public"."sessions_user_id_idx"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP INDEX "public"."api_tokens_user_id_idx"');
    await queryRunner.query('DROP TABLE "api_tokens"');
    await queryRunner.query('DROP INDEX "public"."audit_events_target_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_events_occurred_at_idx"');
    await queryRunner.query('DROP TABLE "audit_events"');
    await queryRunner.query(
      "ALTER TABLE \"return_lines\" ADD CONSTRAINT \"return_lines_inspected_grade_check\" CHECK ((inspected_grade = ANY (ARRAY['NEW'::text, 'LIKE_NEW'::text, 'OPENED'::text, 'DAMAGED_BY_CUSTOMER'::text, 'DEFECTIVE'::text, 'WRONG_ITEM_RETURNED'::text, 'MISSING'::text])))",
    );
    await queryRunner.query(
      "ALTER TABLE \"return_lines\" ADD CONSTRAINT \"return_lines_inspected_fault_check\" CHECK ((inspected_fault = ANY (ARRAY['CUSTOMER'::text, 'SELLER'::text, 'SUPPLIER'::text, 'CARRIER'::text])))",
    );
  }
}
