import type { DashboardReturnStatsQuery } from '../../lib/graphql/generated/graphql';
import {
  isClosedReturnStatus,
  RETURN_STATUS_LIFECYCLE,
  type ReturnStatus,
} from '../returns/return-status';

export type ReturnStats = DashboardReturnStatsQuery['returnStats'];

export interface ReturnStatusRow {
  readonly status: ReturnStatus;
  readonly count: number;
  readonly closed: boolean;
}

export interface ReturnStatsSummary {
  readonly total: number;
  readonly open: number;
  readonly closed: number;
  /** Every status once, in lifecycle order; a status the API left out counts 0. */
  readonly rows: readonly ReturnStatusRow[];
}

export function summarizeReturnStats(stats: ReturnStats): ReturnStatsSummary {
  const counts = new Map(stats.byStatus.map(({ status, count }) => [status, count]));
  const rows = RETURN_STATUS_LIFECYCLE.map((status) => ({
    status,
    count: counts.get(status) ?? 0,
    closed: isClosedReturnStatus(status),
  }));
  const closed = rows.filter((row) => row.closed).reduce((sum, row) => sum + row.count, 0);
  const open = rows.filter((row) => !row.closed).reduce((sum, row) => sum + row.count, 0);
  return { total: stats.total, open, closed, rows };
}
