import { request, type APIRequestContext } from 'playwright-core';
import { consoleUrl } from './browser';
import { DEMO_PASSWORD } from './sign-in-form';

interface GraphqlAnswer {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly {
    readonly message: string;
    readonly extensions?: { readonly code?: string };
  }[];
}

/** One GraphQL call through the console's proxy, with whatever session the context holds. */
export async function graphqlCall(
  api: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlAnswer> {
  const response = await api.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  });
  return (await response.json()) as GraphqlAnswer;
}

/** A cookie jar signed in as `email`, for setting data up as another user than the page's. */
export async function signedInApi(email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: consoleUrl() });
  const answer = await graphqlCall(
    api,
    'mutation SignIn($input: SignInInput!) { signIn(input: $input) { expiresAt } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  if (answer.errors !== undefined)
    throw new Error(`sign-in as ${email}: ${answer.errors[0]?.message ?? ''}`);
  return api;
}

function idsOf(answer: GraphqlAnswer): string[] {
  const returns = answer.data?.returns as { nodes?: { id: string }[] } | undefined;
  return (returns?.nodes ?? []).map((node) => node.id);
}

/**
 * The demo data has no refunds yet: refunds every INSPECTED return as two finance users would
 * (create and submit as one, approve a large one as the other, issue), so that the finance
 * reports, supplier claims and balances have something to show. Returns what was issued.
 */
export async function issueDemoRefunds(submitter: string, approver: string): Promise<number> {
  const finance = await signedInApi(submitter);
  const second = await signedInApi(approver);
  try {
    const inspected = idsOf(
      await graphqlCall(
        finance,
        '{ returns(filter: { status: [INSPECTED] }, first: 20) { nodes { id } } }',
      ),
    );
    let issued = 0;
    for (const returnId of inspected) {
      const created = await graphqlCall(
        finance,
        'mutation ($input: CreateRefundInput!) { createRefund(input: $input) { id } }',
        { input: { returnId } },
      );
      const refundId = (created.data?.createRefund as { id?: string } | undefined)?.id;
      if (refundId === undefined) continue;
      const submitted = await graphqlCall(
        finance,
        'mutation ($input: SubmitRefundInput!) { submitRefund(input: $input) { status } }',
        { input: { id: refundId } },
      );
      const status = (submitted.data?.submitRefund as { status?: string } | undefined)?.status;
      if (status === 'PENDING_APPROVAL') {
        await graphqlCall(
          second,
          'mutation ($input: ApproveRefundInput!) { approveRefund(input: $input) { status } }',
          { input: { id: refundId } },
        );
      }
      const answer = await graphqlCall(
        finance,
        'mutation ($input: IssueRefundInput!) { issueRefund(input: $input) { refund { status } } }',
        { input: { id: refundId, idempotencyKey: `e2e-tour-${refundId}` } },
      );
      const payload = answer.data?.issueRefund as { refund?: { status?: string } } | undefined;
      if (payload?.refund?.status === 'ISSUED') issued += 1;
    }
    return issued;
  } finally {
    await finance.dispose();
    await second.dispose();
  }
}
