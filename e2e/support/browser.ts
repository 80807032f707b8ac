// One fresh browser context per journey (its own cookies, local storage and cache) in the
// Chromium that Playwright Test launched from playwright.config.ts (Debian's, with its flags).
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { BASE_URL } from './env.js';

export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export interface OpenBrowser {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page: a journey ends by asserting there were none. */
  pageErrors: string[];
  close: () => Promise<void>;
}

export async function openBrowser(browser: Browser, options: { phone?: boolean } = {}): Promise<OpenBrowser> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: options.phone ? PHONE : DESKTOP,
    ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  return {
    context,
    page,
    pageErrors,
    close: async () => {
      await context.close().catch(() => {});
    },
  };
}
