import path from 'node:path';
import type { APIRequestContext, Browser, Locator, Page, Request } from 'playwright-core';
import { launchChromium, openConsoleTab, screenshot, type ConsoleTab } from './support/browser';
import { graphqlCall, signedInApi } from './support/graphql-request';
import { SCREENSHOTS_DIR } from './support/paths';
import { DEMO_USERS, settled, signInAs } from './support/sign-in-as';

/**
 * The decisions the walkthrough does not take: a late request authorized by override, a
 * request rejected, one cancelled, inspected returns resolved by replacement and by decline,
 * a refund lowered after approval (its approval voided, approved again), and a refund rejected
 * while a colleague still had it open. Data is set up through the API as the integrations
 * would; every decision is taken in the browser.
 */

const SECOND_FINANCE = 'finance2@harborpine.test';
/** Large refunds (two-person rule) start at 500.00 in the demo policy. */
const LARGE_REFUND_MINOR = 50_000;

// ---- Setting data up through the API ----------------------------------------------------

interface OrderRow {
  id: string;
  deliveredAt: string | null;
  lines: { id: string; returnableQuantity: number; unitPrice: number }[];
}

async function call<Data>(
  api: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const answer = await graphqlCall(api, query, variables);
  if (answer.errors !== undefined || answer.data === undefined || answer.data === null) {
    const error = answer.errors?.[0];
    throw new Error(`${error?.extensions?.code ?? 'NO_DATA'}: ${error?.message ?? query}`);
  }
  return answer.data as Data;
}

async function deliveredOrders(api: APIRequestContext): Promise<OrderRow[]> {
  const data = await call<{ orders: { nodes: OrderRow[] } }>(
    api,
    '{ orders(first: 100) { nodes { id deliveredAt lines { id returnableQuantity unitPrice } } } }',
  );
  return data.orders.nodes.filter(
    (order) =>
      order.deliveredAt !== null && order.lines.some((line) => line.returnableQuantity > 0),
  );
}

const orderValue = (order: OrderRow): number =>
  order.lines.reduce((sum, line) => sum + line.returnableQuantity * line.unitPrice, 0);

interface Requested {
  readonly id: string;
  readonly rmaNumber: string;
}

const REQUEST_RETURN = `mutation Request($input: RequestReturnInput!) {
  requestReturn(input: $input) { id rmaNumber } }`;

/**
 * A customer's request for every returnable unit of an order, reported defective. `late`:
 * the first order past its window (the API refuses it with RETURN_WINDOW_EXPIRED until a
 * written override comes with it); else the first order in time, most valuable first.
 */
async function requestReturn(
  api: APIRequestContext,
  options: { readonly late?: boolean; readonly minValue?: number } = {},
): Promise<Requested> {
  const orders = (await deliveredOrders(api))
    .filter((order) => orderValue(order) >= (options.minValue ?? 0))
    .sort((a, b) =>
      options.late === true
        ? (a.deliveredAt ?? '').localeCompare(b.deliveredAt ?? '')
        : orderValue(b) - orderValue(a),
    );
  for (const order of orders) {
    const input = {
      orderId: order.id,
      lines: order.lines
        .filter((line) => line.returnableQuantity > 0)
        .map((line) => ({
          orderLineId: line.id,
          quantity: line.returnableQuantity,
          reasonCode: 'DEFECTIVE',
          customerComment: 'Stopped working after two days.',
        })),
    };
    const answer = await graphqlCall(api, REQUEST_RETURN, { input });
    const code = answer.errors?.[0]?.extensions?.code;
    if (options.late !== true) {
      if (answer.errors === undefined)
        return (answer.data as { requestReturn: Requested }).requestReturn;
      continue;
    }
    if (code !== 'RETURN_WINDOW_EXPIRED') continue;
    const late = await call<{ requestReturn: Requested }>(api, REQUEST_RETURN, {
      input: { ...input, overrideReason: 'Customer was in hospital for the whole window.' },
    });
    return late.requestReturn;
  }
  throw new Error(`the demo data has no order for ${JSON.stringify(options)}`);
}

