// Journey: need-to-know in practice. A professional of another municipality's team is refused a
// Zwolle family's dossier, breaks the glass with a reason, reads it (flagged as emergency access),
// and the privacy officer finds the use on the review list.
import type { Page } from '@playwright/test';
import { logIn, logOut, openLoginPage } from './support/auth.js';
import { type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

const FAMILY = 'G-0193-0002';
const OUTSIDER = 'kampen.prof1';
const REASON = 'Crisismelding in de avond, de regisseur is niet bereikbaar en de school belt.';

test.describe('break the glass', () => {
  let journey: Journey;
  let page: Page;
  let dossierPath = '';

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('break-glass');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('the regisseur can open the dossier from "Mijn gezinnen"', async () => {
    await openLoginPage(page);
    await logIn(page, 'demo.professional');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gezinnen' }).click();
    // The list is paged: find the family by its reference.
    await page.getByLabel('Zoek op kenmerk of naam', { exact: true }).fill(FAMILY);
    // Wait for the search to have applied (it is debounced): a click on the unfiltered list's link could
    // be undone by the search's own update of the list address.
    await expect(page.getByRole('link', { name: /^G-\d{4}-\d{4}$/ })).toHaveCount(1);
    await (await visible(page.getByRole('link', { name: FAMILY, exact: true }))).click();
    await visible(page.getByRole('heading', { level: 1, name: `Gezin ${FAMILY}` }));
    dossierPath = new URL(page.url()).pathname;
    await logOut(page);
  });

  test('an unrelated professional is refused and offered emergency access', async () => {
    await logIn(page, OUTSIDER);
    await page.goto(new URL(dossierPath, page.url()).toString());
    await visible(page.getByRole('heading', { level: 1, name: 'Geen toegang tot dit dossier' }));
    expect(await page.getByRole('heading', { name: 'Gezinsleden' }).count()).toBe(0);
    await journey.checkpoint('refused');
  });

  test('a too short reason is refused; a real reason opens the dossier read-only, flagged as emergency access', async () => {
    await page.getByLabel('Reden voor noodtoegang').fill('even kijken');
    await page.getByRole('button', { name: 'Noodtoegang openen' }).click();
    await visible(page.getByText('Beschrijf de reden in minstens 20 tekens.').first());
    await page.getByLabel('Reden voor noodtoegang').fill(REASON);
    await page.getByRole('button', { name: 'Noodtoegang openen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Gezin ${FAMILY}` }));
    await visible(page.getByText('Je bekijkt dit dossier met noodtoegang.', { exact: false }));
    await journey.checkpoint('emergency-dossier');
    await logOut(page);
  });

  test('the privacy officer finds the use on the review list', async () => {
    await logIn(page, 'demo.privacy_officer');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Auditlog' }).click();
    // Open reviews are listed at the top of the audit page; each has its own review page.
    const open = page.getByTestId('break-glass-open');
    await open
      .getByRole('link', { name: new RegExp(`dossier ${FAMILY}`) })
      .first()
      .click();
    await visible(
      page.getByRole('heading', { level: 1, name: new RegExp(`^Noodtoegang van .* tot dossier ${FAMILY}`) }),
    );
    await visible(page.getByText(REASON, { exact: false }).first());
    await journey.checkpoint('review-list');
    await logOut(page);
  });
});
