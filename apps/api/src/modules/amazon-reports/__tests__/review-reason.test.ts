import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../../context';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import { amazonImportContext } from '../import-context';
import { importAmazonReport, type ImportResult } from '../import-report';
import { FLAT_COLUMNS } from '../report-columns';
import { createAmazonCatalog, flatRow, streamOf, tsv, type FlatRow } from './report-files';

let database: TestDatabase;
let dataSource: DataSource;
let server: TestServer;
let admin: AuthenticatedUser;
let support: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = database.dataSource;
  await createAmazonCatalog(dataSource);
  const user = await createTestUser(dataSource, 'review-admin', ['ADMIN']);
  admin = { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles };
  await createTestUser(dataSource, 'review-support', ['SUPPORT']);
  server = await startTestServer(database);
  support = await server.signIn('review-support@rebound.test');
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

async function importFlat(rows: FlatRow[]): Promise<ImportResult> {
  return importAmazonReport(
    amazonImportContext(dataSource, admin),
    streamOf(tsv(FLAT_COLUMNS, rows)),
    { kind: 'FLAT', channel: 'AMAZON_US', fileName: 'review.tsv', source: 'CLI' },
  );
}

const TO_REVIEW = `query ToReview { amazonReturnsToReview(first: 100) { nodes {
  returnId returnLineId returnStatus rmaNumber returnKey skuCode reportReason provisionalReasonCode } } }`;

const REVIEW = `mutation Review($input: ReviewAmazonReturnReasonInput!) {
  reviewAmazonReturnReason(input: $input) {
    returnId rmaNumber returnLineId reportReason reasonCode mappingRemembered } }`;

interface ToReview {
  returnId: string;
  returnLineId: string;
  returnStatus: string;
  returnKey: string;
  reportReason: string;
}

async function flagged(): Promise<ToReview[]> {
  const data = await support.data<{ amazonReturnsToReview: { nodes: ToReview[] } }>(TO_REVIEW);
  return data.amazonReturnsToReview.nodes;
}

async function lineOf(returnKey: string): Promise<{ reason_code: string; needs_review: boolean }> {
  const [row] = await dataSource.query<{ reason_code: string; needs_review: boolean }[]>(
    `SELECT rl.reason_code, ar.needs_review FROM amazon_report_rows ar
     JOIN return_lines rl ON rl.id = ar.return_line_id WHERE ar.return_key = $1`,
    [returnKey],
  );
  if (row === undefined) throw new Error(`no report row ${returnKey}`);
  return row;
}

const file = [
  flatRow({
    'Order ID': '114-8000001-0000001',
    'Amazon RMA ID': 'R-1',
    'Return Reason': 'Smells funny',
  }),
  flatRow({
    'Order ID': '114-8000002-0000001',
    'Amazon RMA ID': 'R-2',
    'Return Reason': 'Smells funny',
  }),
  flatRow({
    'Order ID': '114-8000003-0000001',
    'Amazon RMA ID': 'R-3',
    'Return Reason': 'Colour is off',
  }),
];