/** Authorize, label, receive, grade every line DEFECTIVE, complete: the return is INSPECTED. */
async function inspectedReturn(
  support: APIRequestContext,
  warehouse: APIRequestContext,
  minValue = 0,
): Promise<Requested> {
  const rma = await requestReturn(support, { minValue });
  const input = { id: rma.id };
  await call(
    support,
    'mutation($input: AuthorizeReturnInput!) { authorizeReturn(input: $input) { id } }',
    { input },
  );
  await call(
    support,
    'mutation($input: IssueReturnLabelInput!) { issueReturnLabel(input: $input) { returnStatus } }',
    { input: { id: rma.id, carrier: 'UPS' } },
  );
  await call(
    warehouse,
    'mutation($input: ReceiveReturnInput!) { receiveReturn(input: $input) { id } }',
    { input },
  );
  const read = await call<{ return: { lines: { id: string }[] } }>(
    warehouse,
    'query($id: ID!) { return(id: $id) { lines { id } } }',
    { id: rma.id },
  );
  for (const line of read.return.lines) {
    await call(
      warehouse,
      'mutation($input: InspectReturnLineInput!) { inspectReturnLine(input: $input) { id } }',
      { input: { returnLineId: line.id, grade: 'DEFECTIVE' } },
    );
  }
  await call(
    warehouse,
    'mutation($input: CompleteInspectionInput!) { completeInspection(input: $input) { id } }',
    { input },
  );
  return rma;
}

/** A large refund created and submitted by `submitter`; approved by `approver` when given. */
async function largeRefund(
  submitter: APIRequestContext,
  approver: APIRequestContext | null,
  returnId: string,
): Promise<{ id: string; total: number }> {
  const created = await call<{ createRefund: { id: string; total: { amount: number } } }>(
    submitter,
    'mutation($input: CreateRefundInput!) { createRefund(input: $input) { id total { amount } } }',
    { input: { returnId } },
  );
  const { id } = created.createRefund;
  expect(created.createRefund.total.amount).toBeGreaterThanOrEqual(LARGE_REFUND_MINOR);
  await call(
    submitter,
    'mutation($input: SubmitRefundInput!) { submitRefund(input: $input) { status } }',
    {
      input: { id },
    },
  );
  if (approver !== null) {
    await call(
      approver,
      'mutation($input: ApproveRefundInput!) { approveRefund(input: $input) { status } }',
      {
        input: { id },
      },
    );
  }
  return { id, total: created.createRefund.total.amount };
}

// ---- Reading the page --------------------------------------------------------------------

/** A full-page screenshot from the top, so the sticky header is drawn where it belongs. */
async function shot(page: Page, name: string): Promise<void> {
  await settled(page);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  await page.mouse.move(0, 0);
  await screenshot(page, name);
}

/** What the user sees with a dialog open: the window only (a full page would cut the backdrop). */
async function shotDialog(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: path.join(SCREENSHOTS_DIR, `${name}.png`),
    animations: 'disabled',
  });
}

function header(page: Page): Locator {
  return page.getByRole('main').locator('header.page-header');
}

async function headerActions(page: Page): Promise<string[]> {
  return (await header(page).getByRole('button').allInnerTexts()).map((text) => text.trim());
}

function dialog(page: Page): Locator {
  return page.getByRole('dialog');
}

async function expectStatus(page: Page, label: string): Promise<void> {
  await header(page).getByText(label, { exact: true }).waitFor();
}

async function openReturn(page: Page, rma: Requested): Promise<void> {
  await page.goto(`/returns/${rma.id}`);
  await page.getByRole('heading', { level: 1, name: rma.rmaNumber }).waitFor();
  await settled(page);
}

async function openRefund(page: Page, refundId: string, rmaNumber: string): Promise<void> {
  await page.goto(`/refunds/${refundId}`);
  await page.getByRole('heading', { level: 1, name: `Refund for ${rmaNumber}` }).waitFor();
  await settled(page);
}

/** Names of the GraphQL operations the page sends. */
function recordOperations(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request: Request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
    const body: unknown = request.postDataJSON();
    if (typeof body === 'object' && body !== null && 'operationName' in body)
      sent.push(String(body.operationName));
  });
  return sent;
}

/** "$1,234.56" → 123456. */
function minorOf(text: string): number {
  return Number(text.replace(/[^0-9]/g, ''));
}

// ---- The specs ---------------------------------------------------------------------------

let browser: Browser;
const tabs: ConsoleTab[] = [];
const apis: APIRequestContext[] = [];

async function newTab(email: string): Promise<Page> {
  const tab = await openConsoleTab(browser);
  tabs.push(tab);
  await signInAs(tab.page, email);
  return tab.page;
}

async function api(email: string): Promise<APIRequestContext> {
  const context = await signedInApi(email);
  apis.push(context);
  return context;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all(apis.splice(0).map((context) => context.dispose()));
  await browser.close();
});

afterEach(async () => {
  const problems = tabs.flatMap((tab) => tab.problems);
  await Promise.all(tabs.splice(0).map((tab) => tab.context.close()));
  expect(problems).toEqual([]);
});

