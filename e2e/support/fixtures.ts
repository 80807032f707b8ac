// The journeys' `test`: Playwright Test with the axe check and the journey opener as fixtures.
// Worker-scoped, because a journey opens its browser context in beforeAll and walks through its
// steps (the tests of a serial describe) on that one page.
import { test as base } from '@playwright/test';
import { expectAccessible } from './a11y.js';
import { Journey, type AccessibilityCheck } from './journey.js';

export interface JourneyFixtures {
  /** axe-core on the page as it is now (WCAG 2.1 A/AA): serious and critical findings fail. */
  expectAccessible: AccessibilityCheck;
  /** A fresh browser context for one journey; its checkpoints use `expectAccessible`. */
  openJourney: (name: string, options?: { phone?: boolean }) => Promise<Journey>;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no test-scoped fixtures
export const test = base.extend<{}, JourneyFixtures>({
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
});

export { expect } from '@playwright/test';
