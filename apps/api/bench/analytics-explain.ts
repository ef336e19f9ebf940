/**
 * EXPLAIN (ANALYZE, BUFFERS) of the analytics statements on the bench database, to choose indexes:
 *   node -r @swc-node/register bench/analytics-explain.ts <name> [from] [to] [filter JSON]
 * names: w3-rollup, w3-base, rate-month, top, reasons, scorecard, speed, costs, w4 and w4-computed
 * (refundReport by WEEK and SUPPLIER over 24 months, stored or computed supplier parts).
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { checkAnalyticsScope } from '../src/modules/analytics/analytics-scope';
import type { AnalyticsFilterInput } from '../src/modules/analytics/analytics.input';
import type { Statement } from '../src/modules/analytics/analytics.sql';
import {
  returnReasonsStatement,
  topReturnedSkusStatement,
} from '../src/modules/analytics/return-breakdowns.service';
import { returnCostsStatement } from '../src/modules/analytics/return-costs.service';
import { returnRateStatement } from '../src/modules/analytics/return-rate.sql';
import { returnSpeedStatement } from '../src/modules/analytics/return-speed.service';
import { supplierScorecardStatement } from '../src/modules/analytics/supplier-scorecard.service';
import { checkRefundReport } from '../src/modules/reports/refund-report.service';
import { refundReportStatement } from '../src/modules/reports/refund-report.sql';

/** W4's range: the last 24 whole months of the dataset. */
const W4_FROM = '2024-10-01T00:00:00Z';
const W4_TO = '2026-10-01T00:00:00Z';

async function main(): Promise<void> {
  const [name = 'w3-rollup', from = '2025-10-01', to = '2026-09-30', filter] =
    process.argv.slice(2);
  const scope = checkAnalyticsScope(
    { from, to, timeZone: 'UTC' },
    filter === undefined ? null : (JSON.parse(filter) as AnalyticsFilterInput),
  );
  const w3 = { scope, granularity: 'MONTH', groupBy: ['SKU', 'REASON'] } as const;
  const w4 = checkRefundReport({ from: new Date(W4_FROM), to: new Date(W4_TO), timeZone: 'UTC' }, [
    'WEEK',
    'SUPPLIER',
  ]);
  const statements: Record<string, () => Statement> = {
    // The whole matrix (unpaged), and the API's first page of 100 points.
    'w3-rollup': () => returnRateStatement(w3, 'rollup', null),
    'w3-base': () => returnRateStatement(w3, 'base', null),
    'w3-rollup-page': () => returnRateStatement(w3, 'rollup', { size: 100, after: null }),
    'rate-month': () =>
      returnRateStatement({ scope, granularity: 'MONTH', groupBy: [] }, 'rollup', null),
    top: () => topReturnedSkusStatement(scope, 10, 'rollup'),
    reasons: () => returnReasonsStatement(scope),
    scorecard: () => supplierScorecardStatement(scope, 'rollup'),
    speed: () => returnSpeedStatement(scope),
    costs: () => returnCostsStatement(scope),
    w4: () => refundReportStatement(w4, 'stored'),
    'w4-computed': () => refundReportStatement(w4, 'computed'),
  };
  const build = statements[name];
  if (build === undefined) throw new Error(`unknown statement ${name}`);
  const statement = build();
  const client = new Client({
    connectionString:
      process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rebound_bench_l',
  });
  await client.connect();
  try {
    const result = await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`,
      statement.params,
    );
    console.log(result.rows.map((row) => row['QUERY PLAN']).join('\n'));
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