describe('support decides requests', () => {
  it('authorizes a request from outside the return window with a written override reason', async () => {
    const rma = await requestReturn(await api(DEMO_USERS.support), { late: true });
    const page = await newTab(DEMO_USERS.support);
    const sent = recordOperations(page);
    await openReturn(page, rma);
    await expectStatus(page, 'Requested');
    await page.getByText('Late — accepted by override').waitFor();
    await page.getByText('Customer was in hospital for the whole window.').first().waitFor();

    await page.getByRole('button', { name: 'Authorize' }).click();
    // A reason given at authorization is audited: too short is refused before sending.
    await dialog(page).getByLabel('Override reason').fill('late');
    await dialog(page).getByRole('button', { name: 'Authorize return' }).click();
    await dialog(page)
      .getByText(/^Write at least \d+ characters: the reason is audited\.$/)
      .waitFor();
    expect(sent).not.toContain('AuthorizeReturn');
    await shotDialog(page, 'decisions-authorize-override-validation');

    await dialog(page)
      .getByLabel('Override reason')
      .fill('Hospital letter checked; goodwill exception agreed with the lead.');
    await dialog(page).getByRole('button', { name: 'Authorize return' }).click();
    await page.getByText(`${rma.rmaNumber} is authorized.`).waitFor();
    await expectStatus(page, 'Authorized');
    await page
      .getByRole('list', { name: 'Timeline' })
      .getByText('Hospital letter checked; goodwill exception agreed with the lead.')
      .waitFor();
    expect(await headerActions(page)).toEqual(['Cancel return', 'Issue label']);
    await shot(page, 'decisions-authorized-by-override');
  });

  it('rejects a request with a decline reason and a note', async () => {
    const rma = await requestReturn(await api(DEMO_USERS.support));
    const page = await newTab(DEMO_USERS.support);
    await openReturn(page, rma);
    await page.getByRole('button', { name: 'Reject' }).click();
    await dialog(page).getByLabel('Decline reason').selectOption('DUPLICATE_REQUEST');
    await dialog(page).getByLabel('Note').fill('Same parcel as the request opened on Monday.');
    await dialog(page).getByRole('button', { name: 'Reject return' }).click();
    await page.getByText(`${rma.rmaNumber} is rejected.`).waitFor();
    await expectStatus(page, 'Rejected');
    expect(await headerActions(page)).toEqual([]);
    await page
      .getByRole('main')
      .getByText('Same parcel as the request opened on Monday.')
      .first()
      .waitFor();
    await shot(page, 'decisions-rejected');
  });

  it('cancels a request, with a reason', async () => {
    const rma = await requestReturn(await api(DEMO_USERS.support));
    const page = await newTab(DEMO_USERS.support);
    const sent = recordOperations(page);
    await openReturn(page, rma);
    await page.getByRole('button', { name: 'Cancel return' }).click();
    await dialog(page).getByRole('button', { name: 'Cancel return' }).click();
    await dialog(page).getByText('Say why the return is cancelled.').waitFor();
    expect(sent).not.toContain('CancelReturn');
    await dialog(page).getByLabel('Reason').fill('Customer decided to keep the item.');
    await dialog(page).getByRole('button', { name: 'Cancel return' }).click();
    await page.getByText(`${rma.rmaNumber} is cancelled.`).waitFor();
    await expectStatus(page, 'Cancelled');
    expect(await headerActions(page)).toEqual([]);
    await shot(page, 'decisions-cancelled');
  });
});

