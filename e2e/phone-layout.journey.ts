// Journey: the daily pages at 390 px (a phone). The triage queue keeps urgency and deadline on screen (its rows
// become labelled cards), and the dossier and the plan fit the window: no sideways scrolling of the page.
import type { Page } from '@playwright/test';
import { logIn } from './support/auth.js';
import { PHONE } from './support/browser.js';
import { type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

async function expectFitsWindow(page: Page, where: string): Promise<void> {
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits, `${where} is no wider than the window`).toBe(true);
}

test.describe('the triage queue, the dossier and the plan on a phone', () => {
  let journey: Journey;
  let page: Page;
  let familyPath = '';

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('phone-layout', { phone: true });
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('the triage queue shows urgency and deadline of a signal on screen', async () => {
    await logIn(page, 'demo.professional');
    await page.goto('/families');
    const first = page.getByRole('table').getByRole('link').first();
    await visible(first);
    familyPath = new URL((await first.getAttribute('href')) ?? '/', 'http://x').pathname;
    await page.goto('/signals/queue');
    const queue = page.getByTestId('triage-queue');
    await visible(queue);
    const row = queue.locator('tbody tr').first();
    await visible(row);
    for (const label of ['Urgentie', 'Beoordelen vóór']) {
      const cell = row.locator(`td[data-label^="${label}"]`).first();
      await visible(cell);
      const box = await cell.boundingBox();
      expect(box, `${label} has a box`).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0), `${label} ends inside the screen`).toBeLessThanOrEqual(PHONE.width);
    }
    await expectFitsWindow(page, 'the triage queue');
    await journey.checkpoint('queue-phone');
  });

  test('the dossier fits the window', async () => {
    await page.goto(familyPath);
    await visible(page.getByRole('heading', { level: 1 }));
    await expectFitsWindow(page, 'the dossier');
    await journey.checkpoint('dossier-phone');
  });

  test('the plan fits the window', async () => {
    await page.goto(`${familyPath}/plan`);
    await visible(page.getByRole('heading', { level: 1 }));
    await expectFitsWindow(page, 'the plan');
    await journey.checkpoint('plan-phone');
    journey.expectNoPageErrors();
  });
});
