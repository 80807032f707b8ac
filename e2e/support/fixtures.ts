// The journeys' `test`: Playwright Test with the axe check and the journey opener as fixtures.
// Worker-scoped, because a journey opens its browser context in beforeAll and walks through its
// steps (the tests of a serial describe) on that one page.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { expectAccessible } from './a11y.js';
import { ARTIFACTS_DIR } from './env.js';
import { Journey, type AccessibilityCheck } from './journey.js';

const SERVER_LOG = join(ARTIFACTS_DIR, 'server.log');

export interface JourneyFixtures {
  /** axe-core on the page as it is now (WCAG 2.1 A/AA): serious and critical findings fail. */
  expectAccessible: AccessibilityCheck;
  /** A fresh browser context for one journey; its checkpoints use `expectAccessible`. */
  openJourney: (name: string, options?: { phone?: boolean }) => Promise<Journey>;
}

interface StepFixtures {
  /** Automatic: a failed step gets the end of the server's log attached (e2e/serve.mjs writes it). */
  serverLogOnFailure: void;
}

export const test = base.extend<StepFixtures, JourneyFixtures>({
  expectAccessible: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
    async ({}, use) => {
      await use(expectAccessible);
    },
    { scope: 'worker' },
  ],
  openJourney: [
    async ({ browser, expectAccessible }, use) => {
      await use((name, options) => Journey.start(browser, expectAccessible, name, options));
    },
    { scope: 'worker' },
  ],
  serverLogOnFailure: [
    // eslint-disable-next-line no-empty-pattern -- see above
    async ({}, use, testInfo) => {
      await use();
      if (testInfo.status === testInfo.expectedStatus) return;
      const log = await readFile(SERVER_LOG, 'utf8').catch(() => '(no server log)');
      const tail = log.trimEnd().split('\n').slice(-20).join('\n');
      await testInfo.attach('server.log (tail)', { body: tail, contentType: 'text/plain' });
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
export { expectNoRawText, findRawText } from './raw-text.js';
