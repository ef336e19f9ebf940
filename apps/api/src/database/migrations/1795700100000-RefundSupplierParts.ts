import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REBUILD_UNIT_ROLLUPS } from './1795700000000-AnalyticsRollups';

/**
 * The supplier attribution of refunds/reports (modules/reports/supplier-attribution.sql.ts) as of
 * this migration, over the refunds of `scoped`: one row per (refund, supplier) in `attributed`.
 */
const ATTRIBUTION_CTES = `
breakdown_lines AS (
  SELECT s.id AS refund_id, (l->>'orderLineId')::uuid AS order_line_id,
    coalesce((l->>'item')::bigint, 0) AS items,
    coalesce((l->>'tax')::bigint, 0) AS tax,
    coalesce((l->>'shipping')::bigint, 0) AS shipping,
    coalesce((l->>'restockingFee')::bigint, 0) AS restocking_fees,
    greatest(least(coalesce((l->>'lineTotal')::bigint, 0), coalesce((l->>'remaining')::bigint, 0)), 0) AS weight
  FROM scoped s CROSS JOIN LATERAL jsonb_array_elements(coalesce(s.breakdown->'lines', '[]'::jsonb)) l
),
money_lines AS (
  SELECT rl.refund_id, rl.order_line_id, rl.amount_minor
  FROM refund_lines rl JOIN scoped s ON s.id = rl.refund_id
),
supplier_parts AS (
  SELECT coalesce(b.refund_id, m.refund_id) AS refund_id, k.supplier_id,
    sum(coalesce(m.amount_minor, 0))::bigint AS total_minor,
    sum(coalesce(b.items, 0))::bigint AS items,
    sum(coalesce(b.tax, 0))::bigint AS tax,
    sum(coalesce(b.shipping, 0))::bigint AS shipping,
    sum(coalesce(b.restocking_fees, 0))::bigint AS restocking_fees,
    sum(coalesce(b.weight, 0))::bigint AS weight
  FROM breakdown_lines b
  FULL JOIN money_lines m ON m.refund_id = b.refund_id AND m.order_line_id = b.order_line_id
  JOIN order_lines ol ON ol.id = coalesce(b.order_line_id, m.order_line_id)
  JOIN skus k ON k.id = ol.sku_id
  GROUP BY 1, 2
),
weighted AS (
  SELECT p.*, s.period, s.status, s.method, s.currency,
    s.label_deduction AS refund_label_deduction,
    s.shipping_reimbursement AS refund_shipping_reimbursement,
    CASE WHEN sum(p.weight) OVER refund > 0 THEN p.weight ELSE 1 END AS share_weight,
    CASE WHEN sum(p.weight) OVER refund > 0 THEN (sum(p.weight) OVER refund)::bigint
         ELSE count(*) OVER refund END AS weight_total
  FROM supplier_parts p JOIN scoped s ON s.id = p.refund_id
  WINDOW refund AS (PARTITION BY p.refund_id)
),
floored AS (
  SELECT w.*,
    w.refund_label_deduction * w.share_weight / w.weight_total AS ld_floor,
    w.refund_label_deduction * w.share_weight % w.weight_total AS ld_rest,
    w.refund_shipping_reimbursement * w.share_weight / w.weight_total AS sr_floor,
    w.refund_shipping_reimbursement * w.share_weight % w.weight_total AS sr_rest
  FROM weighted w
),
attributed AS (
  SELECT f.refund_id, f.supplier_id, f.period, f.status, f.method, f.currency,
    f.total_minor, f.items, f.tax, f.shipping, f.restocking_fees,
    f.ld_floor + CASE WHEN row_number() OVER (PARTITION BY f.refund_id ORDER BY f.ld_rest DESC, f.supplier_id)
      <= f.refund_label_deduction - sum(f.ld_floor) OVER (PARTITION BY f.refund_id) THEN 1 ELSE 0 END
      AS label_deduction,
    f.sr_floor + CASE WHEN row_number() OVER (PARTITION BY f.refund_id ORDER BY f.sr_rest DESC, f.supplier_id)
      <= f.refund_shipping_reimbursement - sum(f.sr_floor) OVER (PARTITION BY f.refund_id) THEN 1 ELSE 0 END
      AS shipping_reimbursement
  FROM floored f
)`;

