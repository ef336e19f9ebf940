import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795686960491 implements MigrationInterface {
  name = 'Foundation1795686960491';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "suppliers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "contact_email" text NOT NULL, "return_window_days" integer, "claim_terms_days" integer NOT NULL DEFAULT \'30\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6f01a03dcb1aa33822e19534cd6" UNIQUE ("code"), CONSTRAINT "PK_b70ac51766a9e3144f778cfe81e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "skus" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "asin" text, "name" text NOT NULL, "category" text NOT NULL, "supplier_id" uuid NOT NULL, "currency" character(3) NOT NULL, "unit_cost_minor" bigint NOT NULL, "price_minor" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_98ad793f30cbf60d4b561fbd792" UNIQUE ("code"), CONSTRAINT "skus_money_check" CHECK (unit_cost_minor >= 0 AND price_minor >= 0), CONSTRAINT "PK_334d59b0b01e5f2193966266e27" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "skus_supplier_id_idx" ON "skus"  ("supplier_id") ');
    await queryRunner.query(
      'CREATE TABLE "customers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_8536b8b85c06969f84f0c098b03" UNIQUE ("email"), CONSTRAINT "PK_133ec679a801fab5e070f73d3ea" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel" text NOT NULL, "external_id" text NOT NULL, "customer_id" uuid NOT NULL, "currency" character(3) NOT NULL, "ordered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "orders_channel_external_id_key" UNIQUE ("channel", "external_id"), CONSTRAINT "PK_710e2d4957aa5878dfe94e4ac2f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "orders_customer_id_idx" ON "orders"  ("customer_id") ');
    await queryRunner.query(
      'CREATE TABLE "order_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "line_no" integer NOT NULL, "sku_id" uuid NOT NULL, "quantity" integer NOT NULL, "unit_price_minor" bigint NOT NULL, "tax_minor" bigint NOT NULL, "shipping_minor" bigint NOT NULL, CONSTRAINT "order_lines_order_id_line_no_key" UNIQUE ("order_id", "line_no"), CONSTRAINT "order_lines_money_check" CHECK (unit_price_minor >= 0 AND tax_minor >= 0 AND shipping_minor >= 0), CONSTRAINT "order_lines_quantity_check" CHECK (quantity > 0), CONSTRAINT "PK_627dcd7f1d707de4df241b2da6b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "order_lines_sku_id_idx" ON "order_lines"  ("sku_id") ');
    await queryRunner.query(
      'CREATE TABLE "returns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rma_number" text NOT NULL, "order_id" uuid NOT NULL, "status" text NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "policy_verdict" jsonb NOT NULL, "override_reason" text, "decline_reason" text, "authorized_at" TIMESTAMP WITH TIME ZONE, "received_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "first_response_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "refund_due_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ee41f04039141f37ecf38d8ecfb" UNIQUE ("rma_number"), CONSTRAINT "returns_status_check" CHECK (status IN (\'REQUESTED\', \'AUTHORIZED\', \'LABEL_ISSUED\', \'IN_TRANSIT\', \'RECEIVED\', \'INSPECTED\', \'COMPLETED\', \'REJECTED\', \'CANCELLED\')), CONSTRAINT "PK_27a2f1895a71519ebfec7850361" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "returns_order_id_idx" ON "returns"  ("order_id") ');
    await queryRunner.query(
      'CREATE INDEX "returns_status_requested_at_idx" ON "returns"  ("status", "requested_at") ',
    );
    await queryRunner.query(
      "CREATE TABLE \"return_lines\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"return_id\" uuid NOT NULL, \"order_line_id\" uuid NOT NULL, \"quantity\" integer NOT NULL, \"reason_code\" text NOT NULL, \"customer_comment\" text, \"inspected_grade\" text, \"inspected_fault\" text, \"disposition\" text, CONSTRAINT \"return_lines_disposition_check\" CHECK (disposition IN ('RESTOCK', 'REFURBISH', 'RETURN_TO_SUPPLIER', 'DISPOSE', 'HOLD')), CONSTRAINT \"return_lines_inspected_fault_check\" CHECK (inspected_fault IN ('CUSTOMER', 'SELLER', 'SUPPLIER', 'CARRIER')), CONSTRAINT \"return_lines_inspected_grade_check\" CHECK (inspected_grade IN ('NEW', 'LIKE_NEW', 'OPENED', 'DAMAGED_BY_CUSTOMER', 'DEFECTIVE', 'WRONG_ITEM_RETURNED', 'MISSING')), CONSTRAINT \"return_lines_reason_code_check\" CHECK (reason_code IN ('ACCIDENTAL_ORDER', 'BETTER_PRICE', 'NO_LONGER_NEEDED', 'PART_NOT_COMPATIBLE', 'EXCESSIVE_INSTALLATION', 'WRONG_SIZE_SMALL', 'WRONG_SIZE_LARGE', 'QUALITY_NOT_ADEQUATE', 'DEFECTIVE', 'DEAD_BATTERY', 'MISSING_PARTS', 'MISSING_PAPERWORK', 'WRONG_ITEM', 'EXTRA_ITEM', 'DAMAGED_PACKAGING', 'UNACCEPTABLE_CONDITION', 'MISSING_CERTIFICATION', 'NOT_AS_DESCRIBED', 'INCOMPATIBLE_USE', 'UNAUTHORIZED_PURCHASE', 'DAMAGED_IN_TRANSIT', 'MISSED_DELIVERY_DATE')), CONSTRAINT \"return_lines_quantity_check\" CHECK (quantity > 0), CONSTRAINT \"PK_d07139763a47ebef84eea8df1d0\" PRIMARY KEY (\"id\"))",
    );
    await queryRunner.query(
      'CREATE INDEX "return_lines_return_id_idx" ON "return_lines"  ("return_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "return_lines_order_line_id_idx" ON "return_lines"  ("order_line_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "locations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "supplier_id" uuid, "address_line1" text NOT NULL, "address_line2" text, "city" text NOT NULL, "region" text, "postal_code" text NOT NULL, "country_code" character(2) NOT NULL, CONSTRAINT "UQ_1c65ef243169e51b514c814eeae" UNIQUE ("code"), CONSTRAINT "locations_kind_check" CHECK (kind IN (\'RETURNS_CENTRE\', \'SUPPLIER_WAREHOUSE\')), CONSTRAINT "PK_7cc1c9e3853b94816c094825e74" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "roles" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "disabled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "users_roles_check" CHECK (roles <@ ARRAY[\'ADMIN\', \'SUPPORT\', \'WAREHOUSE\', \'FINANCE\']::text[] AND cardinality(roles) > 0), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "skus" ADD CONSTRAINT "FK_1d0062aaec1864862342af80688" FOREIGN KEY ("supplier_id") REFERENCES "suppliers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "orders" ADD CONSTRAINT "FK_772d0ce0473ac2ccfa26060dbe9" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "order_lines" ADD CONSTRAINT "FK_6a619803439ea92778cafc8fb54" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "order_lines" ADD CONSTRAINT "FK_271d52f4a419adfbea046d2a0d3" FOREIGN KEY ("sku_id") REFERENCES "skus"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "returns" ADD CONSTRAINT "FK_7c0b171a97595625487728ddb3e" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "return_lines" ADD CONSTRAINT "FK_c8d0005aeac4b98ee818775c4de" FOREIGN KEY ("return_id") REFERENCES "returns"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "return_lines" ADD CONSTRAINT "FK_8aef2df347d53457e53fc0b1d65" FOREIGN KEY ("order_line_id") REFERENCES "order_lines"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "locations" ADD CONSTRAINT "FK_9b611a6a601c50da24365db0a74" FOREIGN KEY ("supplier_id") REFERENCES "suppliers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "locations" DROP CONSTRAINT "FK_9b611a6a601c50da24365db0a74"',
    );
    await queryRunner.query(
      'ALTER TABLE "return_lines" DROP CONSTRAINT "FK_8aef2df347d53457e53fc0b1d65"',
    );
    await queryRunner.query(
      'ALTER TABLE "return_lines" DROP CONSTRAINT "FK_c8d0005aeac4b98ee818775c4de"',
    );
    await queryRunner.query(
      'ALTER TABLE "returns" DROP CONSTRAINT "FK_7c0b171a97595625487728ddb3e"',
    );
    await queryRunner.query(
      'ALTER TABLE "order_lines" DROP CONSTRAINT "FK_271d52f4a419adfbea046d2a0d3"',
    );
    await queryRunner.query(
      'ALTER TABLE "order_lines" DROP CONSTRAINT "FK_6a619803439ea92778cafc8fb54"',
    );
    await queryRunner.query(
      'ALTER TABLE "orders" DROP CONSTRAINT "FK_772d0ce0473ac2ccfa26060dbe9"',
    );
    await queryRunner.query('ALTER TABLE "skus" DROP CONSTRAINT "FK_1d0062aaec1864862342af80688"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "locations"');
    await queryRunner.query('DROP INDEX "public"."return_lines_order_line_id_idx"');
    await queryRunner.query('DROP INDEX "public"."return_lines_return_id_idx"');
    await queryRunner.query('DROP TABLE "return_lines"');
    await queryRunner.query('DROP INDEX "public"."returns_status_requested_at_idx"');
    await queryRunner.query('DROP INDEX "public"."returns_order_id_idx"');
    await queryRunner.query('DROP TABLE "returns"');
    await queryRunner.query('DROP INDEX "public"."order_lines_sku_id_idx"');
    await queryRunner.query('DROP TABLE "order_lines"');
    await queryRunner.query('DROP INDEX "public"."orders_customer_id_idx"');
    await queryRunner.query('DROP TABLE "orders"');
    await queryRunner.query('DROP TABLE "customers"');
    await queryRunner.query('DROP INDEX "public"."skus_supplier_id_idx"');
    await queryRunner.query('DROP TABLE "skus"');
    await queryRunner.query('DROP TABLE "suppliers"');
  }
}
