import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import { FLAT_COLUMNS } from '../report-columns';
import { createAmazonCatalog, flatRow, tsv } from './report-files';

let database: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  await createAmazonCatalog(database.dataSource);
  await createTestUser(database.dataSource, 'http-support', ['SUPPORT']);
  await createTestUser(database.dataSource, 'http-finance', ['FINANCE']);
  server = await startTestServer(database);
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

type Line = Record<string, unknown> & { type: string };

async function upload(
  headers: Record<string, string>,
  body: string,
  query = 'kind=flat&fileName=june.tsv',
): Promise<{ status: number; lines: Line[]; contentType: string | null }> {
  const response = await fetch(`${server.url}/imports/amazon-returns?${query}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'text/tab-separated-values' },
    body,
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type');
  if (!contentType?.startsWith('application/x-ndjson')) {
    return { status: response.status, lines: [JSON.parse(text) as Line], contentType };
  }
  return {
    status: response.status,
    contentType,
    lines: text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Line),
  };
}

describe('POST /imports/amazon-returns and GET /exports/amazon-returns.tsv', () => {
  test('a SUPPORT user uploads a report and reads progress, per-row problems and the result as NDJSON', async () => {
    const support = await server.signIn('http-support@rebound.test');
    const body = tsv(FLAT_COLUMNS, [
      flatRow({ 'Amazon RMA ID': 'H-1', 'Order ID': '114-3000001-0000001' }),
      flatRow({
        'Amazon RMA ID': 'H-2',
        'Order ID': '114-3000002-0000001',
        'Merchant SKU': 'NOPE',
      }),
    ]);
    const { status, lines } = await upload(support.headers, body);
    expect(status).toBe(200);
    expect(lines.map((line) => line.type)).toEqual(['problem', 'progress', 'done']);
    expect(lines[0]).toEqual({
      type: 'problem',
      line: 3,
      column: 'Merchant SKU',
      reason: 'is not a known SKU (NOPE)',
    });
    expect(lines[2]).toMatchObject({
      type: 'done',
      counts: { rowsRead: 2, returnsCreated: 1, rowsRefused: 1 },
    });
    const [run] = await database.dataSource.query<
      { file_name: string; source: string; status: string }[]
    >(`SELECT file_name, source, status FROM amazon_import_runs WHERE id = $1`, [lines[2]?.runId]);
    expect(run).toEqual({ file_name: 'june.tsv', source: 'HTTP', status: 'FINISHED' });

    const exported = await fetch(`${server.url}/exports/amazon-returns.tsv`, {
      headers: support.headers,
    });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain('text/tab-separated-values');
    const rows = (await exported.text()).trimEnd().split('\n');
    expect(rows[0]).toBe(FLAT_COLUMNS.join('\t'));
    expect(rows[1]?.split('\t')[4]).toBe('H-1');
  });

  test('a file-level error ends the stream with a failed line', async () => {
    const support = await server.signIn('http-support@rebound.test');
    const { status, lines } = await upload(support.headers, 'Order ID\tsomething\n1\t2\n');
    expect(status).toBe(200);
    expect(lines.at(-1)).toMatchObject({ type: 'failed', code: 'BAD_REPORT_FILE' });
  });

  test('anonymous callers get 401, other roles 403, bad parameters 400', async () => {
    const finance = await server.signIn('http-finance@rebound.test');
    const support = await server.signIn('http-support@rebound.test');
    expect((await upload({}, 'x')).status).toBe(401);
    const forbidden = await upload(finance.headers, 'x');
    expect(forbidden.status).toBe(403);
    expect(forbidden.lines[0]).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await upload(support.headers, 'x', 'kind=csv')).status).toBe(400);
    expect((await fetch(`${server.url}/exports/amazon-returns.tsv`)).status).toBe(401);
    expect(
      (await fetch(`${server.url}/exports/amazon-returns.tsv`, { headers: finance.headers }))
        .status,
    ).toBe(403);
  });

  test('past runs and the rows flagged for review can be queried over GraphQL', async () => {
    const support = await server.signIn('http-support@rebound.test');
    const { lines } = await upload(
      support.headers,
      tsv(FLAT_COLUMNS, [
        flatRow({
          'Amazon RMA ID': 'H-ODD',
          'Order ID': '114-3000009-0000001',
          'Return Reason': 'Bought by my cat',
        }),
      ]),
      'kind=flat&fileName=odd.tsv',
    );
    const runId = lines.at(-1)?.runId;
    const data = await support.data<{
      amazonImportRuns: {
        nodes: {
          id: string;
          fileName: string;
          status: string;
          counts: { rowsRead: number; rowsFlagged: number };
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      amazonReturnsToReview: {
        nodes: {
          returnKey: string;
          reportReason: string;
          provisionalReasonCode: string;
          rmaNumber: string;
        }[];
      };
    }>(`{
      amazonImportRuns(first: 1) {
        nodes { id fileName status counts { rowsRead rowsFlagged } problems { line column reason } }
        pageInfo { hasNextPage endCursor }
      }
      amazonReturnsToReview { nodes { returnKey reportReason provisionalReasonCode rmaNumber } }
    }`);
    expect(data.amazonImportRuns.nodes).toEqual([
      {
        id: runId,
        fileName: 'odd.tsv',
        status: 'FINISHED',
        counts: { rowsRead: 1, rowsFlagged: 1 },
        problems: [],
      },
    ]);
    expect(data.amazonImportRuns.pageInfo.hasNextPage).toBe(true);
    expect(data.amazonReturnsToReview.nodes).toEqual([
      expect.objectContaining({
        returnKey: 'H-ODD',
        reportReason: 'Bought by my cat',
        provisionalReasonCode: 'NOT_AS_DESCRIBED',
      }),
    ]);
    const next = await support.data<{ amazonImportRuns: { nodes: { id: string }[] } }>(
      `query($after: String) { amazonImportRuns(first: 100, after: $after) { nodes { id } } }`,
      { after: data.amazonImportRuns.pageInfo.endCursor },
    );
    expect(next.amazonImportRuns.nodes.map((run) => run.id)).not.toContain(runId);
    expect(next.amazonImportRuns.nodes.length).toBeGreaterThan(0);
  });
});
