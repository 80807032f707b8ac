// Journey (issue 15 items 4, 5, 8): at phone size, demo.family records a statement of its own, asks for
// a correction, sees who looked at its file and asks the privacy officer about an entry, and downloads
// all its data as JSON and PDF; its regisseur (demo.professional) answers the correction request and
// the family reads the answer. Axe at every page.
import type { Page } from '@playwright/test';
import { logIn, logOut } from './support/auth.js';
import { PHONE } from './support/browser.js';
import { type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

const STATEMENT = 'Over het gesprek van maart (e2e)';
const CORRECTION = 'Het verslag van het gesprek (e2e)';

async function expectFitsWindow(page: Page, where: string): Promise<void> {
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits, `${where} is no wider than the window`).toBe(true);
}

test.describe("the family's rights on a phone", () => {
  let journey: Journey;
  let page: Page;

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('family-rights', { phone: true });
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('the family records a statement of its own', async () => {
    await logIn(page, 'demo.family');
    await page.goto('/mijn/verklaring');
    await visible(page.getByRole('heading', { level: 1, name: 'Mijn verklaring in het dossier' }));
    await page.getByLabel('Waar gaat het over?').fill(STATEMENT);
    await page.getByLabel('Uw verklaring').fill('Wij zijn het niet eens met wat er over de schuld staat.');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await visible(page.getByText(STATEMENT));
    expect(PHONE.width).toBe(390);
    await expectFitsWindow(page, 'the statement page');
    await journey.checkpoint('statement');
  });

  test('asks for a correction', async () => {
    await page.goto('/mijn/verzoeken');
    await page.getByRole('radio', { name: 'Iets laten verbeteren' }).check();
    await page.getByLabel('Over welke gegevens gaat het?').fill(CORRECTION);
    await page.getByLabel('Wat moet er anders, en waarom?').fill('Er staat drie keer; het was één keer.');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await visible(page.getByTestId('family-request').filter({ hasText: CORRECTION }));
    await journey.checkpoint('requests');
  });

  test('sees who looked at the file and asks about an entry', async () => {
    await page.goto('/mijn/wie-keek');
    const entry = page.getByTestId('access-entry').first();
    await visible(entry);
    await entry.getByRole('button', { name: 'Stel een vraag hierover' }).click();
    await entry.getByLabel('Uw vraag aan de privacy-functionaris').fill('Waarom keek deze organisatie in ons dossier?');
    await entry.getByRole('button', { name: 'Versturen' }).click();
    await visible(page.getByText('U heeft hierover een vraag gesteld.').first());
    await expectFitsWindow(page, 'who looked');
    await journey.checkpoint('who-looked');
  });

  test('downloads all its data as JSON and as PDF', async () => {
    await page.goto('/mijn/gegevens');
    const json = page.waitForEvent('download');
    await page.getByRole('link', { name: /Download als JSON/ }).click();
    expect((await json).suggestedFilename()).toMatch(/^mijn-gegevens-keukentafel-\d{4}-\d\d-\d\d\.json$/);
    const pdf = page.waitForEvent('download');
    await page.getByRole('link', { name: /Download als PDF/ }).click();
    expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/);
    await journey.checkpoint('data');
    await page.goto('/mijn/berichten');
    await visible(page.getByTestId('family-message').first());
    await journey.checkpoint('messages');
    await logOut(page);
  });

  test('the regisseur answers the correction; the family reads the answer', async () => {
    await logIn(page, 'demo.professional');
    await page.goto('/verzoeken-gezin');
    const item = page.getByTestId('queue-item').filter({ hasText: CORRECTION });
    await visible(item);
    await journey.checkpoint('queue');
    await item.getByRole('radio', { name: 'Afwijzen' }).check();
    await item
      .getByLabel('Antwoord en reden voor het gezin')
      .fill('Volgens de agenda waren het drie afspraken. Uw verklaring staat in het dossier.');
    await item.getByRole('button', { name: 'Antwoord versturen' }).click();
    await expect(page.getByTestId('queue-item').filter({ hasText: CORRECTION })).toHaveCount(0);
    await logOut(page);
    await logIn(page, 'demo.family');
    await page.goto('/mijn/verzoeken');
    await visible(page.getByTestId('family-request').filter({ hasText: CORRECTION }).getByText('Afgewezen'));
    journey.expectNoPageErrors();
  });
});
