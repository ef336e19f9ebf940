import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, signInForm } from './sign-in-form';

/** Demo users by role (apps/api/src/seed/demo-data.ts). */
export const DEMO_USERS = {
  admin: 'admin@harborpine.test',
  support: 'support@harborpine.test',
  warehouse: 'warehouse@harborpine.test',
  finance: 'finance@harborpine.test',
  lead: 'lead@harborpine.test',
} as const;

/** Signs in through the form and waits for the dashboard. */
export async function signInAs(page: Page, email: string): Promise<void> {
  const form = signInForm(page);
  await page.goto('/sign-in');
  await form.email.fill(email);
  await form.password.fill(DEMO_PASSWORD);
  await form.submit.click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}

/** Waits until no skeleton or "Loading…" placeholder is left on the page. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[aria-busy="true"]') === null,
    undefined,
    { timeout: 15_000 },
  );
}
