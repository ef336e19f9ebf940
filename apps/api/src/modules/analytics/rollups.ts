import type { DataSource } from 'typeorm';
import { isZoneName } from '../reports/refund-scope';

export interface RollupReport {
  zones: string[];
  soldRows: number;
  returnedRows: number;
}

/**
 * Recomputes the rollups from the base tables in one transaction (the triggers keep them exact
 * afterwards); with `zones`, first makes them the reporting zones.
 */
export async function rebuildRollups(
  dataSource: DataSource,
  zones?: readonly string[],
): Promise<RollupReport> {
  const bad = (zones ?? []).filter((zone) => !isZoneName(zone));
  if (bad.length > 0) throw new Error(`not IANA time zones: ${bad.join(', ')}`);
  return dataSource.transaction(async (manager) => {
    if (zones !== undefined && zones.length > 0) {
      await manager.query('DELETE FROM analytics_rollup_zones');
      await manager.query(
        'INSERT INTO analytics_rollup_zones (time_zone) SELECT unnest($1::text[])',
        [[...new Set(zones)]],
      );
    }
    await manager.query('SELECT analytics_rebuild_rollups()');
    const [counts] = await manager.query<
      { zones: string[]; sold: number; returned: number }[]
    >(`SELECT (SELECT array_agg(time_zone ORDER BY time_zone) FROM analytics_rollup_zones) AS zones,
        (SELECT count(*)::int FROM analytics_units_sold) AS sold,
        (SELECT count(*)::int FROM analytics_units_returned) AS returned`);
    return {
      zones: counts?.zones ?? [],
      soldRows: counts?.sold ?? 0,
      returnedRows: counts?.returned ?? 0,
    };
  });
}
