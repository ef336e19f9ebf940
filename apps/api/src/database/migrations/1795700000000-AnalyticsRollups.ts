import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The reason catalogue's faults as of this migration (packages/domain reason-catalogue.ts). */
const REASON_FAULTS: readonly (readonly [string, string])[] = [
  ['ACCIDENTAL_ORDER', 'CUSTOMER'],
  ['BETTER_PRICE', 'CUSTOMER'],
  ['NO_LONGER_NEEDED', 'CUSTOMER'],
  ['PART_NOT_COMPATIBLE', 'CUSTOMER'],
  ['EXCESSIVE_INSTALLATION', 'CUSTOMER'],
  ['WRONG_SIZE_SMALL', 'CUSTOMER'],
  ['WRONG_SIZE_LARGE', 'CUSTOMER'],
  ['QUALITY_NOT_ADEQUATE', 'SUPPLIER'],
  ['DEFECTIVE', 'SUPPLIER'],
  ['DEAD_BATTERY', 'SUPPLIER'],
  ['MISSING_PARTS', 'SUPPLIER'],
  ['MISSING_PAPERWORK', 'SUPPLIER'],
  ['WRONG_ITEM', 'SUPPLIER'],
  ['EXTRA_ITEM', 'SUPPLIER'],
  ['DAMAGED_PACKAGING', 'SUPPLIER'],
  ['UNACCEPTABLE_CONDITION', 'SUPPLIER'],
  ['MISSING_CERTIFICATION', 'SUPPLIER'],
  ['NOT_AS_DESCRIBED', 'SELLER'],
  ['INCOMPATIBLE_USE', 'SELLER'],
  ['UNAUTHORIZED_PURCHASE', 'SELLER'],
  ['DAMAGED_IN_TRANSIT', 'CARRIER'],
  ['MISSED_DELIVERY_DATE', 'CARRIER'],
];

/** Whether a return's units count as returned (SQL over a status expression). */
const COUNTED = (status: string): string => `${status} NOT IN ('REJECTED', 'CANCELLED')`;

/**
 * The statements (plpgsql) that recompute the unit rollups of every reporting zone from the base
 * tables; later migrations that redefine `analytics_rebuild_rollups()` reuse them.
 */
export const REBUILD_UNIT_ROLLUPS = `TRUNCATE analytics_units_sold, analytics_units_returned;
        INSERT INTO analytics_units_sold (time_zone, day, sku_id, channel, units)
        SELECT z.time_zone, (o.ordered_at AT TIME ZONE z.time_zone)::date, ol.sku_id, o.channel, sum(ol.quantity)
        FROM order_lines ol JOIN orders o ON o.id = ol.order_id CROSS JOIN analytics_rollup_zones z
        GROUP BY 1, 2, 3, 4;
        INSERT INTO analytics_units_returned (time_zone, day, sku_id, channel, reason_code, units)
        SELECT z.time_zone, (r.requested_at AT TIME ZONE z.time_zone)::date, ol.sku_id, o.channel, rl.reason_code, sum(rl.quantity)
        FROM return_lines rl JOIN returns r ON r.id = rl.return_id
        JOIN order_lines ol ON ol.id = rl.order_line_id JOIN orders o ON o.id = ol.order_id
        CROSS JOIN analytics_rollup_zones z
        WHERE ${COUNTED('r.status')}
        GROUP BY 1, 2, 3, 4, 5;`;

/**
 * Return-analytics rollups (issue 6): units sold and units returned per reporting time zone,
 * local day, SKU, channel (and reason), kept exact by triggers in the same transaction as every
 * write to orders, order lines, returns and return lines — whatever the write path (API,
 * importers, SQL) — so their lag is zero. `analytics_rebuild_rollups()` recomputes them from the
 * base tables (the `analytics:rebuild` command, and bulk loads that disable the triggers).
 *
 * Indexes: the primary keys lead with (time_zone, day), so a range reads its days by index
 * (EXPLAIN ANALYZE on the L dataset, bench/analytics-explain.ts). Base-table indexes on
 * orders (ordered_at) and supplier_claims (opened_at) were tried at L and left out: the
 * statements took as long without them (a one-month range's seq scan of either costs 10–30 ms).
 */
