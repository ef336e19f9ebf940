/**
 * Where the API time of W3 and W4 goes, in one process on the bench database (no HTTP):
 *   node -r @swc-node/register bench/analytics-profile.ts [w3|w4] [rounds] [supplier id (w3)]
 * Times the service call (SQL and row mapping), graphql-js execution of the result and
 * JSON.stringify of the response, each in isolation. W3 is the first page of 1000 points (the
 * largest page returnRate answers).
 */
import 'reflect-metadata';
import { execute, parse } from 'graphql';
import { createDataSource } from '../src/database/data-source';
import { buildReboundSchema } from '../src/schema/build-schema';
import type { RequestContext } from '../src/context';
import {
  checkReturnRate,
  MAX_POINTS_PAGE,
  returnRate,
} from '../src/modules/analytics/return-rate.service';
import { refundReport } from '../src/modules/reports/refund-report.service';

const W3 = `query($range: AnalyticsRangeInput!, $filter: AnalyticsFilterInput) {
  returnRate(range: $range, granularity: MONTH, groupBy: [SKU, REASON], filter: $filter, first: 1000) {
    total { unitsSold unitsReturned rate }
    points { bucketStart unitsSold unitsReturned rate group { sku { id code } reasonCode } }
  }
}`;
const W4 = `query($filter: RefundReportFilter!) {
  refundReport(filter: $filter, groupBy: [WEEK, SUPPLIER]) {
    periodStart currency supplierId supplierCode refundCount total items tax shipping restockingFees labelDeductions
  }
}`;

/** W3 answers a page of points: the largest page (1000 points, not the whole matrix any more). */
const FULL_PAGE = { size: MAX_POINTS_PAGE, after: null };

const ms = (started: bigint): number => Number(process.hrtime.bigint() - started) / 1e6;

async function main(): Promise<void> {
  const [which = 'w3', roundsText = '3', supplier] = process.argv.slice(2);
  const filter = supplier === undefined ? null : { supplierIds: [supplier] };
  const dataSource = await createDataSource({
    kind: 'postgres',
    url: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rebound_bench_l',
    displayName: 'bench',
  });
  await dataSource.initialize();
  const schema = await buildReboundSchema();
  const ctx: RequestContext = {
    requestId: 'profile',
    dataSource,
    actor: { id: '00000000-0000-0000-0000-000000000000', roles: ['ADMIN'] } as never,
    user: {
      id: '00000000-0000-0000-0000-000000000000',
      email: 'profile@bench.test',
      displayName: 'Profile',
      roles: ['ADMIN'],
    },
    credential: { kind: 'api-token', tokenId: 'profile', allowAdHoc: true },
    http: null,
  };
  const document = parse(which === 'w3' ? W3 : W4);
  const variables =
    which === 'w3'
      ? { range: { from: '2025-10-01', to: '2026-09-30', timeZone: 'UTC' }, filter }
      : { filter: { from: '2024-10-01T00:00:00Z', to: '2026-10-01T00:00:00Z', timeZone: 'UTC' } };
  for (let round = 0; round < Number(roundsText); round += 1) {
    const s0 = process.hrtime.bigint();
    if (which === 'w3')
      await returnRate(
        ctx,
        checkReturnRate(
          { from: '2025-10-01', to: '2026-09-30', timeZone: 'UTC' },
          'MONTH',
          ['SKU', 'REASON'],
          filter,
        ),
        FULL_PAGE,
      );
    else
      await refundReport(
        ctx,
        {
          from: new Date('2024-10-01T00:00:00Z'),
          to: new Date('2026-10-01T00:00:00Z'),
          timeZone: 'UTC',
        },
        ['WEEK', 'SUPPLIER'],
      );
    console.log(`${which} round ${round}: service alone ${ms(s0).toFixed(0)} ms`);
    const started = process.hrtime.bigint();
    const result = await execute({
      schema,
      document,
      variableValues: variables,
      contextValue: ctx,
    });
    const executed = ms(started);
    const s2 = process.hrtime.bigint();
    const text = JSON.stringify(result);
    const stringified = ms(s2);
    if (result.errors !== undefined) console.log(result.errors);
    console.log(
      `${which} round ${round}: execute (incl. SQL) ${executed.toFixed(0)} ms, stringify ${stringified.toFixed(0)} ms, ${(text.length / 1e6).toFixed(1)} MB`,
    );
  }
  // graphql-js alone: the root field answers the report computed once, so only execution counts.
  const field = which === 'w3' ? 'returnRate' : 'refundReport';
  const root = schema.getQueryType()?.getFields()[field];
  if (root === undefined) throw new Error(`no field ${field}`);
  const answer: unknown =
    which === 'w3'
      ? await returnRate(
          ctx,
          checkReturnRate(
            { from: '2025-10-01', to: '2026-09-30', timeZone: 'UTC' },
            'MONTH',
            ['SKU', 'REASON'],
            filter,
          ),
          FULL_PAGE,
        )
      : await refundReport(
          ctx,
          {
            from: new Date('2024-10-01T00:00:00Z'),
            to: new Date('2026-10-01T00:00:00Z'),
            timeZone: 'UTC',
          },
          ['WEEK', 'SUPPLIER'],
        );
  root.resolve = () => answer;
  const size = Array.isArray(answer)
    ? answer.length
    : (answer as { points: unknown[] }).points.length;
  for (let round = 0; round < Number(roundsText); round += 1) {
    const started = process.hrtime.bigint();
    await execute({ schema, document, variableValues: variables, contextValue: ctx });
    const executed = ms(started);
    console.log(
      `${which} graphql-js execution alone: ${executed.toFixed(0)} ms for ${size} items (${((executed * 1000) / size).toFixed(2)} µs per item)`,
    );
  }
  await dataSource.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