/** Columns of analytics_refund_supplier_parts after (refund_id, supplier_id). */
const AMOUNTS =
  'total_minor, items, tax, shipping, restocking_fees, label_deduction, shipping_reimbursement';

/** `scoped` over the refunds picked by `where` (the columns the attribution CTEs read). */
const scopedRefunds = (where: string): string => `scoped AS (
  SELECT r.id, r.status, r.method, r.currency, r.breakdown, NULL::timestamp AS period,
    coalesce((r.breakdown->>'labelDeduction')::bigint, 0) AS label_deduction,
    coalesce((r.breakdown->>'shippingReimbursement')::bigint, 0) AS shipping_reimbursement
  FROM refunds r ${where}
)`;

/**
 * Refund supplier parts (issue 6, W4): each refund's split per supplier, as the refund report
 * computes it when grouping by supplier, stored so that the report reads 350k small rows instead
 * of expanding every breakdown and running the largest-remainder windows on each request.
 *
 * Kept exact by triggers in the same transaction as every write that changes an attribution: a
 * refund inserted or its breakdown changed, its refund lines written, an order line's SKU or a
 * SKU's supplier changed (then every refund with a part of the old supplier is recomputed). A
 * refund's deletion cascades. `analytics_rebuild_rollups()` (the `analytics:rebuild` command and
 * bulk loads with triggers off) recomputes them with the unit rollups. Zone-independent: periods
 * are still taken from refunds.created_at in the request's zone.
 */
