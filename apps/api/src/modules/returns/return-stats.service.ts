import { RETURN_STATUSES, type ReturnStatus } from '@rebound/domain';
import type { RequestContext } from '../../context';
import type { ReturnStats } from './return-stats.type';

/** Counts returns per status with one grouped query. */
export async function countReturnsByStatus(ctx: RequestContext): Promise<ReturnStats> {
  const rows: { status: ReturnStatus; count: number }[] = await ctx.dataSource.query(
    'SELECT status, count(*)::int AS count FROM returns GROUP BY status',
  );
  const counts = new Map(rows.map((row) => [row.status, row.count]));
  const byStatus = RETURN_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
  return { total: byStatus.reduce((sum, entry) => sum + entry.count, 0), byStatus };
}
