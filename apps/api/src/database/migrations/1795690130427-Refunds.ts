import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Refunds1795690130427 implements MigrationInterface {
  name = 'Refunds1795690130427';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "refunds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "return_id" uuid NOT NULL, "order_id" uuid NOT NULL, "status" text NOT NULL, "method" text NOT NULL DEFAULT \'MARKETPLACE\', "currency" character(3) NOT NULL, "total_minor" bigint NOT NULL, "breakdown" jsonb NOT NULL, "returnless" boolean NOT NULL DEFAULT false, "created_by_id" uuid NOT NULL, "submitted_by_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "issued_at" TIMESTAMP WITH TIME ZONE, "external_reference" text, "failure_reason" text, "rejection_reason" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "refunds_total_check" CHECK (total_minor >= 0), CONSTRAINT "refunds_method_check" CHECK (method IN (\'MARKETPLACE\', \'ORIGINAL_PAYMENT\', \'STORE_CREDIT\')), CONSTRAINT "refunds_status_check" CHECK (status IN (\'DRAFT\', \'PENDING_APPROVAL\', \'APPROVED\', \'ISSUED\', \'FAILED\', \'REJECTED\')), CONSTRAINT "PK_5106efb01eeda7e49a78b869738" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "refunds_return_id_idx" ON "refunds"  ("return_id") ');
    await queryRunner.query('CREATE INDEX "refunds_order_id_idx" ON "refunds"  ("order_id") ');
    await queryRunner.query(
      'CREATE INDEX "refunds_status_created_at_idx" ON "refunds"  ("status", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "supplier_claims" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "refund_id" uuid NOT NULL, "return_id" uuid NOT NULL, "status" text NOT NULL, "currency" character(3) NOT NULL, "amount_minor" bigint NOT NULL, "label_cost_minor" bigint NOT NULL DEFAULT \'0\', "lines" jsonb NOT NULL, "credited_minor" bigint, "supplier_reference" text, "rejection_reason" text, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "supplier_claims_refund_supplier_key" UNIQUE ("refund_id", "supplier_id"), CONSTRAINT "supplier_claims_amount_check" CHECK (amount_minor >= 0 AND (credited_minor IS NULL OR credited_minor >= 0)), CONSTRAINT "supplier_claims_status_check" CHECK (status IN (\'OPEN\', \'SUBMITTED\', \'ACCEPTED\', \'REJECTED\')), CONSTRAINT "PK_ab688eed56a8cf5e33ea97f2121" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "supplier_claims_return_id_idx" ON "supplier_claims"  ("return_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "supplier_claims_supplier_status_idx" ON "supplier_claims"  ("supplier_id", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "idempotency_keys" ("scope" text NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "state" text NOT NULL, "response" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "idempotency_keys_state_check" CHECK (state IN (\'IN_PROGRESS\', \'COMPLETED\')), CONSTRAINT "PK_15de2f76fa9f27ad8f330983607" PRIMARY KEY ("scope", "key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "idempotency_keys_expires_at_idx" ON "idempotency_keys"  ("expires_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "refund_approvals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "refund_id" uuid NOT NULL, "approver_id" uuid NOT NULL, "amount_minor" bigint NOT NULL, "approved_at" TIMESTAMP WITH TIME ZONE NOT NULL, "voided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d16965b37f09a66378c7a720f38" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "refund_approvals_refund_id_idx" ON "refund_approvals"  ("refund_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "refund_lines" ("refund_id" uuid NOT NULL, "order_line_id" uuid NOT NULL, "amount_minor" bigint NOT NULL, CONSTRAINT "refund_lines_amount_check" CHECK (amount_minor >= 0), CONSTRAINT "PK_4343f6ddac2e1ea7d6e023b06a7" PRIMARY KEY ("refund_id", "order_line_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "refund_lines_order_line_id_idx" ON "refund_lines"  ("order_line_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "refunds" ADD CONSTRAINT "FK_a128f18ec7b8a4ef5d3c6b705c9" FOREIGN KEY ("return_id") REFERENCES "returns"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "refunds" ADD CONSTRAINT "FK_a42db6369017df60549539f5567" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "supplier_claims" ADD CONSTRAINT "FK_20a670034ef57fbf5d22ae83da7" FOREIGN KEY ("supplier_id") REFERENCES "suppliers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "supplier_claims" ADD CONSTRAINT "FK_aefaee3659e525eebf1f28b1f6f" FOREIGN KEY ("refund_id") REFERENCES "refunds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "supplier_claims" ADD CONSTRAINT "FK_74d43c5723ed3569a0184d2e48c" FOREIGN KEY ("return_id") REFERENCES "returns"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "refund_approvals" ADD CONSTRAINT "FK_587a247d4dfcdf53bb08df110f9" FOREIGN KEY ("refund_id") REFERENCES "refunds"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "refund_lines" ADD CONSTRAINT "FK_2d4c99011dd86623390bf6eeb08" FOREIGN KEY ("refund_id") REFERENCES "refunds"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "refund_lines" ADD CONSTRAINT "FK_8b6857f001cd0195f92a7acab32" FOREIGN KEY ("order_line_id") REFERENCES "order_lines"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );

    // The database itself refuses refunds above what was paid: per order line, the refund lines
    // of every refund not rejected sum to at most unit price × quantity + tax + shipping. A BEFORE
    // trigger locks the order line first (before the foreign-key check takes its weaker lock), so
    // concurrent refunds of one line take turns instead of deadlocking.
    await queryRunner.query(`CREATE FUNCTION "refund_lines_within_paid"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        paid bigint;
        refunded bigint;
      BEGIN
        SELECT unit_price_minor * quantity + tax_minor + shipping_minor INTO paid
          FROM order_lines WHERE id = NEW.order_line_id FOR UPDATE;
        IF paid IS NULL THEN
          RETURN NEW; -- no such order line: the foreign key refuses the row
        END IF;
        SELECT COALESCE(SUM(rl.amount_minor), 0) INTO refunded
          FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
          WHERE rl.order_line_id = NEW.order_line_id AND r.status <> 'REJECTED'
            AND rl.refund_id <> NEW.refund_id;
        IF refunded + NEW.amount_minor > paid THEN
          RAISE EXCEPTION 'refunds of order line % would total % above the % paid', NEW.order_line_id, refunded + NEW.amount_minor, paid
            USING ERRCODE = 'check_violation', CONSTRAINT = 'refund_lines_within_paid';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER "refund_lines_within_paid" BEFORE INSERT OR UPDATE ON "refund_lines" FOR EACH ROW EXECUTE FUNCTION "refund_lines_within_paid"()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "refund_lines_within_paid" ON "refund_lines"');
    await queryRunner.query('DROP FUNCTION "refund_lines_within_paid"()');
    await queryRunner.query(
      'ALTER TABLE "refund_lines" DROP CONSTRAINT "FK_8b6857f001cd0195f92a7acab32"',
    );
    await queryRunner.query(
      'ALTER TABLE "refund_lines" DROP CONSTRAINT "FK_2d4c99011dd86623390bf6eeb08"',
    );
    await queryRunner.query(
      'ALTER TABLE "refund_approvals" DROP CONSTRAINT "FK_587a247d4dfcdf53bb08df110f9"',
    );
    await queryRunner.query(
      'ALTER TABLE "supplier_claims" DROP CONSTRAINT "FK_74d43c5723ed3569a0184d2e48c"',
    );
    await queryRunner.query(
      'ALTER TABLE "supplier_claims" DROP CONSTRAINT "FK_aefaee3659e525eebf1f28b1f6f"',
    );
    await queryRunner.query(
      'ALTER TABLE "supplier_claims" DROP CONSTRAINT "FK_20a670034ef57fbf5d22ae83da7"',
    );
    await queryRunner.query(
      'ALTER TABLE "refunds" DROP CONSTRAINT "FK_a42db6369017df60549539f5567"',
    );
    await queryRunner.query(
      'ALTER TABLE "refunds" DROP CONSTRAINT "FK_a128f18ec7b8a4ef5d3c6b705c9"',
    );
    await queryRunner.query('DROP INDEX "public"."refund_lines_order_line_id_idx"');
    await queryRunner.query('DROP TABLE "refund_lines"');
    await queryRunner.query('DROP INDEX "public"."refund_approvals_refund_id_idx"');
    await queryRunner.query('DROP TABLE "refund_approvals"');
    await queryRunner.query('DROP INDEX "public"."idempotency_keys_expires_at_idx"');
    await queryRunner.query('DROP TABLE "idempotency_keys"');
    await queryRunner.query('DROP INDEX "public"."supplier_claims_supplier_status_idx"');
    await queryRunner.query('DROP INDEX "public"."supplier_claims_return_id_idx"');
    await queryRunner.query('DROP TABLE "supplier_claims"');
    await queryRunner.query('DROP INDEX "public"."refunds_status_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."refunds_order_id_idx"');
    await queryRunner.query('DROP INDEX "public"."refunds_return_id_idx"');
    await queryRunner.query('DROP TABLE "refunds"');
  }
}