describe('support resolves inspected returns without a refund', () => {
  it('sends a replacement: the replacement order is required, then recorded', async () => {
    const rma = await inspectedReturn(
      await api(DEMO_USERS.support),
      await api(DEMO_USERS.warehouse),
    );
    const page = await newTab(DEMO_USERS.support);
    await openReturn(page, rma);
    await expectStatus(page, 'Inspected');
    await page.getByRole('button', { name: 'Resolve' }).click();
    await dialog(page).getByLabel('Resolution').selectOption('REPLACEMENT');
    await dialog(page).getByRole('button', { name: 'Resolve return' }).click();
    await dialog(page)
      .getByLabel('Replacement order id')
      .and(page.locator('[aria-invalid="true"]'))
      .waitFor();
    await shotDialog(page, 'decisions-resolve-replacement-validation');
    await dialog(page).getByLabel('Replacement order id').fill('REPL-E2E-0001');
    await dialog(page).getByRole('button', { name: 'Resolve return' }).click();
    await page.getByText(`${rma.rmaNumber} is resolved.`).waitFor();
    await expectStatus(page, 'Completed');
    await page.getByRole('main').getByText('REPL-E2E-0001').first().waitFor();
    await shot(page, 'decisions-resolved-replacement');
  });

  it('declines: the decline reason is required, then shown', async () => {
    const rma = await inspectedReturn(
      await api(DEMO_USERS.support),
      await api(DEMO_USERS.warehouse),
    );
    const page = await newTab(DEMO_USERS.support);
    await openReturn(page, rma);
    await page.getByRole('button', { name: 'Resolve' }).click();
    await dialog(page).getByLabel('Resolution').selectOption('DECLINE');
    await dialog(page).getByRole('button', { name: 'Resolve return' }).click();
    await dialog(page)
      .getByLabel('Decline reason')
      .and(page.locator('[aria-invalid="true"]'))
      .waitFor();
    await dialog(page)
      .getByLabel('Decline reason')
      .selectOption('ITEM_NOT_RETURNED_IN_ORIGINAL_CONDITION');
    await dialog(page).getByLabel('Note').fill('Seal broken and parts missing.');
    await dialog(page).getByRole('button', { name: 'Resolve return' }).click();
    await page.getByText(`${rma.rmaNumber} is resolved.`).waitFor();
    await expectStatus(page, 'Completed');
    await shot(page, 'decisions-resolved-declined');
  });
});