describe('reviewAmazonReturnReason', () => {
  test('sets the real reason, clears the flag, writes one audit event and a timeline entry; remembered texts map later imports', async () => {
    const imported = await importFlat(file);
    expect(imported.counts).toMatchObject({ rowsFlagged: 3 });
    const [first] = (await flagged()).filter((line) => line.returnKey === 'R-1');
    if (first === undefined) throw new Error('R-1 is not listed for review');
    expect(first).toMatchObject({ returnStatus: 'AUTHORIZED', reportReason: 'Smells funny' });

    const reviewed = await support.data<{ reviewAmazonReturnReason: Record<string, unknown> }>(
      REVIEW,
      {
        input: {
          returnLineId: first.returnLineId,
          reasonCode: 'UNACCEPTABLE_CONDITION',
          rememberMapping: true,
        },
      },
    );
    expect(reviewed.reviewAmazonReturnReason).toMatchObject({
      returnId: first.returnId,
      returnLineId: first.returnLineId,
      reportReason: 'Smells funny',
      reasonCode: 'UNACCEPTABLE_CONDITION',
      mappingRemembered: true,
    });
    expect(await lineOf('R-1')).toEqual({
      reason_code: 'UNACCEPTABLE_CONDITION',
      needs_review: false,
    });
    expect((await flagged()).map((line) => line.returnKey).sort()).toEqual(['R-2', 'R-3']);

    const audits = await dataSource.query<{ outcome: string; target_id: string }[]>(
      `SELECT outcome, target_id FROM audit_events WHERE action = 'reviewAmazonReturnReason'`,
    );
    expect(audits).toEqual([{ outcome: 'SUCCEEDED', target_id: first.returnId }]);
    const timeline = await dataSource.query<{ details: Record<string, unknown> }[]>(
      `SELECT details FROM return_events WHERE return_id = $1 AND kind = 'reasonReviewed'`,
      [first.returnId],
    );
    expect(timeline).toHaveLength(1);
    expect(timeline[0]?.details).toMatchObject({
      reportReason: 'Smells funny',
      provisionalReasonCode: 'NOT_AS_DESCRIBED',
      reasonCode: 'UNACCEPTABLE_CONDITION',
      mappingRemembered: true,
    });

    // The same file again: nothing changed, and the review stands.
    const repeat = await importFlat(file);
    expect(repeat.counts).toMatchObject({ rowsUnchanged: 3, rowsFlagged: 2 });
    expect(await lineOf('R-1')).toEqual({
      reason_code: 'UNACCEPTABLE_CONDITION',
      needs_review: false,
    });
    // R-2 changes status in a later report: the remembered text maps it now.
    // A new RMA with the same text, written differently, is mapped on import.
    const later = await importFlat([
      flatRow({
        'Order ID': '114-8000002-0000001',
        'Amazon RMA ID': 'R-2',
        'Return Reason': 'Smells funny',
        'Tracking ID': '1ZREVIEW2',
      }),
      flatRow({
        'Order ID': '114-8000004-0000001',
        'Amazon RMA ID': 'R-4',
        'Return Reason': 'smells  FUNNY!',
      }),
    ]);
    expect(later.counts).toMatchObject({ rowsFlagged: 0, rowsUpdated: 1, returnsCreated: 1 });
    expect(await lineOf('R-2')).toEqual({
      reason_code: 'UNACCEPTABLE_CONDITION',
      needs_review: false,
    });
    expect(await lineOf('R-4')).toEqual({
      reason_code: 'UNACCEPTABLE_CONDITION',
      needs_review: false,
    });
    expect((await flagged()).map((line) => line.returnKey)).toEqual(['R-3']);
  });

  test('a line that is not flagged is refused with CONFLICT, and the refusal is audited as FAILED', async () => {
    const [row] = await dataSource.query<{ return_line_id: string }[]>(
      `SELECT return_line_id FROM amazon_report_rows WHERE return_key = 'R-1'`,
    );
    const response = await support.gql(REVIEW, {
      input: { returnLineId: row?.return_line_id, reasonCode: 'DEFECTIVE' },
    });
    expect(response.json.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(response.json.errors?.[0]?.message).toMatch(/is not flagged for review/);
    expect(await lineOf('R-1')).toEqual({
      reason_code: 'UNACCEPTABLE_CONDITION',
      needs_review: false,
    });
    const failed = await dataSource.query<{ error_code: string }[]>(
      `SELECT error_code FROM audit_events WHERE action = 'reviewAmazonReturnReason' AND outcome = 'FAILED'`,
    );
    expect(failed).toEqual([{ error_code: 'CONFLICT' }]);
  });

  test('a completed or refunded return is refused with INVALID_TRANSITION and keeps its flag; an unknown line is NOT_FOUND', async () => {
    const [line] = (await flagged()).filter((candidate) => candidate.returnKey === 'R-3');
    if (line === undefined) throw new Error('R-3 is not listed for review');
    await dataSource.query(`UPDATE returns SET status = 'COMPLETED' WHERE id = $1`, [
      line.returnId,
    ]);
    const response = await support.gql(REVIEW, {
      input: { returnLineId: line.returnLineId, reasonCode: 'WRONG_ITEM' },
    });
    expect(response.json.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'COMPLETED',
      event: 'reviewReason',
    });
    expect(await lineOf('R-3')).toEqual({ reason_code: 'NOT_AS_DESCRIBED', needs_review: true });

    // Refunded (an issued refund) while still RECEIVED: refused the same way.
    await importFlat([
      flatRow({
        'Order ID': '114-8000005-0000001',
        'Amazon RMA ID': 'R-5',
        'Return Reason': 'Colour is off',
      }),
    ]);
    const [refunded] = (await flagged()).filter((candidate) => candidate.returnKey === 'R-5');
    if (refunded === undefined) throw new Error('R-5 is not listed for review');
    await dataSource.query(
      `INSERT INTO refunds (return_id, order_id, status, currency, total_minor, breakdown, created_by_id, issued_at, version)
       SELECT r.id, r.order_id, 'ISSUED', 'USD', 100, '{}'::jsonb, $2, now(), 1 FROM returns r WHERE r.id = $1`,
      [refunded.returnId, admin.id],
    );
    const afterRefund = await support.gql(REVIEW, {
      input: { returnLineId: refunded.returnLineId, reasonCode: 'WRONG_ITEM' },
    });
    expect(afterRefund.json.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect(afterRefund.json.errors?.[0]?.message).toMatch(/already refunded/);
    expect(await lineOf('R-5')).toEqual({ reason_code: 'NOT_AS_DESCRIBED', needs_review: true });

    const unknown = await support.gql(REVIEW, {
      input: { returnLineId: '00000000-0000-4000-8000-000000000000', reasonCode: 'WRONG_ITEM' },
    });
    expect(unknown.json.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
