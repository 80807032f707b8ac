// A journey's pages: every page visited gets a screenshot and an axe check (checkpoint).
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { openBrowser, type OpenBrowser } from './browser.js';
import { ARTIFACTS_DIR } from './env.js';
import { expectNoSidewaysScroll, PHONE_MAX_WIDTH } from './layout.js';
import { expectNoRawText } from './raw-text.js';

/** The axe check the `expectAccessible` fixture provides (see fixtures.ts and a11y.ts). */
export type AccessibilityCheck = (page: Page, where: string) => Promise<void>;

/** Retries an async read until the assertion holds. */
export function eventually<T>(read: () => Promise<T> | T, timeout = 15_000) {
  return expect.poll(read, { timeout, intervals: [100] });
}

/** Waits until the locator is visible and returns it; the timeout error names the locator. */
export async function visible(locator: Locator, timeout?: number): Promise<Locator> {
  await locator.waitFor({ state: 'visible', ...(timeout ? { timeout } : {}) });
  return locator;
}

/** The page has rendered: its h1 is there, nothing is loading, fonts are in. */
export async function settled(page: Page): Promise<void> {
  await visible(page.locator('main h1').first());
  await page.waitForFunction(
    () => !document.querySelector('.kt-loading') && !document.querySelector('[aria-busy="true"]'),
    undefined,
    { timeout: 15_000 },
  );
  await page.evaluate(() => document.fonts.ready.then(() => true));
}

/**
 * Full-page screenshots of every checkpoint are for people looking at the pages (at 1,280 and 390 px);
 * they cost CI time and nobody looks at them there, so under CI they are taken only when asked for with
 * E2E_SCREENSHOTS=1. Failed steps always get Playwright's own failure screenshot (playwright.config.ts).
 */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1' || (!process.env.CI && process.env.E2E_SCREENSHOTS !== '0');

export class Journey {
  private step = 0;
  readonly dir: string;

  private constructor(
    readonly name: string,
    readonly browser: OpenBrowser,
    private readonly expectAccessible: AccessibilityCheck,
  ) {
    this.dir = join(ARTIFACTS_DIR, name);
  }

  /** A fresh browser context (desktop 1280×900, or a 390×844 phone) and an empty screenshot folder. */
  static async start(
    browser: Browser,
    expectAccessible: AccessibilityCheck,
    name: string,
    options: { phone?: boolean } = {},
  ): Promise<Journey> {
    const journey = new Journey(name, await openBrowser(browser, options), expectAccessible);
    await rm(journey.dir, { recursive: true, force: true });
    await mkdir(journey.dir, { recursive: true });
    return journey;
  }

  get page(): Page {
    return this.browser.page;
  }

  /**
   * The page as the user sees it now: waits until it has settled, saves
   * artifacts/e2e/<journey>/<nn>-<name>.png and fails on serious or critical axe violations, and on a raw
   * validator message or untranslated code on screen (raw-text.ts), and on a phone-sized window when the
   * page scrolls sideways (layout.ts).
   */
  async checkpoint(pageName: string, options: { extraScreenshot?: string } = {}): Promise<void> {
    this.step += 1;
    const file = join(this.dir, `${String(this.step).padStart(2, '0')}-${pageName}.png`);
    await test.step(`checkpoint ${pageName}`, async () => {
      await settled(this.page);
      if (SCREENSHOTS) await this.page.screenshot({ path: file, fullPage: true });
      if (SCREENSHOTS && options.extraScreenshot)
        await this.page.screenshot({ path: options.extraScreenshot, fullPage: true });
      await this.expectAccessible(this.page, `${this.name}/${pageName}`);
      await expectNoRawText(this.page, `${this.name}/${pageName}`);
      const width = this.page.viewportSize()?.width ?? Infinity;
      if (width <= PHONE_MAX_WIDTH) await expectNoSidewaysScroll(this.page, `${this.name}/${pageName}`);
    });
  }

  /** Fails when the page threw uncaught exceptions during the journey. */
  expectNoPageErrors(): void {
    expect(this.browser.pageErrors, 'uncaught exceptions in the page').toEqual([]);
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
