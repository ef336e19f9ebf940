import type { Role } from '@rebound/domain';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import type { SkuEntity } from '../../catalog/sku.entity';
import { OrderEntity } from '../../orders/order.entity';
import type { ReturnView } from '../../returns/__tests__/return-documents';
import {
  createOrder,
  createReturnsWorld,
  daysAgo,
  signInTeam,
  type ReturnsWorld,
} from '../../returns/__tests__/return-fixtures';
import { returnFlow, type Team } from '../../returns/__tests__/return-flow';
import { CREATE_REFUND, type RefundView } from './refund-documents';

/** The returns team plus finance people: two FINANCE users, one FINANCE+SUPPORT, an ADMIN. */
export interface RefundTeam extends Team {
  financeId: string;
  /** A second, independent FINANCE user. */
  finance2: TestClient;
  finance2Id: string;
  /** One person holding FINANCE and SUPPORT. */
  financeSupport: TestClient;
  financeSupportId: string;
  adminId: string;
}

export interface RefundsWorld {
  database: TestDatabase;
  server: TestServer;
  world: ReturnsWorld;
  team: RefundTeam;
  flow: ReturnType<typeof returnFlow>;
}

let sequence = 0;

async function person(
  database: TestDatabase,
  server: TestServer,
  roles: Role[],
): Promise<{ id: string; client: TestClient }> {
  const name = `refunds-${roles.join('-').toLowerCase()}-${process.pid}-${(sequence += 1)}`;
  const user = await createTestUser(database.dataSource, name, roles);
  return { id: user.id, client: await server.signIn(`${name}@rebound.test`) };
}

/** A migrated database, a server, the returns world and the people of a refunds test file. */
export async function startRefundsWorld(): Promise<RefundsWorld> {
  const database = await createTestDatabase();
  const server = await startTestServer(database);
  const world = await createReturnsWorld(database.dataSource);
  const base = await signInTeam(database, server);
  const finance = await person(database, server, ['FINANCE']);
  const finance2 = await person(database, server, ['FINANCE']);
  const financeSupport = await person(database, server, ['FINANCE', 'SUPPORT']);
  const admin = await person(database, server, ['ADMIN']);
  const team: RefundTeam = {
    ...base,
    finance: finance.client,
    financeId: finance.id,
    finance2: finance2.client,
    finance2Id: finance2.id,
    financeSupport: financeSupport.client,
    financeSupportId: financeSupport.id,
    admin: admin.client,
    adminId: admin.id,
  };
  return { database, server, world, team, flow: returnFlow(database, world, team) };
}

/** One order line of a scenario. */
export interface ScenarioOrderLine {
  sku?: SkuEntity;
  quantity: number;
  unitPriceMinor: number;
  taxMinor?: number;
  shippingMinor?: number;
}

/** One returned line: which order line, how many units, why, and what inspection found. */
export interface ScenarioReturnLine {
  line: number;
  units: number;
  reasonCode: string;
  grade: string;
  fault?: string;
}

/** A return to take through request → authorize → label → receive → inspect → complete. */
export interface Scenario {
  currency?: string;
  orderLines: ScenarioOrderLine[];
  returned: ScenarioReturnLine[];
  /** Label cost in minor units (the seller's prepaid label). */
  labelCostMinor?: number;
  /** The customer's own shipping receipt, recorded with the request. */
  customerShippingPaidMinor?: number;
  /** Delivered 60 days ago and accepted by a written override. */
  late?: boolean;
}

/** The order of a scenario, in its currency; returns the order id and its line ids. */
export async function scenarioOrder(
  refunds: RefundsWorld,
  scenario: Pick<Scenario, 'currency' | 'orderLines' | 'late'>,
): Promise<{ orderId: string; lineIds: string[] }> {
  const { database, world } = refunds;
  const { order, lines } = await createOrder(
    database.dataSource,
    world,
    daysAgo(scenario.late === true ? 60 : 5),
    scenario.orderLines.map((line) => ({ ...line, sku: line.sku ?? world.headphones })),
  );
  if (scenario.currency !== undefined && scenario.currency !== 'USD') {
    await database.dataSource
      .getRepository(OrderEntity)
      .update({ id: order.id }, { currency: scenario.currency });
  }
  return { orderId: order.id, lineIds: lines.map((line) => line.id) };
}

/** Takes a scenario's return to INSPECTED through the API and returns it. */
export async function inspectedReturn(
  refunds: RefundsWorld,
  scenario: Scenario,
): Promise<ReturnView> {
  const { team, flow } = refunds;
  const currency = scenario.currency ?? 'USD';
  const { orderId, lineIds } = await scenarioOrder(refunds, scenario);
  const requested = await flow.request({
    orderId,
    lines: scenario.returned.map((returned) => ({
      orderLineId: lineIds[returned.line],
      quantity: returned.units,
      reasonCode: returned.reasonCode,
    })),
    ...(scenario.late === true ? { overrideReason: 'Customer was abroad for two months' } : {}),
    ...(scenario.customerShippingPaidMinor === undefined
      ? {}
      : { customerShippingPaid: { amount: scenario.customerShippingPaidMinor, currency } }),
  });
  await flow.authorize(requested.id);
  await team.support.data(
    'mutation($id: ID!, $cost: Int) { issueReturnLabel(input: { id: $id, costMinor: $cost }) { returnStatus } }',
    { id: requested.id, cost: scenario.labelCostMinor ?? 650 },
  );
  const received = await flow.receive(requested.id);
  for (const returned of scenario.returned) {
    const line = received.lines.find(
      (candidate) => candidate.orderLineId === lineIds[returned.line],
    );
    if (line === undefined) throw new Error(`no return line for order line ${returned.line}`);
    await flow.inspect(
      line.id,
      returned.grade,
      returned.fault === undefined ? {} : { fault: returned.fault },
    );
  }
  return flow.complete(requested.id);
}

/** createRefund through the API (as FINANCE unless another client is given). */
export async function createRefundFor(
  refunds: RefundsWorld,
  returnId: string,
  client: TestClient = refunds.team.finance,
): Promise<RefundView> {
  return (await client.data<{ createRefund: RefundView }>(CREATE_REFUND, { input: { returnId } }))
    .createRefund;
}

/** A supplier-fault return of one unit priced `amount` (no tax, shipping or fees): refunds exactly `amount`. */
export async function refundOf(refunds: RefundsWorld, amount: number): Promise<RefundView> {
  const rma = await inspectedReturn(refunds, {
    orderLines: [{ quantity: 1, unitPriceMinor: amount }],
    returned: [{ line: 0, units: 1, reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' }],
  });
  return createRefundFor(refunds, rma.id);
}

/** Row counts of the refund tables, for "nothing changed" assertions. */
export async function refundTableCounts(refunds: RefundsWorld): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['refunds', 'refund_lines', 'refund_approvals']) {
    const [row] = await refunds.database.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM ${table}`,
    );
    counts[table] = row?.count ?? -1;
  }
  return counts;
}

/** The error codes a call got (empty when it succeeded). */
export async function codesOf(
  client: TestClient,
  document: string,
  variables: Record<string, unknown>,
): Promise<string[]> {
  const { json } = await client.gql(document, variables);
  return (json.errors ?? []).map((error) => String(error.extensions?.code));
}

export async function stopRefundsWorld(refunds: RefundsWorld | undefined): Promise<void> {
  if (refunds === undefined) return;
  await refunds.server.close();
  await refunds.database.drop();
}
