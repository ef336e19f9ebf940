import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import { createLabelWorld, type LabelWorld } from './label-fixtures';

/** A test database and server with the label fixtures and one signed-in client per role. */
export interface LabelTestbed {
  database: TestDatabase;
  server: TestServer;
  world: LabelWorld;
  support: TestClient;
  warehouse: TestClient;
  finance: TestClient;
  close(): Promise<void>;
}

export async function startLabelTestbed(): Promise<LabelTestbed> {
  const database = await createTestDatabase();
  const server = await startTestServer(database);
  const supportUser = await createTestUser(database.dataSource, 'support', ['SUPPORT']);
  await createTestUser(database.dataSource, 'warehouse', ['WAREHOUSE']);
  await createTestUser(database.dataSource, 'finance', ['FINANCE']);
  return {
    database,
    server,
    world: await createLabelWorld(database.dataSource, supportUser),
    support: await server.signIn('support@rebound.test'),
    warehouse: await server.signIn('warehouse@rebound.test'),
    finance: await server.signIn('finance@rebound.test'),
    close: async () => {
      await server.close();
      await database.drop();
    },
  };
}

export const LABEL_FIELDS = `
  id returnId carrier service trackingNumber payer issuedAt expiresAt downloadUrl
  cost { amount currency }
  shipTo { name addressLine1 addressLine2 city region postalCode countryCode }`;

export const ISSUE_LABEL = `
  mutation Issue($input: IssueReturnLabelInput!) {
    issueReturnLabel(input: $input) { returnStatus label { ${LABEL_FIELDS} } }
  }`;

export const RECORD_SCAN = `
  mutation Scan($input: RecordCarrierScanInput!) {
    recordCarrierScan(input: $input) {
      returnStatus
      scan { id labelId carrier trackingNumber event location scannedAt }
    }
  }`;

/** The label fields as the API answers them. */
export interface LabelAnswer {
  id: string;
  returnId: string;
  carrier: string;
  service: string;
  trackingNumber: string;
  payer: string;
  issuedAt: string;
  expiresAt: string;
  downloadUrl: string;
  cost: { amount: number; currency: string };
  shipTo: {
    name: string;
    addressLine1: string;
    addressLine2: string | null;
    city: string;
    region: string | null;
    postalCode: string;
    countryCode: string;
  };
}

export interface IssueAnswer {
  issueReturnLabel: { returnStatus: string; label: LabelAnswer };
}

/** Issues a label as support and returns it. */
export async function issueLabel(
  support: TestClient,
  returnId: string,
  extra: Record<string, unknown> = {},
): Promise<LabelAnswer> {
  const answer = await support.data<IssueAnswer>(ISSUE_LABEL, {
    input: { id: returnId, ...extra },
  });
  return answer.issueReturnLabel.label;
}
