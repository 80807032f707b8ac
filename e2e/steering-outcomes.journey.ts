// Journey: demo.policy opens the outcome dashboard of Zwolle (every indicator with its definition and
// small numbers hidden, a download), compares the entry points in bars with tables beside them, and
// reads the GP support-worker pilot against Zwolle's other trajectories; on a 390-px phone the entry
// points page reads without sideways scrolling. axe on every page.
import type { Page } from '@playwright/test';
import { logIn } from './support/auth.js';
import { type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

async function noSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page width').toBeLessThanOrEqual(clientWidth);
}

test.describe('the policy advisor steers on outcomes', () => {
  let journey: Journey;
  let page: Page;
  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('steering-outcomes');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('the dashboard: indicators with their definitions, hidden small numbers, a download', async () => {
    await logIn(page, 'demo.policy');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitkomsten' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Uitkomsten van de jeugdhulp' }));
    const table = page.getByTestId('outcome-table');
    await visible(table);
    await visible(table.getByRole('columnheader', { name: 'Voortijdig gestopt (uitval)' }));
    await visible(page.getByText('CBS-definitie').first());
    // Nothing on screen counts 1 to 4.
    const counts = await table.locator('tbody small').allTextContents();
    expect(counts.filter((c) => /\b[1-4] van\b/.test(c))).toEqual([]);
    await page.getByLabel('Uitsplitsen naar').selectOption('team');
    await visible(page.getByRole('rowheader', { name: /Zwolle/ }).first());
    await visible(page.getByRole('button', { name: 'CSV downloaden' }).first());
    await journey.checkpoint('outcomes-dashboard');
  });

  test('entry points compared: bars with the same figures in a table beside them', async () => {
    await page.getByRole('link', { name: 'Ingangen vergeleken' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Ingangen vergeleken' }));
    await visible(page.getByRole('img', { name: 'Doorverwezen naar specialistische hulp' }));
    await visible(page.getByTestId('entry-table').getByRole('rowheader', { name: 'Huisarts / POH jeugd' }));
    await journey.checkpoint('entry-points');
  });

  test('the GP support-worker pilot against the other trajectories of Zwolle', async () => {
    await page.goto('/insights/pilots');
    await visible(page.getByRole('heading', { level: 2, name: 'Ondersteuner Jeugd & Gezin bij de huisarts' }));
    const table = page.getByTestId('pilot-table');
    await visible(table.getByRole('rowheader', { name: 'In de pilot' }));
    await visible(table.getByRole('rowheader', { name: 'Andere trajecten' }));
    await journey.checkpoint('pilot');
    journey.expectNoPageErrors();
  });

  test.describe('on a phone (390×844)', () => {
    let phone: Journey;
    test.beforeAll(async ({ openJourney }) => {
      phone = await openJourney('steering-outcomes-phone', { phone: true });
    });
    test.afterAll(async () => {
      await phone?.close();
    });

    test('the entry points read without sideways scrolling', async () => {
      await logIn(phone.page, 'demo.policy');
      await phone.page.goto('/insights/entry-points');
      await visible(phone.page.getByRole('heading', { level: 1, name: 'Ingangen vergeleken' }));
      await visible(phone.page.getByTestId('entry-table'));
      await noSidewaysScroll(phone.page);
      await phone.checkpoint('entry-points-phone');
    });
  });
});
