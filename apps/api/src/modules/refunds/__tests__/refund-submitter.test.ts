import { countStatements, isCredentialLookup } from '../../../testing/statement-counter';
import { SUBMIT_REFUND } from './refund-documents';
import {
  refundOf,
  startRefundsWorld,
  stopRefundsWorld,
  type RefundsWorld,
} from './refund-fixtures';

let refunds: RefundsWorld | undefined;

beforeAll(async () => {
  refunds = await startRefundsWorld();
});

afterAll(async () => {
  await stopRefundsWorld(refunds);
});

function world(): RefundsWorld {
  if (refunds === undefined) throw new Error('the refunds world did not start');
  return refunds;
}

interface Submitter {
  id: string;
  displayName: string;
  email: string;
  roles: string[];
}

interface QueueWithSubmitters {
  approvalQueue: {
    nodes: { refund: { id: string; submittedById: string; submittedBy: Submitter | null } }[];
  };
}

const queue = (withSubmitter: boolean): string => `{
  approvalQueue(first: 100) { nodes { refund { id submittedById ${
    withSubmitter ? 'submittedBy { id displayName email roles }' : ''
  } } } } }`;

/** The statements of one request as FINANCE, without the credential lookup. */
async function queueStatements(
  document: string,
): Promise<{ data: QueueWithSubmitters; count: number }> {
  const { result, statements } = await countStatements(world().database.dataSource, () =>
    world().team.finance2.data<QueueWithSubmitters>(document),
  );
  return { data: result, count: statements.filter((s) => !isCredentialLookup(s)).length };
}

test('Refund.submittedBy is the submitting user; null for a DRAFT', async () => {
  const draft = await refundOf(world(), 50_100);
  const read = await world().team.finance.data<{
    refund: { submittedBy: Submitter | null };
  }>('query($id: ID!) { refund(id: $id) { submittedBy { id displayName } } }', { id: draft.id });
  expect(read.refund.submittedBy).toBeNull();

  await world().team.financeSupport.data(SUBMIT_REFUND, { input: { id: draft.id } });
  const submitted = await world().team.support.data<{
    refund: { submittedBy: Submitter | null };
  }>('query($id: ID!) { refund(id: $id) { submittedBy { id displayName roles } } }', {
    id: draft.id,
  });
  expect(submitted.refund.submittedBy).toEqual({
    id: world().team.financeSupportId,
    displayName: expect.stringMatching(/^refunds-finance-support-/) as unknown,
    roles: ['FINANCE', 'SUPPORT'],
  });
});

test('submittedBy on a page of the approval queue costs one statement, whatever the number of refunds and submitters', async () => {
  const submitters = [world().team.finance, world().team.financeSupport, world().team.admin];
  for (const [index, client] of [...submitters, ...submitters].entries()) {
    const draft = await refundOf(world(), 60_000 + index);
    await client.data(SUBMIT_REFUND, { input: { id: draft.id } });
  }

  const without = await queueStatements(queue(false));
  const withSubmitter = await queueStatements(queue(true));

  const nodes = withSubmitter.data.approvalQueue.nodes;
  expect(nodes.length).toBeGreaterThanOrEqual(6);
  expect(withSubmitter.count).toBe(without.count + 1);
  for (const { refund } of nodes) {
    expect(refund.submittedBy?.id).toBe(refund.submittedById);
  }
  expect(new Set(nodes.map(({ refund }) => refund.submittedBy?.displayName)).size).toBe(3);
});
