import { createTestDatabase, type TestDatabase } from '../../../../testing/test-database';
import {
  startTestServer,
  type GraphQLResponse,
  type TestClient,
  type TestServer,
} from '../../../../testing/test-server';
import { createTestUser } from '../../../../testing/test-users';
import type { RefundGateway } from '../refund-gateway';
import { setRefundGateway } from '../refund-gateway.registry';
import { createIssueWorld, type IssueWorld } from './issue-world';
import { ScriptedRefundGateway } from './scripted-refund-gateway';

/** A database, a server, the fixtures world, a scripted gateway and the finance desk's clients. */
export interface IssueTestbed {
  database: TestDatabase;
  server: TestServer;
  world: IssueWorld;
  gateway: ScriptedRefundGateway;
  /** A FINANCE user who neither submitted nor approved the fixture refunds. */
  finance: TestClient;
  admin: TestClient;
  support: TestClient;
  close(): Promise<void>;
}

export async function startIssueTestbed(): Promise<IssueTestbed> {
  const database = await createTestDatabase();
  const server = await startTestServer(database);
  const gateway = new ScriptedRefundGateway();
  const previous: RefundGateway = setRefundGateway(gateway);
  await createTestUser(database.dataSource, 'issuer', ['FINANCE']);
  await createTestUser(database.dataSource, 'admin', ['ADMIN']);
  await createTestUser(database.dataSource, 'support', ['SUPPORT']);
  return {
    database,
    server,
    world: await createIssueWorld(database.dataSource),
    gateway,
    finance: await server.signIn('issuer@rebound.test'),
    admin: await server.signIn('admin@rebound.test'),
    support: await server.signIn('support@rebound.test'),
    close: async () => {
      setRefundGateway(previous);
      await server.close();
      await database.drop();
    },
  };
}

export const REFUND_FIELDS = `
  id status returnId rmaNumber externalReference failureReason issuedAt version updatedAt returnless
  total { amount currency }
  approvals { approverId amount voidedAt }`;

export const ISSUE_REFUND = `
  mutation Issue($input: IssueRefundInput!) {
    issueRefund(input: $input) { replayed refund { ${REFUND_FIELDS} } }
  }`;

export const RETRY_REFUND = `
  mutation Retry($input: RetryRefundInput!) { retryRefund(input: $input) { ${REFUND_FIELDS} } }`;

/** The refund as issueRefund answers it. */
export interface RefundAnswer {
  id: string;
  status: string;
  returnId: string;
  rmaNumber: string;
  externalReference: string | null;
  failureReason: string | null;
  issuedAt: string | null;
  version: number;
  updatedAt: string;
  returnless: boolean;
  total: { amount: number; currency: string };
  approvals: { approverId: string; amount: number; voidedAt: string | null }[];
}

export interface IssueAnswer {
  issueRefund: { replayed: boolean; refund: RefundAnswer };
}

/** Calls issueRefund and gives the raw response (data and errors). */
export function issue(
  client: TestClient,
  id: string,
  idempotencyKey: string,
): Promise<GraphQLResponse> {
  return client.gql(ISSUE_REFUND, { input: { id, idempotencyKey } });
}

/** Calls issueRefund and fails the test on any error. */
export async function issueOk(
  client: TestClient,
  id: string,
  idempotencyKey: string,
): Promise<IssueAnswer['issueRefund']> {
  return (await client.data<IssueAnswer>(ISSUE_REFUND, { input: { id, idempotencyKey } }))
    .issueRefund;
}

/** The error codes of a response. */
export const codesOf = (response: GraphQLResponse): unknown[] =>
  (response.json.errors ?? []).map((error) => error.extensions?.code);

/** A fresh idempotency key. */
let keys = 0;
export const newKey = (label = 'issue'): string =>
  `${label}-${process.pid}-${(keys += 1)}-${Date.now()}`;

/** Status, version, reference and failure of a refund as stored. */
export async function storedRefund(
  testbed: IssueTestbed,
  id: string,
): Promise<{
  status: string;
  version: number;
  externalReference: string | null;
  failureReason: string | null;
}> {
  const [row] = await testbed.database.dataSource.query<
    {
      status: string;
      version: number;
      externalReference: string | null;
      failureReason: string | null;
    }[]
  >(
    `SELECT status, version, external_reference AS "externalReference", failure_reason AS "failureReason"
       FROM refunds WHERE id = $1`,
    [id],
  );
  if (row === undefined) throw new Error(`no refund ${id}`);
  return row;
}

/** Status and resolution of a return as stored. */
export async function storedReturn(
  testbed: IssueTestbed,
  id: string,
): Promise<{
  status: string;
  resolution: string | null;
  returnless: boolean;
  completedAt: Date | null;
}> {
  const [row] = await testbed.database.dataSource.query<
    { status: string; resolution: string | null; returnless: boolean; completedAt: Date | null }[]
  >(
    `SELECT status, resolution, returnless, completed_at AS "completedAt" FROM returns WHERE id = $1`,
    [id],
  );
  if (row === undefined) throw new Error(`no return ${id}`);
  return row;
}

/** Row counts of every table issuing writes, to prove that a refusal changed nothing. */
export async function issueTableCounts(testbed: IssueTestbed): Promise<Record<string, number>> {
  const rows = await testbed.database.dataSource.query<{ name: string; count: number }[]>(`
    SELECT 'idempotency_keys' AS name, count(*)::int AS count FROM idempotency_keys
    UNION ALL SELECT 'supplier_claims', count(*)::int FROM supplier_claims
    UNION ALL SELECT 'stock_movements', count(*)::int FROM stock_movements
    UNION ALL SELECT 'return_events', count(*)::int FROM return_events
    UNION ALL SELECT 'issued_refunds', count(*)::int FROM refunds WHERE status IN ('ISSUED', 'FAILED')`);
  return Object.fromEntries(rows.map((row) => [row.name, row.count]));
}
