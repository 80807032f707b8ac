// Journey: a professional of WIJ-team Zwolle registers a family with two children and a parent,
// is warned about a possible duplicate when registering the same child again, opens the dossier,
// writes the family's story, records consent and hands the regisseur role to a colleague; then the
// trajectory is closed, the family comes back and a new trajectory opens in the same dossier.
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { logIn, openLoginPage } from './support/auth.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { expectNoSidewaysScroll } from './support/layout.js';
import { type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

const FAMILY_NAME = `Journey${randomBytes(2).toString('hex')}`;
const PARENT = { givenName: 'Sanne', birthDate: '1988-04-12', bsn: '999990020' };
const CHILDREN = [
  { givenName: 'Noor', birthDate: '2016-02-03' },
  { givenName: 'Daan', birthDate: '2010-09-30' },
];

async function fillMember(
  page: Page,
  n: number,
  kind: string,
  m: { givenName: string; birthDate: string; bsn?: string },
) {
  const group = page.getByRole('group', { name: `Gezinslid ${n}`, exact: true });
  await group.getByLabel('Soort gezinslid').selectOption({ label: kind });
  await group.getByLabel('Voornaam').fill(m.givenName);
  await group.getByLabel('Achternaam').fill(FAMILY_NAME);
  await group.getByLabel('Geboortedatum').fill(m.birthDate);
  if (kind === 'Ouder of verzorger')
    await group
      .getByRole('radiogroup', { name: 'Heeft deze ouder gezag?' })
      .getByRole('radio', { name: 'Ja', exact: true })
      .check();
  if (m.bsn) await group.getByLabel('BSN (niet verplicht)').fill(m.bsn);
}

async function fillFamilyForm(
  page: Page,
  members: Array<{ kind: string; member: { givenName: string; birthDate: string; bsn?: string } }>,
) {
  await page.getByLabel('Postcode').fill('8011AB');
  await page.getByLabel('Huisnummer').fill('12');
  await page.getByLabel('Gemeente').selectOption({ label: 'Zwolle' });
  while ((await page.getByRole('group', { name: /^Gezinslid \d+$/ }).count()) < members.length)
    await page.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
  for (const [i, m] of members.entries()) await fillMember(page, i + 1, m.kind, m.member);
  await page.getByLabel('Binnengekomen via').selectOption({ label: 'School' });
}

test.describe('a professional registers a family and works in its dossier', () => {
  let journey: Journey;
  let page: Page;
  let dossierUrl = '';

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('families');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('demo.professional opens "Mijn gezinnen"', async () => {
    await openLoginPage(page);
    await logIn(page, 'demo.professional');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gezinnen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }));
    await visible(page.getByRole('table', { name: /\d+ gezin/ }));
    await journey.checkpoint('families-list');
  });

  test('on a 390-px phone the list fits: rows as cards, the emergency-access fold wraps, nothing scrolls sideways', async () => {
    await page.setViewportSize(PHONE);
    try {
      await page.reload();
      await visible(page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }));
      await visible(page.getByRole('table', { name: /\d+ gezin/ }));
      await journey.checkpoint('families-list-phone'); // ≤ 480 px: fails on sideways scroll (support/layout.ts)
      await page.getByTestId('break-glass-by-reference').locator('summary').click();
      await visible(page.getByLabel('Dossiernummer', { exact: false }));
      await expectNoSidewaysScroll(page, 'families/families-list-phone (emergency access open)');
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  test('registers a family with a parent and two children; the dossier opens with the trajectory', async () => {
    await page.getByRole('link', { name: 'Nieuw gezin aanmelden' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Nieuw gezin aanmelden' }));
    await journey.checkpoint('family-new');
    await fillFamilyForm(page, [
      { kind: 'Ouder of verzorger', member: PARENT },
      { kind: 'Kind of jongere (0–23)', member: CHILDREN[0] as { givenName: string; birthDate: string } },
      { kind: 'Kind of jongere (0–23)', member: CHILDREN[1] as { givenName: string; birthDate: string } },
    ]);
    await journey.checkpoint('family-new-filled');
    await page.getByRole('button', { name: 'Gezin aanmelden' }).click();
    await page.waitForURL((url) => /^\/families\/[0-9a-f-]{36}$/.test(url.pathname));
    dossierUrl = new URL(page.url()).pathname;
    await visible(page.getByRole('heading', { level: 1, name: /^Gezin G-0193-/ }));
    const members = page.getByRole('table', { name: /^Gezinsleden van / });
    await visible(members);
    for (const name of [PARENT.givenName, ...CHILDREN.map((c) => c.givenName)])
      await visible(members.getByRole('rowheader', { name: `${name} ${FAMILY_NAME}` }));
    await visible(members.getByText('*****0020'));
    expect(await page.locator('main').innerText()).not.toContain(PARENT.bsn);
    expect(await page.getByTestId('trajectory-status').innerText()).toBe('Aangemeld');
    expect(await page.getByTestId('trajectory-regisseur').innerText()).toContain('Demo Professional');
    await journey.checkpoint('dossier-new');
  });

  test('shows the BSN only on request', async () => {
    await page.getByRole('button', { name: `Toon BSN van ${PARENT.givenName} ${FAMILY_NAME}` }).click();
    await visible(page.getByText(PARENT.bsn, { exact: true }));
  });

  test('registering the same child again gives a duplicate warning naming the team', async () => {
    await page.goto('/families/new');
    await visible(page.getByRole('heading', { level: 1, name: 'Nieuw gezin aanmelden' }));
    await fillFamilyForm(page, [
      { kind: 'Kind of jongere (0–23)', member: CHILDREN[0] as { givenName: string; birthDate: string } },
    ]);
    // The form starts with two members; keep only the child.
    if ((await page.getByRole('group', { name: /^Gezinslid \d+$/ }).count()) > 1)
      await page.getByRole('button', { name: 'Gezinslid 2 verwijderen' }).click();
    await page.getByRole('button', { name: 'Gezin aanmelden' }).click();
    const warning = await visible(page.getByTestId('duplicate-warning'));
    expect(await warning.innerText()).toContain('WIJ-team Zwolle');
    await visible(warning.getByRole('button', { name: 'Het is iemand anders: toch aanmaken' }));
    expect(new URL(page.url()).pathname).toBe('/families/new');
    await journey.checkpoint('family-duplicate');
  });

  test("writes the family's story, which the dossier shows first", async () => {
    await page.goto(dossierUrl);
    await visible(page.getByRole('heading', { level: 1, name: /^Gezin G-0193-/ }));
    await page.getByText('Ons verhaal schrijven').click();
    const story = "Wij zijn met z'n vieren. Sinds de verhuizing is het onrustig en Noor slaapt slecht.";
    await page.getByLabel('Tekst').first().fill(story);
    await page.getByLabel('Verteld door').first().fill('Sanne (moeder)');
    await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).first().click();
    await visible(page.getByRole('status').filter({ hasText: 'Versie 1 is opgeslagen.' }));
    await visible(page.getByTestId('story-text').filter({ hasText: 'Sinds de verhuizing' }));
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings.indexOf('Ons verhaal')).toBeLessThan(headings.indexOf('Gezinsleden'));
    await journey.checkpoint('dossier-story');
  });

  test('records consent and sees whether it is complete under the age rule', async () => {
    const form = page.getByRole('form', { name: 'Toestemming vastleggen' });
    await form.getByLabel('Organisatie').selectOption({ index: 1 });
    await form.getByRole('group', { name: 'Wat mag deze organisatie inzien?' }).getByLabel('Ons verhaal').check();
    await form.getByRole('group', { name: 'Wat mag deze organisatie inzien?' }).getByLabel('Gezinsplan').check();
    const givers = form.getByRole('group', { name: 'Wie geeft toestemming?' });
    await givers.getByLabel(`${PARENT.givenName} ${FAMILY_NAME}`).check();
    await givers.getByLabel(`${CHILDREN[1]?.givenName ?? ''} ${FAMILY_NAME}`).check();
    await form.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    const consents = await visible(page.getByRole('table', { name: 'Vastgelegde toestemming per organisatie' }));
    expect(await consents.innerText()).toContain('Ons verhaal, Gezinsplan');
    await visible(page.getByRole('table', { name: 'Wie moet toestemming geven, per kind' }));
    expect(await page.getByTestId('consent-status').innerText()).toContain('compleet volgens de leeftijdsregel');
    await journey.checkpoint('dossier-consent');
  });

  test('hands the regisseur role to a colleague with a note', async () => {
    const form = page.getByRole('form', { name: 'Regie overdragen' });
    const select = form.getByLabel('Nieuwe regisseur');
    const colleague = (await select.locator('option').nth(1).innerText()).trim();
    await select.selectOption({ index: 1 });
    await form.getByLabel('Overdrachtsnotitie').fill('Noor kent jou van school; moeder vindt het goed.');
    await form.getByRole('button', { name: 'Regie overdragen' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'De regie is overgedragen.' }));
    await expect.poll(() => page.getByTestId('trajectory-regisseur').innerText()).toBe(colleague);
    await visible(page.getByText('Noor kent jou van school; moeder vindt het goed.', { exact: false }));
    await journey.checkpoint('dossier-handover');
  });

  test('closes the trajectory (the former regisseur stays in it as a member); the dossier becomes read-only', async () => {
    await page.getByText('Traject afsluiten', { exact: true }).first().click();
    await page.getByLabel('Reden van beëindiging').selectOption({ label: '01 – Volgens plan beëindigd' });
    await page.locator('details form').getByRole('button', { name: 'Traject afsluiten' }).click();
    await expect.poll(() => page.getByTestId('trajectory-status').innerText()).toBe('Afgesloten');
    await visible(page.getByText('Het traject is afgesloten: het dossier is alleen nog te lezen.'));
    expect(await page.getByRole('form', { name: 'Regie overdragen' }).count()).toBe(0);
    await journey.checkpoint('dossier-closed');
  });

  test('the family comes back: a new trajectory opens in the same dossier, with a colleague and their organisation', async () => {
    const button = page.getByRole('button', { name: 'Nieuw traject openen' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    const form = await visible(page.getByRole('form', { name: 'Nieuw traject openen' }));
    await form.getByLabel('Binnengekomen via').selectOption({ label: 'Zelfmelding' });
    const colleagues = form.getByRole('group', { name: "Collega's in het traject" });
    const colleague = colleagues.getByRole('checkbox').first();
    expect(await colleagues.innerText()).toMatch(/\(.+\)/); // each colleague with their organisation
    await colleague.check();
    await journey.checkpoint('dossier-reopen-form');
    await form.getByRole('button', { name: 'Traject openen', exact: true }).click();
    await expect.poll(() => page.getByTestId('trajectory-status').innerText()).toBe('Aangemeld');
    expect(await page.getByTestId('trajectory-regisseur').innerText()).toContain('Demo Professional');
    expect(
      await page.getByRole('table', { name: 'Betrokken professionals (met hun organisatie)' }).getByRole('row').count(),
    ).toBeGreaterThanOrEqual(3);
    expect(await page.getByText('Het traject is afgesloten', { exact: false }).count()).toBe(0);
    // The history stays: the story written before is still the first thing the dossier shows.
    await visible(page.getByTestId('story-text').filter({ hasText: 'Sinds de verhuizing' }));
    await journey.checkpoint('dossier-reopened');
  });

  test('the timeline shows both openings and the closing in between', async () => {
    await page.getByRole('link', { name: 'Tijdlijn', exact: true }).click();
    await visible(page.getByTestId('timeline'));
    const kinds = async () =>
      (
        await page
          .getByTestId('timeline')
          .locator('li')
          .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind') ?? ''))
      ).filter((k) => k === 'trajectory_opened' || k === 'trajectory_closed');
    await expect.poll(kinds).toEqual(['trajectory_opened', 'trajectory_closed', 'trajectory_opened']);
    await journey.checkpoint('timeline-reopened');
    journey.expectNoPageErrors();
  });
});
