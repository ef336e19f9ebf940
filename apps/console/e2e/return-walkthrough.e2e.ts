import path from 'node:path';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import {
  consoleUrl,
  launchChromium,
  openConsoleTab,
  screenshot,
  type ConsoleTab,
} from './support/browser';
import { SCREENSHOTS_DIR } from './support/paths';
import { DEMO_PASSWORD, signInForm } from './support/sign-in-form';

const SUPPORT = 'support@harborpine.test';
const WAREHOUSE = 'warehouse@harborpine.test';
const FINANCE = 'finance@harborpine.test';
const SECOND_FINANCE = 'finance2@harborpine.test';

/** Large refunds (two-person rule) start at 500.00 in the demo policy. */
const LARGE_REFUND_MINOR = 50_000;

interface GraphqlAnswer<Data> {
  readonly data?: Data;
  readonly errors?: readonly { message: string; extensions?: { code?: string } }[];
}

/** A GraphQL call from inside the page, with its session cookie: what the console itself sends. */
async function graphqlInPage<Data>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlAnswer<Data>> {
  return page.evaluate(
    async ({ query: text, variables: vars }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: text, variables: vars }),
      });
      return (await response.json()) as GraphqlAnswer<Data>;
    },
    { query, variables },
  );
}

/** A full-page screenshot from the top, so the sticky header is drawn where it belongs. */
async function shot(page: Page, name: string): Promise<void> {
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

async function signIn(page: Page, email: string): Promise<void> {
  const form = signInForm(page);
  await page.goto('/sign-in');
  await form.email.fill(email);
  await form.password.fill(DEMO_PASSWORD);
  await form.submit.click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}

async function openSection(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: label })
    .click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

/** The page's header buttons, by their visible labels. */
async function headerActions(page: Page): Promise<string[]> {
  const header = page.getByRole('main').locator('header.page-header');
  return (await header.getByRole('button').allInnerTexts()).map((text) => text.trim());
}

function dialog(page: Page): Locator {
  return page.getByRole('dialog');
}

async function expectStatus(page: Page, label: string): Promise<void> {
  await page
    .getByRole('main')
    .locator('header.page-header')
    .getByText(label, { exact: true })
    .waitFor();
}

interface OrdersData {
  orders: {
    nodes: {
      id: string;
      deliveredAt: string | null;
      lines: { id: string; returnableQuantity: number; unitPrice: number }[];
    }[];
  };
}

interface RequestedReturn {
  readonly id: string;
  readonly rmaNumber: string;
  readonly lineCount: number;
}

/**
 * The customer's request, as the marketplace integration would send it (the console has no
 * "request a return" screen): every returnable unit of the most valuable delivered order still
 * in its window, reported defective, so the refund is well above the large-refund threshold.
 */
async function requestLargeReturn(page: Page): Promise<RequestedReturn> {
  const orders = await graphqlInPage<OrdersData>(
    page,
    `query { orders(first: 100) { nodes { id deliveredAt lines { id returnableQuantity unitPrice } } } }`,
  );
  const candidates = (orders.data?.orders.nodes ?? [])
    .filter((order) => order.deliveredAt !== null)
    .map((order) => ({
      order,
      value: order.lines.reduce((sum, line) => sum + line.returnableQuantity * line.unitPrice, 0),
    }))
    .filter(({ value }) => value >= LARGE_REFUND_MINOR)
    .sort((a, b) => b.value - a.value);
  for (const { order } of candidates) {
    const lines = order.lines
      .filter((line) => line.returnableQuantity > 0)
      .map((line) => ({
        orderLineId: line.id,
        quantity: line.returnableQuantity,
        reasonCode: 'DEFECTIVE',
        customerComment: 'Stopped working after two days.',
      }));
    const answer = await graphqlInPage<{ requestReturn: { id: string; rmaNumber: string } }>(
      page,
      `mutation Request($input: RequestReturnInput!) { requestReturn(input: $input) { id rmaNumber } }`,
      { input: { orderId: order.id, lines } },
    );
    // Orders past their window are refused (RETURN_WINDOW_EXPIRED): try the next one.
    if (answer.data) return { ...answer.data.requestReturn, lineCount: lines.length };
  }
  throw new Error('the demo data has no delivered order worth a large refund');
}