export class AnalyticsRollups1795700000000 implements MigrationInterface {
  name = 'AnalyticsRollups1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "analytics_rollup_zones" ("time_zone" text NOT NULL, CONSTRAINT "analytics_rollup_zones_pkey" PRIMARY KEY ("time_zone"))',
    );
    await queryRunner.query(
      `INSERT INTO "analytics_rollup_zones" ("time_zone") VALUES ('UTC'), ('America/New_York')`,
    );
    await queryRunner.query(
      'CREATE TABLE "analytics_reason_faults" ("reason_code" text NOT NULL, "fault" text NOT NULL, CONSTRAINT "analytics_reason_faults_pkey" PRIMARY KEY ("reason_code"))',
    );
    await queryRunner.query(
      `INSERT INTO "analytics_reason_faults" ("reason_code", "fault") VALUES ${REASON_FAULTS.map(
        ([code, fault]) => `('${code}', '${fault}')`,
      ).join(', ')}`,
    );
    await queryRunner.query(
      'CREATE TABLE "analytics_units_sold" ("time_zone" text NOT NULL, "day" date NOT NULL, "sku_id" uuid NOT NULL, "channel" text NOT NULL, "units" bigint NOT NULL, CONSTRAINT "analytics_units_sold_pkey" PRIMARY KEY ("time_zone", "day", "sku_id", "channel"))',
    );
    await queryRunner.query(
      'CREATE TABLE "analytics_units_returned" ("time_zone" text NOT NULL, "day" date NOT NULL, "sku_id" uuid NOT NULL, "channel" text NOT NULL, "reason_code" text NOT NULL, "units" bigint NOT NULL, CONSTRAINT "analytics_units_returned_pkey" PRIMARY KEY ("time_zone", "day", "sku_id", "channel", "reason_code"))',
    );

    // Adds `delta` units sold at an instant to every reporting zone's local day.
    await queryRunner.query(`CREATE FUNCTION "analytics_add_sold"(timestamptz, uuid, text, bigint) RETURNS void LANGUAGE sql AS $$
      INSERT INTO analytics_units_sold AS s (time_zone, day, sku_id, channel, units)
      SELECT z.time_zone, ($1 AT TIME ZONE z.time_zone)::date, $2, $3, $4 FROM analytics_rollup_zones z
      ON CONFLICT (time_zone, day, sku_id, channel) DO UPDATE SET units = s.units + EXCLUDED.units
    $$`);
    // Adds `delta` units returned (request instant, SKU, channel, reason) to every zone's local day.
    await queryRunner.query(`CREATE FUNCTION "analytics_add_returned"(timestamptz, uuid, text, text, bigint) RETURNS void LANGUAGE sql AS $$
      INSERT INTO analytics_units_returned AS s (time_zone, day, sku_id, channel, reason_code, units)
      SELECT z.time_zone, ($1 AT TIME ZONE z.time_zone)::date, $2, $3, $4, $5 FROM analytics_rollup_zones z
      ON CONFLICT (time_zone, day, sku_id, channel, reason_code) DO UPDATE SET units = s.units + EXCLUDED.units
    $$`);
    // Adds `delta` × the lines of one return (its request instant given) to the returned units.
    await queryRunner.query(`CREATE FUNCTION "analytics_add_return_lines"(uuid, timestamptz, integer) RETURNS void LANGUAGE sql AS $$
      SELECT analytics_add_returned($2, ol.sku_id, o.channel, rl.reason_code, $3 * rl.quantity)
      FROM return_lines rl JOIN order_lines ol ON ol.id = rl.order_line_id JOIN orders o ON o.id = ol.order_id
      WHERE rl.return_id = $1
    $$`);

    await queryRunner.query(`CREATE FUNCTION "analytics_order_lines_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        o record;
        r record;
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.quantity = NEW.quantity AND OLD.sku_id = NEW.sku_id AND OLD.order_id = NEW.order_id THEN
          RETURN NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          -- Not found when the order itself is being deleted: its trigger took the lines out.
          SELECT ordered_at, channel INTO o FROM orders WHERE id = OLD.order_id;
          IF FOUND THEN
            PERFORM analytics_add_sold(o.ordered_at, OLD.sku_id, o.channel, -OLD.quantity);
          END IF;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          SELECT ordered_at, channel INTO o FROM orders WHERE id = NEW.order_id;
          IF FOUND THEN
            PERFORM analytics_add_sold(o.ordered_at, NEW.sku_id, o.channel, NEW.quantity);
          END IF;
        END IF;
        -- Returned units of this line follow a change of SKU or order.
        IF TG_OP = 'UPDATE' AND (OLD.sku_id <> NEW.sku_id OR OLD.order_id <> NEW.order_id) THEN
          FOR r IN SELECT ret.requested_at, rl.reason_code, rl.quantity,
                     (SELECT channel FROM orders WHERE id = OLD.order_id) AS old_channel,
                     (SELECT channel FROM orders WHERE id = NEW.order_id) AS new_channel
                   FROM return_lines rl JOIN returns ret ON ret.id = rl.return_id
                   WHERE rl.order_line_id = NEW.id AND ${COUNTED('ret.status')} LOOP
            PERFORM analytics_add_returned(r.requested_at, OLD.sku_id, r.old_channel, r.reason_code, -r.quantity);
            PERFORM analytics_add_returned(r.requested_at, NEW.sku_id, r.new_channel, r.reason_code, r.quantity);
          END LOOP;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER "analytics_order_lines_changed" AFTER INSERT OR UPDATE OR DELETE ON "order_lines" FOR EACH ROW EXECUTE FUNCTION "analytics_order_lines_changed"()',
    );

    await queryRunner.query(`CREATE FUNCTION "analytics_orders_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        r record;
      BEGIN
        IF TG_OP = 'DELETE' THEN
          PERFORM analytics_add_sold(OLD.ordered_at, ol.sku_id, OLD.channel, -ol.quantity)
            FROM order_lines ol WHERE ol.order_id = OLD.id;
          RETURN OLD;
        END IF;
        IF OLD.ordered_at = NEW.ordered_at AND OLD.channel = NEW.channel THEN
          RETURN NULL;
        END IF;
        PERFORM analytics_add_sold(OLD.ordered_at, ol.sku_id, OLD.channel, -ol.quantity)
          FROM order_lines ol WHERE ol.order_id = NEW.id;
        PERFORM analytics_add_sold(NEW.ordered_at, ol.sku_id, NEW.channel, ol.quantity)
          FROM order_lines ol WHERE ol.order_id = NEW.id;
        IF OLD.channel <> NEW.channel THEN
          FOR r IN SELECT ret.requested_at, ol.sku_id, rl.reason_code, rl.quantity
                   FROM order_lines ol JOIN return_lines rl ON rl.order_line_id = ol.id
                   JOIN returns ret ON ret.id = rl.return_id
                   WHERE ol.order_id = NEW.id AND ${COUNTED('ret.status')} LOOP
            PERFORM analytics_add_returned(r.requested_at, r.sku_id, OLD.channel, r.reason_code, -r.quantity);
            PERFORM analytics_add_returned(r.requested_at, r.sku_id, NEW.channel, r.reason_code, r.quantity);
          END LOOP;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER "analytics_orders_updated" AFTER UPDATE ON "orders" FOR EACH ROW EXECUTE FUNCTION "analytics_orders_changed"()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "analytics_orders_deleted" BEFORE DELETE ON "orders" FOR EACH ROW EXECUTE FUNCTION "analytics_orders_changed"()',
    );

    await queryRunner.query(`CREATE FUNCTION "analytics_return_lines_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ret record;
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.quantity = NEW.quantity AND OLD.reason_code = NEW.reason_code
           AND OLD.order_line_id = NEW.order_line_id AND OLD.return_id = NEW.return_id THEN
          RETURN NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          -- Not found when the return itself is being deleted: its trigger took the lines out.
          SELECT requested_at, status INTO ret FROM returns WHERE id = OLD.return_id;
          IF FOUND AND ${COUNTED('ret.status')} THEN
            PERFORM analytics_add_returned(ret.requested_at, ol.sku_id, o.channel, OLD.reason_code, -OLD.quantity)
              FROM order_lines ol JOIN orders o ON o.id = ol.order_id WHERE ol.id = OLD.order_line_id;
          END IF;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          SELECT requested_at, status INTO ret FROM returns WHERE id = NEW.return_id;
          IF FOUND AND ${COUNTED('ret.status')} THEN
            PERFORM analytics_add_returned(ret.requested_at, ol.sku_id, o.channel, NEW.reason_code, NEW.quantity)
              FROM order_lines ol JOIN orders o ON o.id = ol.order_id WHERE ol.id = NEW.order_line_id;
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER "analytics_return_lines_changed" AFTER INSERT OR UPDATE OR DELETE ON "return_lines" FOR EACH ROW EXECUTE FUNCTION "analytics_return_lines_changed"()',
    );

    await queryRunner.query(`CREATE FUNCTION "analytics_returns_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF ${COUNTED('OLD.status')} THEN
            PERFORM analytics_add_return_lines(OLD.id, OLD.requested_at, -1);
          END IF;
          RETURN OLD;
        END IF;
        IF (${COUNTED('OLD.status')}) = (${COUNTED('NEW.status')}) AND OLD.requested_at = NEW.requested_at THEN
          RETURN NULL;
        END IF;
        IF ${COUNTED('OLD.status')} THEN
          PERFORM analytics_add_return_lines(NEW.id, OLD.requested_at, -1);
        END IF;
        IF ${COUNTED('NEW.status')} THEN
          PERFORM analytics_add_return_lines(NEW.id, NEW.requested_at, 1);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER "analytics_returns_updated" AFTER UPDATE ON "returns" FOR EACH ROW EXECUTE FUNCTION "analytics_returns_changed"()',
    );
    await queryRunner.query(
      'CREATE TRIGGER "analytics_returns_deleted" BEFORE DELETE ON "returns" FOR EACH ROW EXECUTE FUNCTION "analytics_returns_changed"()',
    );

    // Recomputes every rollup from the base tables, for every reporting zone.
    await queryRunner.query(`CREATE FUNCTION "analytics_rebuild_rollups"() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        ${REBUILD_UNIT_ROLLUPS}
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION "analytics_rebuild_rollups"()');
    await queryRunner.query('DROP TRIGGER "analytics_returns_deleted" ON "returns"');
    await queryRunner.query('DROP TRIGGER "analytics_returns_updated" ON "returns"');
    await queryRunner.query('DROP FUNCTION "analytics_returns_changed"()');
    await queryRunner.query('DROP TRIGGER "analytics_return_lines_changed" ON "return_lines"');
    await queryRunner.query('DROP FUNCTION "analytics_return_lines_changed"()');
    await queryRunner.query('DROP TRIGGER "analytics_orders_deleted" ON "orders"');
    await queryRunner.query('DROP TRIGGER "analytics_orders_updated" ON "orders"');
    await queryRunner.query('DROP FUNCTION "analytics_orders_changed"()');
    await queryRunner.query('DROP TRIGGER "analytics_order_lines_changed" ON "order_lines"');
    await queryRunner.query('DROP FUNCTION "analytics_order_lines_changed"()');
    await queryRunner.query(
      'DROP FUNCTION "analytics_add_return_lines"(uuid, timestamptz, integer)',
    );
    await queryRunner.query(
      'DROP FUNCTION "analytics_add_returned"(timestamptz, uuid, text, text, bigint)',
    );
    await queryRunner.query('DROP FUNCTION "analytics_add_sold"(timestamptz, uuid, text, bigint)');
    await queryRunner.query('DROP TABLE "analytics_units_returned"');
    await queryRunner.query('DROP TABLE "analytics_units_sold"');
    await queryRunner.query('DROP TABLE "analytics_reason_faults"');
    await queryRunner.query('DROP TABLE "analytics_rollup_zones"');
  }
}
