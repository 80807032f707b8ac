// Journey (issue 15 items 6 and 8) at phone size (390 px): a mother logs in through the demo identity
// provider (the OIDC flow), reads the plan, marks her action done, proposes a goal, agrees with the plan,
// asks for a correction, sees who looked at her file and downloads her data (PDF and JSON); her
// 16-year-old shields a goal of her own and the mother no longer sees it. Across roles, at 1,280 px: the
// regisseur takes the proposed goal into the plan, shields an item with a legal reason and a review date
// and lifts an older shield (the mother no longer sees the one, sees the other again) and finds the
// correction request in the queue; the privacy officer sees the shield in the register and the request
// in the queue. axe on every page; every family page fits 390 px with touch targets of at least 44 px.
// The family reaches every page, the rights pages included, through the portal's own menu.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { logIn, logInWithDigid, logOut } from './support/auth.js';
import { DESKTOP, openBrowser, PHONE } from './support/browser.js';
import { type Journey, settled, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';
import { expectTouchTargets } from './support/touch.js';

const CORRECTION = 'Het verslag van het huisbezoek (portaal)';
const STRENGTH = 'We eten bijna elke avond samen en praten dan over de dag.';

async function expectFitsWindow(page: Page, where: string): Promise<void> {
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits, `${where} is no wider than the window`).toBe(true);
}

/** The download happened and holds something: its first bytes. */
async function downloaded(download: Promise<Download>): Promise<Buffer> {
  const file = await (await download).path();
  const bytes = await readFile(file);
  expect(bytes.length).toBeGreaterThan(100);
  return bytes;
}

