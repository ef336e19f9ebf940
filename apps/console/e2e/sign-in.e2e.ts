import type { Browser, Request } from 'playwright-core';
import { launchChromium, openConsoleTab, screenshot, type ConsoleTab } from './support/browser';
import { DEMO_PASSWORD, navigateInApp, navigationLabels, signInForm } from './support/sign-in-form';

const SUPPORT = 'support@harborpine.test';

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

describe('signing in to the console', () => {
  it('takes a support user through a wrong password to their dashboard, then signs them out', async () => {
    const { page } = tab;
    const form = signInForm(page);
    await page.goto('/sign-in');
    await form.email.waitFor();
    expect(await page.title()).toBe('Sign in · Rebound');
    expect(await page.getByRole('complementary', { name: 'Demo accounts' }).isVisible()).toBe(true);
    await screenshot(page, 'sign-in');

    await form.email.fill(SUPPORT);
    await form.password.fill('not-the-password');
    await form.submit.click();
    await form.alert.waitFor();
    expect(await form.alert.innerText()).toContain('Email or password is wrong');
    expect(await form.alert.innerText()).toContain('INVALID_CREDENTIALS');
    expect(await form.email.inputValue()).toBe(SUPPORT);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await screenshot(page, 'sign-in-wrong-password');

    await form.password.fill(DEMO_PASSWORD);
    await form.submit.click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const returnsTotal = page.locator('dt:text-is("Open returns") + dd');
    expect(Number((await returnsTotal.innerText()).replace(/\D/g, ''))).toBeGreaterThan(0);
    await page.getByRole('status').filter({ hasText: 'API: up' }).waitFor();

    const header = page.getByRole('banner');
    expect(await header.getByText('Sam Support').isVisible()).toBe(true);
    expect(await header.getByText('Roles: Support', { exact: true }).isVisible()).toBe(true);
    expect(await navigationLabels(page)).toEqual([
      'Dashboard',
      'Returns',
      'Suppliers',
      'Imports',
      'GraphQL explorer',
    ]);
    await screenshot(page, 'dashboard-support');

    await header.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.search === '');
    await form.email.waitFor();
    // The session really ended: the dashboard sends the visitor back to sign in.
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/sign-in');
  });

  it('returns a signed-out visitor to the page they asked for once they sign in', async () => {
    const { page } = tab;
    const form = signInForm(page);
    await page.goto('/?x=1');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).search).toBe('?next=%2F%3Fx%3D1');

    await form.email.fill(SUPPORT);
    await form.password.fill(DEMO_PASSWORD);
    await form.password.press('Enter');
    await page.waitForURL((url) => url.pathname === '/' && url.search === '?x=1');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  });

  it('checks the fields before sending anything and focuses the first one to fix', async () => {
    const { page } = tab;
    const form = signInForm(page);
    const signInRequests: Request[] = [];
    page.on('request', (request) => {
      const body: unknown = request.method() === 'POST' ? request.postDataJSON() : null;
      if (typeof body === 'object' && body !== null && 'operationName' in body) {
        if (body.operationName === 'SignIn') signInRequests.push(request);
      }
    });
    const isFocused = (field: typeof form.email) =>
      field.evaluate((element) => element === document.activeElement);

    await page.goto('/sign-in');
    await form.submit.click();
    await page.getByText('Enter your email address.').waitFor();
    expect(await page.getByText('Enter your password.').isVisible()).toBe(true);
    expect(await form.email.getAttribute('aria-invalid')).toBe('true');
    expect(await isFocused(form.email)).toBe(true);
    await screenshot(page, 'sign-in-validation');

    await form.email.fill('support');
    await form.password.fill('anything');
    await form.submit.click();
    await page.getByText('Enter an email address like name@company.com.').waitFor();
    expect(await isFocused(form.email)).toBe(true);

    await form.email.fill(SUPPORT);
    await form.password.fill('');
    await form.submit.click();
    await page.getByText('Enter your password.').waitFor();
    expect(await isFocused(form.password)).toBe(true);
    expect(await form.email.getAttribute('aria-invalid')).toBe('false');

    expect(signInRequests).toHaveLength(0);
  });

  it('shows a SUPPORT+FINANCE lead the sections of both roles', async () => {
    const { page } = tab;
    const form = signInForm(page);
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Use lead@harborpine.test' }).click();
    expect(await form.email.inputValue()).toBe('lead@harborpine.test');
    await form.submit.click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    expect(
      await page
        .getByRole('banner')
        .getByText('Roles: Support · Finance', { exact: true })
        .isVisible(),
    ).toBe(true);
    expect(await navigationLabels(page)).toEqual([
      'Dashboard',
      'Returns',
      'Refunds',
      'Reports',
      'Suppliers',
      'Imports',
      'GraphQL explorer',
    ]);
  });

  it('sends the user to sign in when the API says the session has ended, then back to their page', async () => {
    const { page, context } = tab;
    const form = signInForm(page);
    await page.goto('/sign-in');
    await form.email.fill(SUPPORT);
    await form.password.fill(DEMO_PASSWORD);
    await form.password.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    // Let the dashboard's queries finish first: one still in flight when the cookie goes would
    // itself come back UNAUTHENTICATED and send the user to sign in before the next step.
    await page.waitForLoadState('networkidle');

    // The cookie is gone (expired) while the console still believes the user is signed in.
    await context.clearCookies();
    await navigateInApp(page, '/nowhere');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await navigateInApp(page, '/?after=expiry');

    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).search).toBe('?next=%2F%3Fafter%3Dexpiry&reason=session-expired');
    await page.getByText('Your session has ended.', { exact: false }).waitFor();
    await screenshot(page, 'sign-in-session-expired');

    await form.email.fill(SUPPORT);
    await form.password.fill(DEMO_PASSWORD);
    await form.password.press('Enter');
    await page.waitForURL((url) => url.pathname === '/' && url.search === '?after=expiry');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  });
});
