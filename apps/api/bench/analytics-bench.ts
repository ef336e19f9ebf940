/**
 * W3 and W4 of PERFORMANCE.md on the L dataset, on a real PostgreSQL:
 *
 *   pnpm --filter @rebound/api bench:analytics [-- --database-url postgres://…/rebound_bench_l]
 *     [--scale L] [--reload] [--rounds 7] [--warmup 2]
 *
 * Loads the dataset once (reused when present; --reload loads it again), starts the API as a
 * child process in production mode, and times, side by side in one run, alternating A B C A B C
 * after a warm-up: the GraphQL query through the real HTTP API, the raw aggregate SQL over the
 * base tables and the rollup SQL (W3: unit rollups; W4: stored refund supplier parts, which the
 * API reads), both sent with `pg` (rows received and parsed). W3 is paged as the API answers it:
 * the first page of 100 points and a deep page (after 10,000 points, through the API's cursor),
 * each against the same page in SQL; the full matrix is timed as SQL only, next to the historical
 * one-response API figure (HISTORICAL_FULL_MATRIX_API). Writes
 * bench/results/analytics-<date>.json (machine, commit, scale) and prints a table.
 */
// The page check imports the API's GraphQL types (type-graphql needs the metadata polyfill).
import 'reflect-metadata';
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { checkAnalyticsScope } from '../src/modules/analytics/analytics-scope';
import type { AnalyticsFilterInput } from '../src/modules/analytics/analytics.input';
import type { Statement } from '../src/modules/analytics/analytics.sql';
import { checkPointsPage } from '../src/modules/analytics/return-rate.service';
import { returnRateStatement } from '../src/modules/analytics/return-rate.sql';
import { hashPassword } from '../src/modules/auth/password';
import { hashSecret, newSecret } from '../src/modules/auth/secret-token';
import { checkRefundReport } from '../src/modules/reports/refund-report.service';
import { refundReportStatement } from '../src/modules/reports/refund-report.sql';
import { loadBenchDatabase } from './datagen/cli';
import { parseScale } from './datagen/scale';

const API_DIR = path.resolve(__dirname, '..');
const PASSWORD = 'bench password, not a secret';
const EMAIL = 'analytics-admin@bench.test';

/** The dataset ends on 2026-10-01 (DEFAULT_OPTIONS.end): the last 12 and 24 whole months. */
const W3_RANGE = { from: '2025-10-01', to: '2026-09-30', timeZone: 'UTC' };
const W4_FROM = '2024-10-01T00:00:00Z';
/** W3 pages: their size, and how many points precede the deep page. */
const PAGE = 100;
const DEEP_OFFSET = 10_000;

/**
 * The W3 full matrix (180,170 points) through the API in ONE response, measured before
 * `returnRate.points` was paged (bench/results/analytics-2026-11-26.json as of 13:38 UTC, commit
 * 0d42c04+uncommitted, load 5.2). The API cannot answer it in one response any more, and paging
 * through 1,802 pages is not comparable with one SQL statement, so this figure is historical.
 */
const HISTORICAL_FULL_MATRIX_API = {
  measuredAt: '2026-11-26T13:38:37.950Z',
  commit: '0d42c04+uncommitted',
  loadAverage1m: 5.2,
  W3: { p50Ms: 4150.2, p95Ms: 6354.7, rows: 180_170 },
  'W3 (one supplier)': { p50Ms: 529.7, p95Ms: 573.7, rows: 8_278 },
};
const W4_TO = '2026-10-01T00:00:00Z';

interface Variant {
  name: string;
  run: () => Promise<number>;
}

interface Figures {
  samplesMs: number[];
  p50Ms: number;
  p95Ms: number;
  rows: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 1200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      get(`${url}/health`, (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      }).on('error', () => {
        resolve(false);
      });
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the API did not become healthy in 120 s');
}

const percentileOf = (sorted: readonly number[], fraction: number): number => {
  const position = fraction * (sorted.length - 1);
  const low = sorted[Math.floor(position)] ?? 0;
  const high = sorted[Math.ceil(position)] ?? 0;
  return low + (high - low) * (position - Math.floor(position));
};

