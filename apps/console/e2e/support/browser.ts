import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CONSOLE_URL_ENV, SCREENSHOTS_DIR } from './paths';

/** Chromium from the system (apt-get install chromium); CHROMIUM_PATH points elsewhere. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export function consoleUrl(): string {
  const url = process.env[CONSOLE_URL_ENV];
  if (url === undefined)
    throw new Error(`${CONSOLE_URL_ENV} is unset: run through jest.e2e.config.cjs`);
  return url;
}

export interface ConsoleTab {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught exceptions and console errors the page produced; a clean run has none. */
  readonly problems: string[];
}

/** A fresh browser profile (no cookies) on a laptop-sized window, pointed at the console. */
export async function openConsoleTab(browser: Browser): Promise<ConsoleTab> {
  const context = await browser.newContext({
    baseURL: consoleUrl(),
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  return { context, page, problems };
}

/** Full-page PNG in test-artifacts/screenshots/<name>.png; returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}
