import type { Locator, Page } from 'playwright-core';

/** Every demo account's password (apps/api/src/seed/demo-data.ts). */
export const DEMO_PASSWORD = 'rebound-demo';

export interface SignInFormLocators {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly alert: Locator;
}

/** The sign-in form as a user finds it: by labels and roles, not by class names. */
export function signInForm(page: Page): SignInFormLocators {
  return {
    email: page.getByLabel('Email', { exact: true }),
    password: page.getByLabel('Password', { exact: true }),
    submit: page.getByRole('button', { name: 'Sign in', exact: true }),
    alert: page.getByRole('main').getByRole('alert'),
  };
}

/** Labels of the side navigation, in order, without the "Planned" tags. */
export async function navigationLabels(page: Page): Promise<string[]> {
  const items = page.getByRole('navigation', { name: 'Sections' }).getByRole('listitem');
  return (await items.allTextContents()).map((text) => text.replace(/Planned$/, '').trim());
}

/**
 * Moves the single-page app to `path` without a reload, as one of its own links would: the
 * page keeps its in-memory state (urql cache, signed-in user).
 */
export async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}