const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Warm-up, then rounds of A B C … in turn; p50 and p95 per variant. */
async function measure(
  variants: readonly Variant[],
  rounds: number,
  warmup: number,
): Promise<Record<string, Figures>> {
  for (let w = 0; w < warmup; w += 1) for (const variant of variants) await variant.run();
  const samples = new Map<string, number[]>(variants.map((variant) => [variant.name, []]));
  for (let r = 0; r < rounds; r += 1) {
    for (const variant of variants) samples.get(variant.name)?.push(await timed(variant.run));
  }
  return Object.fromEntries(
    variants.map((variant) => {
      const list = samples.get(variant.name) ?? [];
      const sorted = [...list].sort((a, b) => a - b);
      return [
        variant.name,
        {
          samplesMs: list.map((value) => round(value)),
          p50Ms: round(percentileOf(sorted, 0.5)),
          p95Ms: round(percentileOf(sorted, 0.95)),
          rows: 0,
        },
      ];
    }),
  );
}

async function main(): Promise<void> {
  const loadAtStart = os.loadavg()[0] ?? 0;
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      'database-url': { type: 'string' },
      scale: { type: 'string', default: 'L' },
      reload: { type: 'boolean', default: false },
      rounds: { type: 'string', default: '7' },
      warmup: { type: 'string', default: '2' },
    },
  });
  const databaseUrl =
    values['database-url'] ??
    process.env.BENCH_DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/rebound_bench_l';
  const scaleText = values.scale;
  const rounds = Number(values.rounds);
  const warmup = Number(values.warmup);
  const load = await loadBenchDatabase(databaseUrl, parseScale(scaleText), {
    reload: values.reload,
  });

  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  let child: ChildProcess | null = null;
  try {
    // Production runs only trusted documents: the bench calls as an ADMIN's API token allowed
    // ad-hoc documents, as an integrator would.
    const token = newSecret('rbt');
    await client.query(
      `WITH admin AS (
         INSERT INTO users (email, display_name, password_hash, roles) VALUES ($1, 'Bench admin', $2, '{ADMIN}')
         ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash RETURNING id)
       INSERT INTO api_tokens (user_id, name, token_hash, allow_ad_hoc) SELECT id, 'analytics bench', $3, true FROM admin`,
      [EMAIL, await hashPassword(PASSWORD), hashSecret(token)],
    );
    const authorization = `Bearer ${token}`;
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: API_DIR,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'false',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await waitForHealth(url, child);

    const rowsOf = new Map<string, number>();
    const graphql =
      (name: string, query: string, variables: object, field: string) =>
      async (): Promise<number> => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({ query, variables }),
        });
        const json = (await response.json()) as {
          data?: Record<string, unknown[] | { points: unknown[] }> | null;
          errors?: unknown;
        };
        const answer = json.data?.[field];
        if (json.errors !== undefined || answer === undefined)
          throw new Error(`${name}: ${JSON.stringify(json.errors)}`);
        // A list answer counts its rows; the return-rate report counts its points and its total.
        const rows = Array.isArray(answer) ? answer.length : answer.points.length + 1;
        rowsOf.set(name, rows);
        return rows;
      };
    const sql = (name: string, statement: Statement) => async (): Promise<number> => {
      const result = await client.query(statement.sql, statement.params);
      rowsOf.set(name, result.rowCount ?? 0);
      return result.rowCount ?? 0;
    };

    // W3: return rate by SKU × reason × month over 12 months (and the same for one supplier),
    // a page at a time as the API answers it: the first page of 100 points and a deep page (the
    // 100 points after the first DEEP_OFFSET, through the cursor the API returned), each against
    // the same page computed by the raw and the rollup SQL (same ORDER BY, row comparison and
    // LIMIT). The full matrix is measured as SQL only (see HISTORICAL_FULL_MATRIX_API).
    const [topSupplier] = (
      await client.query<{ id: string }>(
        'SELECT supplier_id AS id FROM skus GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1',
      )
    ).rows;
    const w3Query = `query($range: AnalyticsRangeInput!, $filter: AnalyticsFilterInput, $first: Int, $after: String) {
      returnRate(range: $range, granularity: MONTH, groupBy: [SKU, REASON], filter: $filter, first: $first, after: $after) {
        total { unitsSold unitsReturned rate }
        points { bucketStart unitsSold unitsReturned rate group { sku { id code } reasonCode } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    interface W3Page {
      points: { bucketStart: string; group: { sku: { id: string }; reasonCode: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    }
    const w3Page = async (variables: object): Promise<W3Page> => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: w3Query, variables }),
      });
      const json = (await response.json()) as { data?: { returnRate: W3Page }; errors?: unknown };
      if (json.data === undefined || json.errors !== undefined)
        throw new Error(`W3 page: ${JSON.stringify(json.errors)}`);
      return json.data.returnRate;
    };
    const results: Record<string, Record<string, Figures>> = {};
    const deepPages: Record<string, { afterPoints: number; matrixPoints: number }> = {};
    const w3Workloads: [string, AnalyticsFilterInput | null][] = [
      ['W3', null],
      ['W3 (one supplier)', { supplierIds: [topSupplier?.id ?? ''] }],
    ];
    for (const [workload, filter] of w3Workloads) {
      const query = {
        scope: checkAnalyticsScope(W3_RANGE, filter),
        granularity: 'MONTH' as const,
        groupBy: ['SKU', 'REASON'] as const,
      };
      // The whole matrix, as SQL only (what a client paging through all of it makes the database
      // compute once; the API figure for it is historical).
      console.log(`measuring ${workload} full matrix (SQL only)…`);
      const full = `${workload} full matrix`;
      results[full] = await measure(
        [
          { name: 'rawSql', run: sql(`${full} rawSql`, returnRateStatement(query, 'base', null)) },
          {
            name: 'rollupSql',
            run: sql(`${full} rollupSql`, returnRateStatement(query, 'rollup', null)),
          },
        ],
        rounds,
        warmup,
      );
      const matrixPoints = (rowsOf.get(`${full} rollupSql`) ?? 1) - 1;
      // The deep page starts after DEEP_OFFSET points, or after the last whole 1000 before the
      // final page when the matrix is smaller; its cursor comes from paging the API 1000 at a time.
      const afterPoints = Math.min(
        DEEP_OFFSET,
        Math.max(0, Math.floor((matrixPoints - PAGE) / 1000) * 1000),
      );
      let cursor: string | null = null;
      for (let seen = 0; seen < afterPoints; seen += 1000) {
        const page: W3Page = await w3Page({ range: W3_RANGE, filter, first: 1000, after: cursor });
        cursor = page.pageInfo.endCursor;
      }
      deepPages[workload] = { afterPoints, matrixPoints };
      for (const [kind, after] of [
        ['first page', null],
        [`deep page (after ${afterPoints} points)`, cursor],
      ] as const) {
        const name = `${workload} ${kind}`;
        const page = checkPointsPage(query, PAGE, after);
        // The API and the SQL answer the same points.
        const apiPage = await w3Page({ range: W3_RANGE, filter, first: PAGE, after });
        const sqlPage = await client.query<{
          is_total: boolean;
          bucket_start: string | null;
          sku_id: string | null;
          reason_code: string | null;
        }>(
          returnRateStatement(query, 'rollup', page).sql,
          returnRateStatement(query, 'rollup', page).params,
        );
        const apiKeys = apiPage.points.map(
          (p) => `${p.bucketStart} ${p.group.sku.id} ${p.group.reasonCode}`,
        );
        const sqlKeys = sqlPage.rows
          .filter((row) => !row.is_total)
          .slice(0, PAGE)
          .map((row) => `${row.bucket_start} ${row.sku_id} ${row.reason_code}`);
        if (apiKeys.length !== PAGE || JSON.stringify(apiKeys) !== JSON.stringify(sqlKeys))
          throw new Error(`${name}: the API page differs from the SQL page`);
        console.log(`measuring ${name}…`);
        results[name] = await measure(
          [
            {
              name: 'api',
              run: graphql(
                `${name} api`,
                w3Query,
                { range: W3_RANGE, filter, first: PAGE, after },
                'returnRate',
              ),
            },
            {
              name: 'rawSql',
              run: sql(`${name} rawSql`, returnRateStatement(query, 'base', page)),
            },
            {
              name: 'rollupSql',
              run: sql(`${name} rollupSql`, returnRateStatement(query, 'rollup', page)),
            },
          ],
          rounds,
          warmup,
        );
      }
    }
    for (const [name, figures] of Object.entries(results)) {
      for (const [variant, value] of Object.entries(figures))
        value.rows = rowsOf.get(`${name} ${variant}`) ?? 0;
    }

    // W4: refund totals by week and supplier over 24 months, through the existing refundReport.
    const w4Filter = { from: W4_FROM, to: W4_TO, timeZone: 'UTC' };
    const w4Query = `query($filter: RefundReportFilter!) {
      refundReport(filter: $filter, groupBy: [WEEK, SUPPLIER]) {
        periodStart currency supplierId supplierCode refundCount total items tax shipping restockingFees labelDeductions
      }
    }`;
    const w4Report = checkRefundReport(
      { from: new Date(W4_FROM), to: new Date(W4_TO), timeZone: 'UTC' },
      ['WEEK', 'SUPPLIER'],
    );
    console.log('measuring W4…');
    results.W4 = await measure(
      [
        {
          name: 'api',
          run: graphql('W4 api', w4Query, { filter: w4Filter }, 'refundReport'),
        },
        // Raw: the attribution computed from the breakdowns and refund lines on every request.
        { name: 'rawSql', run: sql('W4 rawSql', refundReportStatement(w4Report, 'computed')) },
        // Rollup: the same statement over the stored supplier parts, as the API runs it.
        { name: 'rollupSql', run: sql('W4 rollupSql', refundReportStatement(w4Report, 'stored')) },
      ],
      rounds,
      warmup,
    );
    for (const name of ['api', 'rawSql', 'rollupSql']) {
      const figures = results.W4[name];
      if (figures !== undefined) figures.rows = rowsOf.get(`W4 ${name}`) ?? 0;
    }

    const ratio = (a: number | undefined, b: number | undefined): number | null =>
      a === undefined || b === undefined || b === 0 ? null : round(a / b, 2);
    const summary = Object.fromEntries(
      Object.entries(results).map(([workload, figures]) => [
        workload,
        {
          apiOverRawSql: ratio(figures.api?.p50Ms, figures.rawSql?.p50Ms),
          apiOverRollupSql: ratio(figures.api?.p50Ms, figures.rollupSql?.p50Ms),
          rawSqlOverRollupSql: ratio(figures.rawSql?.p50Ms, figures.rollupSql?.p50Ms),
          target:
            workload === 'W4'
              ? {
                  rule: 'api p50 ≤ 1.1 × raw SQL p50',
                  limitMs: round((figures.rawSql?.p50Ms ?? 0) * 1.1),
                }
              : {
                  rule: 'api p50 ≤ 1.3 × rollup SQL p50 + 1 ms',
                  limitMs: round((figures.rollupSql?.p50Ms ?? 0) * 1.3 + 1),
                },
          // The full matrix has no API figure of this run (see historicalFullMatrixApi).
          met:
            figures.api === undefined
              ? null
              : workload === 'W4'
                ? figures.api.p50Ms <= (figures.rawSql?.p50Ms ?? 0) * 1.1
                : figures.api.p50Ms <= (figures.rollupSql?.p50Ms ?? 0) * 1.3 + 1,
        },
      ]),
    );
    const counts = await client.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM orders) AS orders, (SELECT count(*)::int FROM order_lines) AS order_lines,
         (SELECT count(*)::int FROM returns) AS returns, (SELECT count(*)::int FROM return_lines) AS return_lines,
         (SELECT count(*)::int FROM refunds) AS refunds, (SELECT count(*)::int FROM skus) AS skus,
         (SELECT count(*)::int FROM suppliers) AS suppliers`,
    );
    const version = await client.query<{ server_version: string }>('SHOW server_version');
    const commit = (() => {
      try {
        const head = execSync('git rev-parse --short HEAD', { cwd: API_DIR }).toString().trim();
        const dirty = execSync('git status --porcelain', { cwd: API_DIR }).toString().trim() !== '';
        return dirty ? `${head}+uncommitted` : head;
      } catch {
        return 'unknown';
      }
    })();
    const figures = {
      date: new Date().toISOString(),
      commit,
      scale: scaleText,
      machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        memoryGb: round(os.totalmem() / 2 ** 30),
        node: process.version,
        postgres: version.rows[0]?.server_version ?? 'unknown',
        loadAverage1mAtStart: round(loadAtStart),
        loadAverage1m: round(os.loadavg()[0] ?? 0),
      },
      dataset: counts.rows[0],
      loadSeconds: load.loaded ? round(load.seconds) : null,
      method: {
        rounds,
        warmup,
        order: 'A B C A B C…',
        percentile: 'linear interpolation over the rounds',
      },
      results,
      summary,
      w3DeepPages: deepPages,
      historicalFullMatrixApi: {
        note: 'HISTORICAL: the whole W3 matrix through the API in one response, measured before points were paged; not re-measurable (the API pages), not comparable with paging through it',
        ...HISTORICAL_FULL_MATRIX_API,
      },
    };
    console.log(
      JSON.stringify(
        {
          results: Object.fromEntries(
            Object.entries(results).map(([w, f]) => [
              w,
              Object.fromEntries(
                Object.entries(f).map(([n, v]) => [
                  n,
                  { p50: v.p50Ms, p95: v.p95Ms, rows: v.rows },
                ]),
              ),
            ]),
          ),
          summary,
        },
        null,
        2,
      ),
    );
    const directory = path.join(API_DIR, 'bench', 'results');
    await mkdir(directory, { recursive: true });
    await writeFile(
      path.join(directory, `analytics-${figures.date.slice(0, 10)}.json`),
      `${JSON.stringify(figures, null, 2)}\n`,
    );
  } finally {
    if (child !== null && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
