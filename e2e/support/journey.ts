// A journey's pages: every page visited gets a screenshot and an axe check (checkpoint).
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeEach, expect } from 'vitest';
import { expectAccessible } from './a11y.js';
import { openBrowser, type OpenBrowser } from './browser.js';
import { ARTIFACTS_DIR } from './env.js';

/** Retries an async read until the assertion holds (Playwright-style auto-waiting for Vitest). */
export function eventually<T>(read: () => Promise<T> | T, timeout = 15_000) {
  return expect.poll(read, { timeout, interval: 100 });
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

export class Journey {
  private step = 0;
  readonly dir: string;

  private constructor(
    readonly name: string,
    readonly browser: OpenBrowser,
  ) {
    this.dir = join(ARTIFACTS_DIR, name);
  }

  static async start(name: string, options: { phone?: boolean } = {}): Promise<Journey> {
    const browser = await openBrowser(options);
    const journey = new Journey(name, browser);
    await rm(journey.dir, { recursive: true, force: true });
    await mkdir(journey.dir, { recursive: true });
    return journey;
  }

  get page(): Page {
    return this.browser.page;
  }

  /**
   * The page as the user sees it now: waits until it has settled, saves
   * artifacts/e2e/<journey>/<nn>-<name>.png and fails on serious or critical axe violations.
   */
  async checkpoint(pageName: string, options: { extraScreenshot?: string } = {}): Promise<void> {
    this.step += 1;
    await settled(this.page);
    const file = join(this.dir, `${String(this.step).padStart(2, '0')}-${pageName}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    if (options.extraScreenshot) await this.page.screenshot({ path: options.extraScreenshot, fullPage: true });
    await expectAccessible(this.page, `${this.name}/${pageName}`);
  }

  /** Fails when the page threw uncaught exceptions during the journey. */
  expectNoPageErrors(): void {
    expect(this.browser.pageErrors, 'uncaught exceptions in the page').toEqual([]);
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/**
 * The steps of a journey build on each other: after the first failing step the rest are skipped
 * (and reported as skipped) instead of failing with confusing follow-up errors.
 */
export function stopAfterFirstFailure(): void {
  let failed = false;
  beforeEach((context) => {
    if (failed) context.skip('an earlier step of this journey failed');
    context.onTestFailed(() => {
      failed = true;
    });
  });
}