export class RefundSupplierParts1795700100000 implements MigrationInterface {
  name = 'RefundSupplierParts1795700100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "analytics_refund_supplier_parts" ("refund_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "total_minor" bigint NOT NULL, "items" bigint NOT NULL, "tax" bigint NOT NULL, "shipping" bigint NOT NULL, "restocking_fees" bigint NOT NULL, "label_deduction" bigint NOT NULL, "shipping_reimbursement" bigint NOT NULL, CONSTRAINT "analytics_refund_supplier_parts_pkey" PRIMARY KEY ("refund_id", "supplier_id"), CONSTRAINT "analytics_refund_supplier_parts_refund_fkey" FOREIGN KEY ("refund_id") REFERENCES "refunds"("id") ON DELETE CASCADE)',
    );
    await queryRunner.query(
      'CREATE INDEX "analytics_refund_supplier_parts_supplier_idx" ON "analytics_refund_supplier_parts" ("supplier_id")',
    );
    // Recomputes the parts of the given refunds (none left for a refund that no longer exists).
    await queryRunner.query(`CREATE FUNCTION "analytics_refresh_refund_parts"(uuid[]) RETURNS void LANGUAGE sql AS $$
      DELETE FROM analytics_refund_supplier_parts WHERE refund_id = ANY($1);
      INSERT INTO analytics_refund_supplier_parts (refund_id, supplier_id, ${AMOUNTS})
      WITH ${scopedRefunds('WHERE r.id = ANY($1)')},${ATTRIBUTION_CTES}
      SELECT refund_id, supplier_id, ${AMOUNTS} FROM attributed;
    $$`);
    await queryRunner.query(`CREATE FUNCTION "analytics_rebuild_refund_parts"() RETURNS void LANGUAGE sql AS $$
      TRUNCATE analytics_refund_supplier_parts;
      INSERT INTO analytics_refund_supplier_parts (refund_id, supplier_id, ${AMOUNTS})
      WITH ${scopedRefunds('')},${ATTRIBUTION_CTES}
      SELECT refund_id, supplier_id, ${AMOUNTS} FROM attributed;
    $$`);
    await queryRunner.query(`CREATE FUNCTION "analytics_refunds_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM analytics_refresh_refund_parts(ARRAY[NEW.id]);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER "analytics_refunds_inserted" AFTER INSERT ON "refunds" FOR EACH ROW EXECUTE FUNCTION "analytics_refunds_changed"()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "analytics_refunds_updated" AFTER UPDATE OF "breakdown" ON "refunds" FOR EACH ROW WHEN (OLD.breakdown IS DISTINCT FROM NEW.breakdown) EXECUTE FUNCTION "analytics_refunds_changed"()',
    );
    await queryRunner.query(`CREATE FUNCTION "analytics_refund_lines_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.refund_id = NEW.refund_id AND OLD.order_line_id = NEW.order_line_id
           AND OLD.amount_minor = NEW.amount_minor THEN
          RETURN NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM analytics_refresh_refund_parts(ARRAY[OLD.refund_id]);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM analytics_refresh_refund_parts(ARRAY[NEW.refund_id]);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER "analytics_refund_lines_changed" AFTER INSERT OR UPDATE OR DELETE ON "refund_lines" FOR EACH ROW EXECUTE FUNCTION "analytics_refund_lines_changed"()',
    );
    // A SKU or order line moving to another supplier: every refund with a part of the old
    // supplier is recomputed (a superset of the refunds with lines of that SKU or order line).
    await queryRunner.query(`CREATE FUNCTION "analytics_refund_suppliers_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_supplier uuid;
      BEGIN
        IF TG_TABLE_NAME = 'skus' THEN
          old_supplier := OLD.supplier_id;
        ELSE
          SELECT supplier_id INTO old_supplier FROM skus WHERE id = OLD.sku_id;
        END IF;
        PERFORM analytics_refresh_refund_parts(array_agg(DISTINCT refund_id))
          FROM analytics_refund_supplier_parts WHERE supplier_id = old_supplier;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER "analytics_refund_skus_changed" AFTER UPDATE OF "supplier_id" ON "skus" FOR EACH ROW WHEN (OLD.supplier_id IS DISTINCT FROM NEW.supplier_id) EXECUTE FUNCTION "analytics_refund_suppliers_changed"()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "analytics_refund_order_lines_changed" AFTER UPDATE OF "sku_id" ON "order_lines" FOR EACH ROW WHEN (OLD.sku_id IS DISTINCT FROM NEW.sku_id) EXECUTE FUNCTION "analytics_refund_suppliers_changed"()',
    );
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "analytics_rebuild_rollups"() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        ${REBUILD_UNIT_ROLLUPS}
        PERFORM analytics_rebuild_refund_parts();
      END $$`);
    await queryRunner.query('SELECT analytics_rebuild_refund_parts()');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "analytics_rebuild_rollups"() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        ${REBUILD_UNIT_ROLLUPS}
      END $$`);
    await queryRunner.query('DROP TRIGGER "analytics_refund_order_lines_changed" ON "order_lines"');
    await queryRunner.query('DROP TRIGGER "analytics_refund_skus_changed" ON "skus"');
    await queryRunner.query('DROP FUNCTION "analytics_refund_suppliers_changed"()');
    await queryRunner.query('DROP TRIGGER "analytics_refund_lines_changed" ON "refund_lines"');
    await queryRunner.query('DROP FUNCTION "analytics_refund_lines_changed"()');
    await queryRunner.query('DROP TRIGGER "analytics_refunds_updated" ON "refunds"');
    await queryRunner.query('DROP TRIGGER "analytics_refunds_inserted" ON "refunds"');
    await queryRunner.query('DROP FUNCTION "analytics_refunds_changed"()');
    await queryRunner.query('DROP FUNCTION "analytics_rebuild_refund_parts"()');
    await queryRunner.query('DROP FUNCTION "analytics_refresh_refund_parts"(uuid[])');
    await queryRunner.query('DROP TABLE "analytics_refund_supplier_parts"');
  }
}