test.describe('the family portal on a phone, and the professionals around it', { tag: '@postgres' }, () => {
  let journey: Journey;
  let desk: Journey;
  let page: Page;
  let familyId = '';

  /** A family page: axe and a screenshot, no wider than the phone, every touch target at least 44 px. */
  async function familyPage(name: string): Promise<void> {
    await journey.checkpoint(name);
    await expectFitsWindow(page, name);
    await expectTouchTargets(page, name);
  }

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('portal', { phone: true });
    desk = await openJourney('portal-professionals');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
    await desk?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('a mother logs in with DigiD, reads the plan, marks her action done, proposes a goal and agrees', async () => {
    await logInWithDigid(page, /ouder met gezag/, () => journey.checkpoint('digid'));
    await page.goto('/mijn');
    await visible(page.getByRole('heading', { level: 1, name: 'Mijn Keukentafel' }));
    await visible(page.getByRole('heading', { name: 'Wat moet er gebeuren?' }));
    await familyPage('start');
    const me = await page.context().request.get('/api/portal/me');
    familyId = ((await me.json()) as { families: Array<{ familyId: string }> }).families[0]?.familyId ?? '';

    await page.getByRole('navigation', { name: 'Mijn Keukentafel' }).getByRole('link', { name: 'Ons plan' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Ons plan' }));
    await visible(page.getByTestId('goal-pGoalYouth'));
    await visible(page.getByText(STRENGTH));
    await expect(page.getByText('De buurvrouw let op')).toHaveCount(0);
    await familyPage('plan');

    const action = page.getByTestId('action-pActMum');
    await action.getByRole('button', { name: 'Ik heb dit gedaan' }).click();
    await visible(action.getByText('Klaar', { exact: true }));

    await page.getByLabel('Uw voorstel').fill('Eén keer per week samen sporten');
    await page.getByRole('button', { name: 'Voorstel sturen' }).click();
    await visible(page.getByText('Uw voorstel is verstuurd naar de regisseur.'));
    await visible(page.getByTestId('my-proposal').filter({ hasText: 'wacht op antwoord' }));

    await page.getByRole('button', { name: 'Ik ben het eens met het plan' }).click();
    await visible(page.getByTestId('signed'));
    await familyPage('plan-signed');

    for (const [link, heading, name] of [
      ['Gesprekken', 'Gesprekken', 'meetings'],
      ['Ons team', 'Ons team', 'team'],
      ['Zorg en besluiten', 'Zorg en besluiten', 'care'],
      ['Tijdlijn', 'Tijdlijn', 'timeline'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Mijn Keukentafel' }).getByRole('link', { name: link }).click();
      await visible(page.getByRole('heading', { level: 1, name: heading }));
      await familyPage(name);
    }
  });

  test('she finds her rights in the menu: asks for a correction, sees who looked, downloads her data', async () => {
    const menu = page.getByRole('navigation', { name: 'Mijn Keukentafel' });
    /** A page of the portal's menu: the link, its page heading, marked as the current page. */
    async function viaMenu(link: string, heading: string): Promise<void> {
      await menu.getByRole('link', { name: link, exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: heading }));
      await expect(menu.getByRole('link', { name: link, exact: true })).toHaveAttribute('aria-current', 'page');
    }
    // The rights are a list of their own in the menu, named so a screen reader announces it.
    await visible(menu.getByRole('list', { name: 'Mijn rechten' }));

    await viaMenu('Berichten', 'Berichten');
    await familyPage('messages');
    await viaMenu('Mijn verklaring', 'Mijn verklaring in het dossier');
    await familyPage('statement');
    await viaMenu('Toestemming', 'Toestemming');
    await visible(page.getByRole('heading', { level: 2, name: 'Gegeven toestemming' }));
    await familyPage('consent');

    await viaMenu('Verbeteren of verwijderen', 'Iets laten verbeteren of verwijderen');
    await page.getByRole('radio', { name: 'Iets laten verbeteren' }).check();
    await page.getByLabel('Over welke gegevens gaat het?').fill(CORRECTION);
    await page.getByLabel('Wat moet er anders, en waarom?').fill('Het huisbezoek was op dinsdag, niet op maandag.');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await visible(page.getByTestId('family-request').filter({ hasText: CORRECTION }));
    await familyPage('requests');

    await viaMenu('Wie keek in mijn dossier', 'Wie keek in mijn dossier');
    await visible(page.getByTestId('access-entry').first());
    await familyPage('who-looked');

    await viaMenu('Mijn gegevens downloaden', 'Al mijn gegevens downloaden');
    const json = page.waitForEvent('download');
    await page.getByRole('link', { name: /Download als JSON/ }).click();
    expect(JSON.parse((await downloaded(json)).toString('utf8'))).toBeTruthy();
    const pdf = page.waitForEvent('download');
    await page.getByRole('link', { name: /Download als PDF/ }).click();
    expect((await downloaded(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await familyPage('data');
  });

  test('a 16-year-old shields her own goal and her mother no longer sees it', async ({ browser, expectAccessible }) => {
    // The young person on a phone of her own; the mother stays logged in on hers.
    const phone = await openBrowser(browser, { phone: true });
    const youth = phone.page;
    await logIn(youth, 'demo.family.youth');
    await youth.goto('/mijn/plan');
    const goal = youth.getByTestId('goal-pGoalYouth');
    // The goal's own button comes first; its actions carry their own.
    await goal.getByRole('button', { name: 'Verbergen voor mijn ouders' }).first().click();
    await visible(goal.getByText('Niet zichtbaar voor uw ouders').first());
    await settled(youth);
    await expectAccessible(youth, 'portal/youth-plan');
    expect(phone.pageErrors).toEqual([]);
    await phone.close();

    await page.goto('/mijn/plan');
    await visible(page.getByTestId('action-pActMum'));
    await expect(page.getByTestId('goal-pGoalYouth')).toHaveCount(0);
  });

  test('the regisseur takes the goal into the plan, shields an item and sees the correction request', async () => {
    const prof = desk.page;
    await logIn(prof, 'demo.professional');
    await prof.goto(`/families/${familyId}/plan`);
    const panel = prof.getByTestId('family-proposals');
    await visible(panel.getByText('Eén keer per week samen sporten'));
    await panel.getByRole('button', { name: 'Doel overnemen in het plan' }).click();
    await visible(panel.getByText('overgenomen'));

    const shields = prof.getByTestId('shields');
    await visible(shields.getByText('De buurvrouw let op'));
    await shields.getByRole('button', { name: 'Afschermen voor het gezin' }).click();
    await shields.getByRole('button', { name: 'Afschermen', exact: true }).click();
    // Nothing chosen: the summary and each field say what to do.
    await visible(shields.getByText('Kies de wettelijke reden.').first());
    await visible(shields.getByText(/^Vul de datum in waarop u opnieuw beoordeelt/).first());
    await desk.checkpoint('shield-errors');
    await shields.getByLabel('Welk onderdeel schermt u af?').selectOption({ label: `Wat goed gaat: ${STRENGTH}` });
    await shields.getByRole('radio', { name: 'Privacy van een ander' }).check();
    await shields.getByLabel('Toelichting').fill('Het gaat ook over een familielid dat hier niet van weet.');
    await shields.getByLabel('Opnieuw beoordelen op').fill('2099-03-01');
    await shields.getByRole('button', { name: 'Afschermen', exact: true }).click();
    await visible(shields.getByText('Het onderdeel is afgeschermd.'));
    const card = shields.getByTestId('shield').filter({ hasText: STRENGTH });
    await visible(card.getByText('Reden: Privacy van een ander.'));
    await visible(card.getByText(/Opnieuw beoordelen op 1 mrt\.? 2099/));
    await desk.checkpoint('plan-shields');
    // The same page on a phone: the shields and their form fit 390 px.
    await prof.setViewportSize(PHONE);
    await shields.getByRole('button', { name: 'Afschermen voor het gezin' }).click();
    await expectFitsWindow(prof, 'the plan page with the shield form on a phone');
    await desk.checkpoint('plan-shields-phone');
    await shields.getByRole('button', { name: 'Annuleren' }).click();
    await prof.setViewportSize(DESKTOP);
    // The seeded shield is no longer needed: lifted, the family sees the item again.
    await shields.getByRole('button', { name: /^Afscherming opheffen: .*De buurvrouw let op/ }).click();
    await expect(shields.getByTestId('shield').filter({ hasText: 'De buurvrouw let op' })).toHaveCount(0);

    await prof.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Correctieverzoeken' }).click();
    await visible(prof.getByTestId('queue-item').filter({ hasText: CORRECTION }));
    await desk.checkpoint('regisseur-queue');
    await logOut(prof);
  });

  test('the mother no longer sees the shielded item, and sees the one whose shield was lifted', async () => {
    await page.goto('/mijn/plan');
    await visible(page.getByText('De buurvrouw let op'));
    await expect(page.getByText(STRENGTH)).toHaveCount(0);
    await familyPage('plan-after-shield');
    journey.expectNoPageErrors();
  });

  test('the privacy officer sees the shield in the register and the request in the queue', async () => {
    const officer = desk.page;
    await logIn(officer, 'demo.privacy_officer');
    const menu = officer.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Afgeschermde onderdelen' }).click();
    await visible(officer.getByRole('heading', { level: 1, name: 'Afgeschermde onderdelen' }));
    await visible(officer.getByRole('row').filter({ hasText: 'Het gaat ook over een familielid' }));
    await desk.checkpoint('shield-register');
    await menu.getByRole('link', { name: 'Correctieverzoeken' }).click();
    await visible(officer.getByTestId('queue-item').filter({ hasText: CORRECTION }));
    await desk.checkpoint('privacy-queue');
    desk.expectNoPageErrors();
  });
});
