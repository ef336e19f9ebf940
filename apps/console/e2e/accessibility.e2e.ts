import type { Browser, Page } from 'playwright-core';
import { runAxe, seriousOrCritical, type AxeSummary } from './support/axe';
import { launchChromium, openConsoleTab, screenshot, type ConsoleTab } from './support/browser';
import { DEMO_USERS, settled, signInAs } from './support/sign-in-as';

// axe-core on every main page: no serious or critical violation may ship. Minor and moderate
// ones are written to test-artifacts/axe/ for review.

let browser: Browser;
let tab: ConsoleTab;

beforeAll(async () => {
  browser = await launchChromium();
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

async function open(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await settled(page);
}

function describeFindings(summary: AxeSummary): string[] {
  return seriousOrCritical(summary).map(
    (finding) =>
      `${summary.page}: ${finding.impact ?? '?'} ${finding.id} — ${finding.help} at ${finding.targets.join(', ')}`,
  );
}

describe('accessibility of the main pages (axe-core)', () => {
  it('finds nothing serious on the sign-in page', async () => {
    const { page } = tab;
    await page.goto('/sign-in');
    await page.getByLabel('Email', { exact: true }).waitFor();
    expect(describeFindings(await runAxe(page, 'sign-in'))).toEqual([]);
  });

  it('finds nothing serious on the pages an admin uses', async () => {
    const { page } = tab;
    await signInAs(page, DEMO_USERS.admin);
    const findings: string[] = [];
    const check = async (name: string) => {
      findings.push(...describeFindings(await runAxe(page, name)));
    };

    await settled(page);
    await page.getByRole('heading', { level: 2, name: 'Return rate trend' }).waitFor();
    await settled(page);
    await check('dashboard');

    await open(page, '/returns', 'Returns');
    await check('returns-queue');
    const firstReturn = page.getByRole('main').getByRole('link', { name: /^RMA-/ }).first();
    if ((await firstReturn.count()) > 0) {
      await firstReturn.click();
      await page.getByRole('heading', { level: 1, name: /RMA-/ }).waitFor();
      await settled(page);
      await check('return-detail');
    }

    await open(page, '/refunds', /Refunds/);
    await check('refunds');

    await open(page, '/finance', 'Finance reports');
    await check('finance-refunds');
    await open(page, '/finance/claims', 'Finance reports');
    await check('finance-claims');
    await open(page, '/finance/balances', 'Finance reports');
    await check('finance-balances');

    await open(page, '/inventory', 'Inventory');
    await check('inventory');
    await page
      .getByRole('link', { name: /^Adjust / })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Save adjustment' }).click();
    await page.getByRole('dialog').getByText('Choose why the stock changes.').waitFor();
    await check('inventory-adjust-dialog');
    await open(page, '/inventory/movements', 'Stock movements');
    await check('stock-movements');

    await open(page, '/suppliers', 'Suppliers');
    await check('suppliers');
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Terms and contact' }).waitFor();
    await settled(page);
    await check('supplier-detail');

    await open(page, '/explorer', 'GraphQL explorer');
    await page.locator('.graphiql-container').waitFor();
    await check('explorer');

    if (findings.length > 0) await screenshot(page, 'accessibility-last-page');
    expect(findings).toEqual([]);
  });
});