describe('finance amends and rejects refunds', () => {
  it('lowers an approved refund: the approval is voided, issuing waits for a second approval of the new amount', async () => {
    const fiona = await api(DEMO_USERS.finance);
    const frank = await api(SECOND_FINANCE);
    const rma = await inspectedReturn(
      await api(DEMO_USERS.support),
      await api(DEMO_USERS.warehouse),
      LARGE_REFUND_MINOR + 10_000,
    );
    const refund = await largeRefund(fiona, frank, rma.id);

    // ---- Fiona (the submitter) adjusts the approved refund ---------------------------------
    let page = await newTab(DEMO_USERS.finance);
    const sent = recordOperations(page);
    await openRefund(page, refund.id, rma.rmaNumber);
    await expectStatus(page, 'Approved');
    await page.getByRole('main').getByText('Frank Finance').first().waitFor();
    expect(await headerActions(page)).toEqual(['Issue refund']);
    const breakdown = page.getByRole('region', { name: 'Breakdown' });
    await breakdown.getByRole('button', { name: 'Adjust amount' }).click();
    await dialog(page).getByText('voids every approval given so far').waitFor();
    // Checked before sending: never above the computed total, and a reason.
    const above = ((refund.total + 1) / 100).toFixed(2);
    await dialog(page)
      .getByLabel(/^New total/)
      .fill(above);
    await dialog(page).getByRole('button', { name: 'Adjust amount' }).click();
    await dialog(page)
      .getByText(/^An adjustment can only lower the refund: at most /)
      .waitFor();
    await dialog(page).getByText('Say why the amount changes.').waitFor();
    expect(sent).not.toContain('AdjustRefundAmount');
    await shotDialog(page, 'decisions-refund-adjust-validation');

    const lowered = refund.total - 5_000;
    await dialog(page)
      .getByLabel(/^New total/)
      .fill((lowered / 100).toFixed(2));
    await dialog(page)
      .getByLabel('Reason')
      .fill('Goodwill: customer keeps the charger, agreed on the phone.');
    await dialog(page).getByRole('button', { name: 'Adjust amount' }).click();
    await page
      .getByText(/^Amount adjusted\. The total is now .* earlier approval was voided/)
      .waitFor();
    await expectStatus(page, 'Approved');
    await page.getByText(/^The amount changed after it was approved/).waitFor();
    // The submitter may neither issue it now nor approve it again.
    expect(await headerActions(page)).toEqual([]);
    await page.getByText('Needed again: the amount changed after it was approved').waitFor();
    const grand = await page.locator('dl[aria-label="Totals"] .totals__grand dd').innerText();
    expect(minorOf(grand)).toBe(lowered);
    await page.getByText('Lowered by hand', { exact: true }).waitFor();
    await shot(page, 'decisions-refund-adjusted-needs-reapproval');
    const refused = await graphqlCall(
      fiona,
      'mutation($input: IssueRefundInput!) { issueRefund(input: $input) { refund { status } } }',
      { input: { id: refund.id, idempotencyKey: `e2e-decisions-${refund.id}` } },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('APPROVAL_REQUIRED');

    // ---- Frank approves the new amount, then recalculates (voiding it once more) ----------
    page = await newTab(SECOND_FINANCE);
    await openRefund(page, refund.id, rma.rmaNumber);
    await page.getByText('Submitted by', { exact: true }).waitFor();
    await page.getByRole('main').getByText('Fiona Finance').first().waitFor();
    expect(await headerActions(page)).toEqual(['Approve new amount']);
    await header(page).getByRole('button', { name: 'Approve new amount' }).click();
    await dialog(page).getByRole('button', { name: 'Approve refund' }).click();
    await page.getByText('Approved. It can now be issued.').waitFor();
    await header(page).getByRole('button', { name: 'Issue refund' }).waitFor();
    expect(await headerActions(page)).toEqual(['Issue refund']);
    await shot(page, 'decisions-refund-reapproved');

    await page
      .getByRole('region', { name: 'Breakdown' })
      .getByRole('button', { name: 'Recalculate' })
      .click();
    await dialog(page).getByText('discards the manual adjustment').waitFor();
    await shotDialog(page, 'decisions-refund-recalculate');
    await dialog(page).getByRole('button', { name: 'Recalculate' }).click();
    await page
      .getByText(/^Recalculated\. The total is now .* earlier approval was voided/)
      .waitFor();
    await page.getByText(/^The amount changed after it was approved/).waitFor();
    const recalculated = await page
      .locator('dl[aria-label="Totals"] .totals__grand dd')
      .innerText();
    expect(minorOf(recalculated)).toBe(refund.total);
    expect(await headerActions(page)).toEqual(['Approve new amount']);
  });

  it('rejects a refund awaiting approval; a colleague adjusting it meanwhile gets the API refusal and keeps what they typed', async () => {
    const fiona = await api(DEMO_USERS.finance);
    const rma = await inspectedReturn(
      await api(DEMO_USERS.support),
      await api(DEMO_USERS.warehouse),
      LARGE_REFUND_MINOR + 10_000,
    );
    const refund = await largeRefund(fiona, null, rma.id);

    // Frank sees who submitted it, by name, in the approval queue, and starts an adjustment.
    const frank = await newTab(SECOND_FINANCE);
    await frank.goto('/refunds');
    const row = frank
      .getByRole('table', { name: 'Refunds awaiting approval' })
      .locator('tr', { hasText: rma.rmaNumber });
    await row.getByText('Fiona Finance').waitFor();
    await shot(frank, 'decisions-approval-queue-submitter-name');
    await openRefund(frank, refund.id, rma.rmaNumber);
    await frank
      .getByRole('region', { name: 'Breakdown' })
      .getByRole('button', { name: 'Adjust amount' })
      .click();
    const typed = ((refund.total - 2_500) / 100).toFixed(2);
    await dialog(frank)
      .getByLabel(/^New total/)
      .fill(typed);
    await dialog(frank).getByLabel('Reason').fill('Restocking fee agreed with the supplier.');

    // Fiona rejects it in the meantime.
    const page = await newTab(DEMO_USERS.finance);
    await openRefund(page, refund.id, rma.rmaNumber);
    await page.getByText('You', { exact: true }).first().waitFor();
    await header(page).getByRole('button', { name: 'Reject' }).click();
    await dialog(page).getByLabel('Reason').fill('dup');
    await dialog(page).getByRole('button', { name: 'Reject refund' }).click();
    await dialog(page).getByText('Write at least 5 characters.').waitFor();
    await dialog(page).getByLabel('Reason').fill('Duplicate of a goodwill refund already paid.');
    await dialog(page).getByRole('button', { name: 'Reject refund' }).click();
    await page.getByText('Refund rejected.').waitFor();
    await expectStatus(page, 'Rejected');
    await page.getByText('Rejected: Duplicate of a goodwill refund already paid.').waitFor();
    expect(await headerActions(page)).toEqual([]);
    expect(await page.getByRole('button', { name: 'Adjust amount' }).count()).toBe(0);
    await shot(page, 'decisions-refund-rejected');

    // Frank's adjustment reaches a rejected refund: refused, with the code; his input stays.
    await dialog(frank).getByRole('button', { name: 'Adjust amount' }).click();
    const refusal = dialog(frank).getByRole('alert');
    await refusal.getByText('The amount was not changed').waitFor();
    expect(await refusal.innerText()).toContain('INVALID_TRANSITION');
    expect(
      await dialog(frank)
        .getByLabel(/^New total/)
        .inputValue(),
    ).toBe(typed);
    expect(await dialog(frank).getByLabel('Reason').inputValue()).toBe(
      'Restocking fee agreed with the supplier.',
    );
    await shotDialog(frank, 'decisions-refund-adjust-refused');
  });
});
