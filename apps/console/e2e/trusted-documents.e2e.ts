import type { Browser, BrowserContext, Page } from 'playwright-core';
import { consoleUrl, launchChromium, screenshot } from './support/browser';
import { startProductionStack, type ProductionStack } from './support/production-stack';
import { DEMO_PASSWORD, signInForm } from './support/sign-in-form';

// The console as it ships: a production build in front of an API with NODE_ENV=production,
// which runs only the trusted documents of that build.

let stack: ProductionStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];
/** Bodies of every GraphQL request the page sent. */
const graphqlBodies: Record<string, unknown>[] = [];

beforeAll(async () => {
  stack = await startProductionStack();
  browser = await launchChromium();
  context = await browser.newContext({
    baseURL: stack.url,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // The refused ad-hoc request below is a 403 on purpose; Chromium logs it.
    const expected = /status of 403/.test(message.text());
    if (message.type() === 'error' && !expected) problems.push(`console.error: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') {
      graphqlBodies.push(request.postDataJSON() as Record<string, unknown>);
    }
  });
}, 240_000);

afterAll(async () => {
  await context.close();
  await browser.close();
  await stack.stop();
});

afterEach(() => {
  expect(problems).toEqual([]);
});

describe('the production console with trusted documents', () => {
  it('signs in and shows the dashboard and the returns queue, sending only document hashes', async () => {
    const form = signInForm(page);
    await page.goto('/sign-in');
    await form.email.fill('support@harborpine.test');
    await form.password.fill(DEMO_PASSWORD);
    await form.submit.click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
    await screenshot(page, 'production-dashboard');

    await page.goto('/returns');
    await page.getByRole('heading', { level: 1, name: 'Returns' }).waitFor();
    await page
      .getByText(/^RMA-\d{6}$/)
      .first()
      .waitFor();
    await screenshot(page, 'production-returns');

    expect(graphqlBodies.length).toBeGreaterThanOrEqual(3);
    for (const body of graphqlBodies) {
      expect(body).not.toHaveProperty('query');
      const { persistedQuery } = body.extensions as {
        persistedQuery?: { version?: unknown; sha256Hash?: unknown };
      };
      expect(persistedQuery?.version).toBe(1);
      expect(String(persistedQuery?.sha256Hash)).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(graphqlBodies.map((body) => body.operationName)).toEqual(
      expect.arrayContaining(['SignIn', 'Viewer']),
    );
  });

  it('refuses an ad-hoc query POSTed from the signed-in page with PERSISTED_QUERY_NOT_ALLOWED', async () => {
    const answer = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ viewer { id email roles } }' }),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    });
    expect(answer.status).toBe(403);
    const { errors } = answer.body as { errors: { message: string; extensions: unknown }[] };
    expect(errors.map((error) => error.extensions)).toEqual([
      { code: 'PERSISTED_QUERY_NOT_ALLOWED' },
    ]);
    expect(errors[0]?.message).toMatch(/only trusted documents/);
  });

  it('serves the API reference on the dev server too, where the explorer links to it', async () => {
    const redirect = await fetch(`${consoleUrl()}/reference`, { redirect: 'manual' });
    expect(redirect.headers.get('location')).toBe('/reference/');
    const response = await fetch(`${consoleUrl()}/reference/`);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<title>Rebound GraphQL API reference</title>');
  });

  it('serves the API reference at /reference/ from the build', async () => {
    await page.goto('/reference/');
    expect(await page.title()).toBe('Rebound GraphQL API reference');
    await page.locator('#type-Return').waitFor();
    await page.locator('#error-PERSISTED_QUERY_NOT_ALLOWED').waitFor();
  });
});
