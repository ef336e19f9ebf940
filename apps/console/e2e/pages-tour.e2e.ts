import type { Browser, Page } from 'playwright-core';
import { launchChromium, openConsoleTab, screenshot, type ConsoleTab } from './support/browser';
import { navigationLabels } from './support/sign-in-form';
import { issueDemoRefunds } from './support/graphql-request';
import { DEMO_USERS, settled, signInAs } from './support/sign-in-as';

let browser: Browser;
let tab: ConsoleTab;

beforeAll(async () => {
  browser = await launchChromium();
  // Refunds, their supplier claims and balances exist only once refunds are issued.
  expect(await issueDemoRefunds(DEMO_USERS.finance, 'finance2@harborpine.test')).toBeGreaterThan(0);
});

afterAll(async () => {
  await browser.close();
});

beforeEach(async () => {
  tab = await openConsoleTab(browser);
});

afterEach(async () => {
  await tab.context.close();
  expect(tab.problems).toEqual([]);
});

async function visit(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await settled(page);
}

describe('a tour of the console pages, one role at a time', () => {
  it('shows an admin every section, the dashboard with its charts, and links charts to the queue', async () => {
    const { page } = tab;
    await signInAs(page, DEMO_USERS.admin);
    expect(await navigationLabels(page)).toEqual([
      'Dashboard',
      'Returns',
      'Refunds',
      'Reports',
      'Inventory',
      'Suppliers',
      'Imports',
      'GraphQL explorer',
    ]);

    await visit(page, '/', 'Dashboard');
    await page.getByRole('heading', { level: 2, name: 'Return rate trend' }).waitFor();
    await page.getByRole('group', { name: 'Returned units per reason' }).waitFor();
    await settled(page);
    for (const label of ['Open returns', 'Overdue', 'Return rate', 'Refunded']) {
      expect(await page.locator(`dt:text-is("${label}")`).count()).toBe(1);
    }
    await screenshot(page, 'tour-dashboard-admin');

    // A reason bar opens the returns queue filtered by that reason and the range.
    const reason = page
      .getByRole('group', { name: 'Returned units per reason' })
      .getByRole('link')
      .first();
    await reason.click();
    await page.waitForURL((url) => url.pathname === '/returns' && url.searchParams.has('reason'));
    expect(new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // A range typed wrong is refused before anything is sent, and stays as typed.
    await visit(page, '/', 'Dashboard');
    const from = page.getByLabel('From', { exact: true });
    await from.fill('2026-12-31');
    await page.getByLabel('To', { exact: true }).fill('2026-01-01');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('The end date must be on or after the start date.').first().waitFor();
    expect(await from.inputValue()).toBe('2026-12-31');
    expect(new URL(page.url()).search).toBe('');

    await visit(page, '/suppliers', 'Suppliers');
    await screenshot(page, 'tour-suppliers');
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Terms and contact' }).waitFor();
    await settled(page);
    await screenshot(page, 'tour-supplier-detail-admin');

    await visit(page, '/explorer', 'GraphQL explorer');
    await page.locator('.graphiql-container').getByText('query Me').first().waitFor();
    await screenshot(page, 'tour-explorer-loaded');
    expect(
      await page.getByRole('link', { name: 'Open the schema reference' }).getAttribute('href'),
    ).toBe('/reference/');
    // Runs the default query as the signed-in admin: the session cookie goes with it.
    await page.getByRole('button', { name: /Execute query/i }).click();
    await page.locator('.result-window').getByText('admin@harborpine.test').waitFor();
    await screenshot(page, 'tour-explorer');
  });

  it('lets the warehouse read and correct stock, checking the form before sending', async () => {
    const { page } = tab;
    await signInAs(page, DEMO_USERS.warehouse);
    await screenshot(page, 'tour-dashboard-warehouse');
    await visit(page, '/inventory', 'Inventory');
    await screenshot(page, 'tour-inventory');

    const adjust = page.getByRole('link', { name: /^Adjust / }).first();
    const adjustLabel = (await adjust.getAttribute('aria-label')) ?? '';
    await adjust.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Save adjustment' }).click();
    await dialog.getByText('Choose why the stock changes.').waitFor();
    await dialog.getByText('Change sellable or quarantine units by at least one.').waitFor();
    await screenshot(page, 'tour-inventory-adjust-validation');

    await dialog.getByLabel('Sellable change').fill('2');
    await dialog.getByLabel('Reason').selectOption('FOUND');
    await dialog.getByLabel(/^Note/).fill('Two units found behind the returns shelf.');
    await dialog.getByRole('button', { name: 'Save adjustment' }).click();
    await page.getByText(/^Stock adjusted: /).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(adjustLabel).toMatch(/^Adjust /);

    await visit(page, '/inventory/movements', 'Stock movements');
    await page.getByRole('cell', { name: /Two units found behind the returns shelf/ }).waitFor();
    await screenshot(page, 'tour-stock-movements');
  });

  it('gives finance the refunds report with its export, the claims to chase and what suppliers owe', async () => {
    const { page } = tab;
    await signInAs(page, DEMO_USERS.finance);
    await settled(page);
    await screenshot(page, 'tour-dashboard-finance');

    await visit(page, '/finance?from=2025-01-01&to=2026-12-31&period=MONTH', 'Finance reports');
    const exportLink = page.getByRole('link', { name: 'Export refunds (CSV)' });
    const href = (await exportLink.getAttribute('href')) ?? '';
    expect(href).toBe('/exports/refunds.csv?from=2025-01-01&timeZone=UTC&to=2027-01-01');
    const csv = await page.request.get(href);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    await screenshot(page, 'tour-finance-refunds');

    await visit(page, '/finance/claims', 'Finance reports');
    await screenshot(page, 'tour-finance-claims');
    const record = page.getByRole('link', { name: /^(Mark sent|Refused…) for / }).first();
    if ((await record.count()) > 0) {
      await record.click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const submit = dialog.getByRole('button', { name: /Mark as sent|Record refusal/ });
      const isRefusal = (await submit.innerText()).includes('refusal');
      if (isRefusal) {
        await submit.click();
        await dialog.getByText('Say why the supplier refused the claim.').waitFor();
        await screenshot(page, 'tour-finance-claim-validation');
        await dialog.getByRole('button', { name: 'Cancel' }).click();
      } else {
        await dialog.getByLabel(/^Supplier reference/).fill('SUP-RMA-77');
        await submit.click();
        await page.getByText(/marked as sent to the supplier/).waitFor();
      }
    }

    await visit(page, '/finance/balances', 'Finance reports');
    await screenshot(page, 'tour-finance-balances');
  });

  it('keeps finance pages away from support, and shows them the dashboard without analytics', async () => {
    const { page } = tab;
    await signInAs(page, DEMO_USERS.support);
    await settled(page);
    expect(await page.locator('dt:text-is("Return rate")').count()).toBe(0);
    await screenshot(page, 'tour-dashboard-support');
    await visit(page, '/finance', 'Finance reports');
    await page.getByRole('alert').getByText('FORBIDDEN').waitFor();
    await screenshot(page, 'tour-finance-forbidden-support');
  });
});
