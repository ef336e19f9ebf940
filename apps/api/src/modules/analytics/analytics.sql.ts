import { QueryFailedError } from 'typeorm';
import type { Queryable } from '../catalog/siblings';
import { refuseInput } from '../reports/refund-scope';
import { SqlParams } from '../returns/list/sql-params';
import type { AnalyticsScope } from './analytics-scope';

/** A statement and its parameter values. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Where unit counts are read from: the rollups when the range zone is a reporting zone
 * (analytics_rollup_zones), else the base tables. The equivalence tests and the benchmark force
 * one or the other.
 */
export type UnitSource = 'rollup' | 'base';

/** The source for a zone: one primary-key lookup per request (zones change only on rebuild). */
export async function unitSourceFor(db: Queryable, timeZone: string): Promise<UnitSource> {
  const rows = await db.query<unknown[]>(
    'SELECT 1 FROM analytics_rollup_zones WHERE time_zone = $1',
    [timeZone],
  );
  return rows.length > 0 ? 'rollup' : 'base';
}

/** Statuses whose units do not count as returned. */
export const NOT_RETURNED = "('REJECTED', 'CANCELLED')";

/** A statement being built over one scope: its parameters and the placeholders of the range. */
export class ScopeSql {
  readonly params = new SqlParams();
  readonly zone: string;
  readonly fromDay: string;
  readonly toDay: string;

  constructor(readonly scope: AnalyticsScope) {
    this.zone = `${this.params.add(scope.timeZone)}::text`;
    this.fromDay = `${this.params.add(scope.from)}::date`;
    this.toDay = `${this.params.add(scope.to)}::date`;
  }

  /** `column` (a timestamptz) falls on a local day of the range. */
  instantInRange(column: string): string {
    return `${column} >= (${this.fromDay}::timestamp AT TIME ZONE ${this.zone})
      AND ${column} < ((${this.toDay} + 1)::timestamp AT TIME ZONE ${this.zone})`;
  }

  /** The local day of `column` (a timestamptz) in the range zone. */
  localDay(column: string): string {
    return `(${column} AT TIME ZONE ${this.zone})::date`;
  }

  /** Conditions on a SKU row `k` and a channel column: SKU, supplier, category, channel filters. */
  skuConditions(sku: string, channel: string): string[] {
    const { scope, params } = this;
    const conditions: string[] = [];
    if (scope.skuIds !== null)
      conditions.push(`${sku}.id = ANY(${params.add(scope.skuIds)}::uuid[])`);
    if (scope.supplierIds !== null)
      conditions.push(`${sku}.supplier_id = ANY(${params.add(scope.supplierIds)}::uuid[])`);
    if (scope.categories !== null)
      conditions.push(`${sku}.category = ANY(${params.add(scope.categories)}::text[])`);
    if (scope.channels !== null)
      conditions.push(`${channel} = ANY(${params.add(scope.channels)}::text[])`);
    return conditions;
  }

  /** Conditions on a reason code column and a fault column: the reason and fault filters. */
  reasonConditions(reason: string, fault: string): string[] {
    const { scope, params } = this;
    const conditions: string[] = [];
    if (scope.reasonCodes !== null)
      conditions.push(`${reason} = ANY(${params.add(scope.reasonCodes)}::text[])`);
    if (scope.faults !== null)
      conditions.push(`${fault} = ANY(${params.add(scope.faults)}::text[])`);
    return conditions;
  }

  /** Whether the return `returnAlias` has a line matching the line filters; `TRUE` without any. */
  returnMatches(returnAlias: string): string {
    const line = [
      ...this.skuConditions('mk', 'mo.channel'),
      ...this.reasonConditions('mrl.reason_code', 'mf.fault'),
    ];
    if (line.length === 0) return 'TRUE';
    return `EXISTS (SELECT 1 FROM return_lines mrl
      JOIN order_lines mol ON mol.id = mrl.order_line_id
      JOIN orders mo ON mo.id = mol.order_id
      JOIN skus mk ON mk.id = mol.sku_id
      JOIN analytics_reason_faults mf ON mf.reason_code = mrl.reason_code
      WHERE mrl.return_id = ${returnAlias}.id AND ${line.join(' AND ')})`;
  }

  /** Units sold as rows (day, sku_id, channel, units) from the rollups or the base tables. */
  soldSource(source: UnitSource): string {
    const rollup = `SELECT day, sku_id, channel, units FROM analytics_units_sold
      WHERE time_zone = ${this.zone} AND day BETWEEN ${this.fromDay} AND ${this.toDay}`;
    const base = `SELECT ${this.localDay('o.ordered_at')} AS day, ol.sku_id, o.channel, ol.quantity::bigint AS units
      FROM order_lines ol JOIN orders o ON o.id = ol.order_id
      WHERE ${this.instantInRange('o.ordered_at')}`;
    return this.pick(source, rollup, base);
  }

  /** Units returned as rows (day, sku_id, channel, reason_code, units). */
  returnedSource(source: UnitSource): string {
    const rollup = `SELECT day, sku_id, channel, reason_code, units FROM analytics_units_returned
      WHERE time_zone = ${this.zone} AND day BETWEEN ${this.fromDay} AND ${this.toDay}`;
    const base = `SELECT ${this.localDay('r.requested_at')} AS day, ol.sku_id, o.channel, rl.reason_code, rl.quantity::bigint AS units
      FROM returns r JOIN return_lines rl ON rl.return_id = r.id
      JOIN order_lines ol ON ol.id = rl.order_line_id JOIN orders o ON o.id = ol.order_id
      WHERE ${this.instantInRange('r.requested_at')} AND r.status NOT IN ${NOT_RETURNED}`;
    return this.pick(source, rollup, base);
  }

  private pick(source: UnitSource, rollup: string, base: string): string {
    return source === 'rollup' ? rollup : base;
  }
}

const PG_INVALID_PARAMETER_VALUE = '22023';

/** Runs an analytics statement; a zone PostgreSQL does not know is bad input, not a crash. */
export async function runAnalytics<Row>(db: Queryable, statement: Statement): Promise<Row[]> {
  try {
    return await db.query<Row[]>(statement.sql, statement.params);
  } catch (error) {
    const code =
      error instanceof QueryFailedError ? (error.driverError as { code?: unknown }).code : null;
    if (code === PG_INVALID_PARAMETER_VALUE) {
      throw refuseInput([
        { path: 'range.timeZone', problems: ['is not a time zone the database knows'] },
      ]);
    }
    throw error;
  }
}

/** A ratio of two unit counts, null when nothing was sold. */
export const ratio = (part: number, whole: number): number | null =>
  whole === 0 ? null : part / whole;