/** Bodies of the GraphQL operations the page sends, by operation name. */
function recordOperations(page: Page): Map<string, Record<string, unknown>[]> {
  const sent = new Map<string, Record<string, unknown>[]>();
  page.on('request', (request: Request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
    const body: unknown = request.postDataJSON();
    if (typeof body !== 'object' || body === null || !('operationName' in body)) return;
    const name = String(body.operationName);
    const variables = 'variables' in body ? (body.variables as Record<string, unknown>) : {};
    sent.set(name, [...(sent.get(name) ?? []), variables]);
  });
  return sent;
}

let browser: Browser;
const tabs: ConsoleTab[] = [];

async function newTab(): Promise<ConsoleTab> {
  const tab = await openConsoleTab(browser);
  tabs.push(tab);
  return tab;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

afterEach(async () => {
  const problems = tabs.flatMap((tab) => tab.problems);
  await Promise.all(tabs.splice(0).map((tab) => tab.context.close()));
  expect(problems).toEqual([]);
});

describe('a return from request to refund, through the console', () => {
  it('is authorized and labelled by support, received and inspected by the warehouse, refunded by two finance users', async () => {
    // ---- Support: find the request, authorize it, issue the label -------------------------
    const support = await newTab();
    let page = support.page;
    await signIn(page, SUPPORT);
    const rma = await requestLargeReturn(page);

    await openSection(page, 'Returns');
    await page.getByRole('link', { name: 'Needs a decision' }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'REQUESTED');
    await page.getByRole('searchbox', { name: 'Search' }).fill(rma.rmaNumber);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === rma.rmaNumber);
    const rows = page
      .getByRole('table', { name: 'Returns matching the filters' })
      .locator('tbody tr');
    await rows.first().getByRole('link', { name: rma.rmaNumber }).waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('Requested');
    await shot(page, 'returns-queue-search');

    // The queue's URL reproduces the view in a fresh tab: same filters, same single row.
    const queueUrl = page.url();
    const shared = await newTab();
    await signIn(shared.page, SUPPORT);
    await shared.page.goto(queueUrl);
    await shared.page
      .getByRole('table', { name: 'Returns matching the filters' })
      .getByRole('link', { name: rma.rmaNumber })
      .waitFor();
    expect(await shared.page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe(
      rma.rmaNumber,
    );
    // Empty and error states say what happened, in the API's words where it refused.
    await shared.page.getByRole('searchbox', { name: 'Search' }).fill('RMA-999999');
    await shared.page.getByRole('button', { name: 'Search', exact: true }).click();
    await shared.page.getByText('No returns match these filters').waitFor();
    await shot(shared.page, 'returns-queue-empty');
    await shared.page.goto('/refunds');
    const refusal = shared.page.getByRole('alert');
    await refusal.getByText("Couldn't load the approval queue").waitFor();
    expect(await refusal.innerText()).toContain('FORBIDDEN');
    await shot(shared.page, 'refunds-forbidden-support');
    // A colleague keeps the request open while this user decides it (a stale view, see below).
    await shared.page.goto(`/returns/${rma.id}`);
    await shared.page.getByRole('heading', { level: 1, name: rma.rmaNumber }).waitFor();

    await rows.first().getByRole('link', { name: rma.rmaNumber }).click();
    await page.getByRole('heading', { level: 1, name: rma.rmaNumber }).waitFor();
    await expectStatus(page, 'Requested');
    expect(await headerActions(page)).toEqual(['Authorize', 'Reject', 'Cancel return']);
    await page.getByText('Within the return window').waitFor();
    await shot(page, 'return-detail-requested');

    // The reject form checks its fields before sending anything.
    const operations = recordOperations(page);
    await page.getByRole('button', { name: 'Reject' }).click();
    await dialog(page).getByRole('button', { name: 'Reject return' }).click();
    await dialog(page).getByText('Choose why the return is declined.').waitFor();
    await dialog(page).getByLabel('Decline reason').selectOption('OTHER');
    await dialog(page).getByRole('button', { name: 'Reject return' }).click();
    await dialog(page).getByText('Explain the decline: “Other” needs a note.').waitFor();
    await shotDialog(page, 'return-reject-validation');
    expect(operations.get('RejectReturn')).toBeUndefined();
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
    await dialog(page).waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Authorize' }).click();
    expect(new URL(page.url()).searchParams.get('action')).toBe('authorize');
    await dialog(page).getByRole('button', { name: 'Authorize return' }).click();
    await page.getByText(`${rma.rmaNumber} is authorized.`).waitFor();
    await expectStatus(page, 'Authorized');
    expect(await headerActions(page)).toEqual(['Cancel return', 'Issue label']);

    // The colleague's page still offers Reject: the API refuses, the form keeps what they typed.
    const stale = shared.page;
    await stale.getByRole('button', { name: 'Reject' }).click();
    await dialog(stale).getByLabel('Decline reason').selectOption('OTHER');
    await dialog(stale).getByLabel('Note').fill('Customer asked to withdraw the request.');
    await dialog(stale).getByRole('button', { name: 'Reject return' }).click();
    const staleRefusal = dialog(stale).getByRole('alert');
    await staleRefusal.getByText('The return was not rejected').waitFor();
    expect(await staleRefusal.innerText()).toContain('INVALID_TRANSITION');
    expect(await dialog(stale).getByLabel('Note').inputValue()).toBe(
      'Customer asked to withdraw the request.',
    );
    await shotDialog(stale, 'return-reject-refused-stale');
    await dialog(stale).getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Issue label' }).click();
    await dialog(page).getByLabel('Carrier').selectOption('UPS');
    await dialog(page).getByRole('button', { name: 'Issue label' }).click();
    await page.getByText('Label issued: tracking').waitFor();
    await expectStatus(page, 'Label issued');
    const download = page.getByRole('link', { name: 'Download label (PDF)' });
    const href = await download.getAttribute('href');
    expect(href).toMatch(/^\/labels\/.+\.pdf$/);
    const pdf = await page.request.get(`${consoleUrl()}${href ?? ''}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // A note: refused empty, then added to the timeline.
    const noteForm = page.getByRole('form', { name: 'Add a note' });
    await noteForm.getByRole('button', { name: 'Add note' }).click();
    await noteForm.getByText('Write the note first.').waitFor();
    expect(operations.get('AddReturnNote')).toBeUndefined();
    await noteForm.getByLabel('Add a note').fill('Customer will drop the parcel at UPS on Monday.');
    await noteForm.getByRole('button', { name: 'Add note' }).click();
    await page
      .getByRole('list', { name: 'Timeline' })
      .getByText('Customer will drop the parcel at UPS on Monday.')
      .waitFor();
    await shot(page, 'return-detail-label-issued');

    // Back to the queue: the same search, this return highlighted.
    await page.getByRole('link', { name: '← Returns' }).click();
    await page.waitForURL(
      (url) =>
        url.pathname === '/returns' &&
        url.searchParams.get('q') === rma.rmaNumber &&
        url.searchParams.get('selected') === rma.id,
    );
    await page.locator('tr.is-selected').getByText(rma.rmaNumber).waitFor();

    // ---- Warehouse: receive the parcel, grade each line, complete the inspection ---------
    const warehouse = await newTab();
    page = warehouse.page;
    await signIn(page, WAREHOUSE);
    await openSection(page, 'Returns');
    await page.getByRole('link', { name: 'On the way back' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill(rma.rmaNumber);
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await page.waitForURL(
      (url) => url.searchParams.get('q') === rma.rmaNumber && url.searchParams.has('status'),
    );
    await page.getByRole('link', { name: rma.rmaNumber }).click();
    await page.getByRole('heading', { level: 1, name: rma.rmaNumber }).waitFor();
    expect(await headerActions(page)).toEqual(['Receive parcel']);

    await page.getByRole('button', { name: 'Receive parcel' }).click();
    await dialog(page).getByRole('button', { name: 'Mark as received' }).click();
    await page.getByText(`${rma.rmaNumber} is received.`).waitFor();
    await expectStatus(page, 'Received');
    // Inspection cannot complete while a line is ungraded, so it is not offered yet.
    expect(await headerActions(page)).toEqual([]);

    const inspectButtons = page.getByRole('button', { name: /^Inspect / });
    expect(await inspectButtons.count()).toBe(rma.lineCount);
    for (let graded = 0; graded < rma.lineCount; graded += 1) {
      await inspectButtons.first().click();
      if (graded === 0) {
        await dialog(page).getByRole('button', { name: 'Save inspection' }).click();
        await dialog(page).getByText('Grade the item as found in the parcel.').waitFor();
        await shotDialog(page, 'return-inspect-line');
      }
      await dialog(page).getByLabel('Grade').selectOption('DEFECTIVE');
      await dialog(page).getByRole('button', { name: 'Save inspection' }).click();
      await page.getByText(/is inspected\.$/).waitFor();
      await dialog(page).waitFor({ state: 'detached' });
      await page.getByText(`${graded + 1} of ${rma.lineCount} inspected`).waitFor();
    }
    expect(await page.getByRole('button', { name: /^Re-inspect / }).count()).toBe(rma.lineCount);
    await page.getByRole('button', { name: 'Complete inspection' }).click();
    await dialog(page).getByRole('button', { name: 'Complete inspection' }).click();
    await page.getByText(`${rma.rmaNumber} is inspected and ready to refund.`).waitFor();
    await expectStatus(page, 'Inspected');
    // Refunding is not the warehouse's job: nothing is offered.
    expect(await headerActions(page)).toEqual([]);
    await shot(page, 'return-detail-inspected');

    // ---- Finance: create and submit the refund, and may not approve it ------------------
    const finance = await newTab();
    page = finance.page;
    await signIn(page, FINANCE);
    await openSection(page, 'Refunds');
    await page.getByRole('link', { name: 'Ready to refund' }).click();
    await page
      .getByRole('table', { name: 'Inspected returns' })
      .getByRole('link', { name: rma.rmaNumber })
      .click();
    await page.getByRole('heading', { level: 1, name: rma.rmaNumber }).waitFor();
    const createRefund = page
      .getByRole('main')
      .locator('header.page-header')
      .getByRole('button', { name: 'Create refund' });
    // Offered once the page knows the return has no refund yet.
    await createRefund.waitFor();
    expect(await headerActions(page)).toEqual(['Create refund']);
    await createRefund.click();
    await dialog(page).getByRole('button', { name: 'Create draft refund' }).click();
    await page.getByRole('heading', { level: 1, name: `Refund for ${rma.rmaNumber}` }).waitFor();
    await expectStatus(page, 'Draft');
    const breakdown = page.getByRole('table', { name: 'Refund breakdown per order line' });
    expect(await breakdown.locator('tbody tr').count()).toBe(rma.lineCount);
    const total = await page.locator('dl[aria-label="Totals"] .totals__grand dd').innerText();
    expect(Number(total.replace(/[^0-9.]/g, ''))).toBeGreaterThanOrEqual(LARGE_REFUND_MINOR / 100);
    await shot(page, 'refund-detail-draft');

    await page.getByRole('button', { name: 'Submit refund' }).click();
    await dialog(page).getByText('another finance user must approve it').waitFor();
    await dialog(page).getByRole('button', { name: 'Submit refund' }).click();
    await page.getByText('Submitted. It now waits for a second finance user').waitFor();
    await expectStatus(page, 'Awaiting approval');
    expect(await headerActions(page)).toEqual(['Reject']);
    await page
      .getByText('You submitted this refund, so you cannot approve it. Another finance user must.')
      .waitFor();
    const refundUrl = new URL(page.url()).pathname;
    const refundId = refundUrl.split('/').pop() ?? '';
    await shot(page, 'refund-detail-awaiting-approval-submitter');

    // Even asked directly, the API refuses the submitter's approval.
    const refused = await graphqlInPage(
      page,
      `mutation { approveRefund(input: { id: "${refundId}" }) { id status } }`,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('APPROVER_IS_SUBMITTER');

    await openSection(page, 'Refunds');
    const queueRow = page
      .getByRole('table', { name: 'Refunds awaiting approval' })
      .locator('tr', { hasText: rma.rmaNumber });
    await queueRow.getByText('You submitted it: another finance user approves').waitFor();
    expect(await queueRow.getByRole('link', { name: 'Review and approve' }).count()).toBe(0);
    await shot(page, 'refunds-approval-queue-submitter');

    // ---- Second finance user: approve, then issue (retrying a lost answer safely) -------
    const approver = await newTab();
    page = approver.page;
    const sent = recordOperations(page);
    await signIn(page, SECOND_FINANCE);
    await openSection(page, 'Refunds');
    const approverRow = page
      .getByRole('table', { name: 'Refunds awaiting approval' })
      .locator('tr', { hasText: rma.rmaNumber });
    await approverRow.getByText('Fiona Finance').waitFor();
    await shot(page, 'refunds-approval-queue-approver');
    await approverRow.getByRole('link', { name: 'Review and approve' }).click();
    await dialog(page).getByRole('button', { name: 'Approve refund' }).click();
    await page.getByText('Approved. It can now be issued.').waitFor();
    await expectStatus(page, 'Approved');
    await page.getByRole('main').getByText('Frank Finance (you)').waitFor();

    // The first answer is lost on the way back: the retry must carry the same key.
    let dropped = false;
    await page.route('**/graphql', async (route) => {
      const body: unknown = route.request().postDataJSON();
      const isIssue =
        typeof body === 'object' &&
        body !== null &&
        'operationName' in body &&
        body.operationName === 'IssueRefund';
      if (isIssue && !dropped) {
        dropped = true;
        await route.abort('failed');
        return;
      }
      await route.continue();
    });
    await page.getByRole('button', { name: 'Issue refund' }).click();
    await dialog(page).getByRole('button', { name: 'Issue refund' }).click();
    await dialog(page).getByRole('alert').getByText('The refund was not issued').waitFor();
    await shotDialog(page, 'refund-issue-retry');
    await dialog(page).getByRole('button', { name: 'Retry issuing' }).click();
    await page.getByText(/^Refund issued/).waitFor();
    // The dropped request is the one network error Chromium reports; nothing else may appear.
    const dropReports = approver.problems.filter((problem) => problem.includes('net::ERR_FAILED'));
    expect(dropReports.length).toBeLessThanOrEqual(1);
    approver.problems.splice(
      0,
      approver.problems.length,
      ...approver.problems.filter((problem) => !problem.includes('net::ERR_FAILED')),
    );
    await expectStatus(page, 'Issued');
    const issueKeys = (sent.get('IssueRefund') ?? []).map(
      (variables) => (variables.input as { idempotencyKey: string }).idempotencyKey,
    );
    expect(issueKeys).toHaveLength(2);
    expect(issueKeys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(issueKeys[1]).toBe(issueKeys[0]);
    expect(await headerActions(page)).toEqual([]);
    await shot(page, 'refund-detail-issued');

    // Issuing the refund completed the return.
    await page.getByRole('link', { name: rma.rmaNumber }).click();
    await page.getByRole('heading', { level: 1, name: rma.rmaNumber }).waitFor();
    await expectStatus(page, 'Completed');
    await shot(page, 'return-detail-completed');
  });
});
