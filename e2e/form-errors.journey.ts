// Journey: the one form pattern on three forms. An empty "Nieuw gezin aanmelden" gets an error
// summary that takes focus and links to each field; a BSN that fails the elfproef comes back from
// the server as a Dutch text under its field; a plan action without an owner is caught the same way,
// and "Plan bewerken" puts focus on the editor's heading. A signaller's empty signal and a referral-index
// registration with a BSN that fails the elfproef get the same summary and field marks. So do an empty
// login, the team lead's empty reassign form, and the coordinator's shared settings and new support kind
// with values the server would refuse. No validator English reaches the screen.
import type { Page } from '@playwright/test';
import { logIn, logOut, openLoginPage } from './support/auth.js';
import { type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

// What zod and the server say for developers; none of it may be on the page.
const RAW = /Too small|Too big|expected string|Invalid input|elfproef|not a valid|Still missing|received undefined/;

async function expectNoRawText(page: Page) {
  expect(await page.locator('main').innerText()).not.toMatch(RAW);
}

test.describe('forms say what is wrong, in Dutch, at the field', () => {
  let journey: Journey;
  let page: Page;

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('form-errors');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('an empty login: the summary takes focus and each field says what to fill in', async () => {
    await openLoginPage(page);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    const username = page.getByLabel('Gebruikersnaam', { exact: true });
    await expect(username).toHaveAttribute('aria-invalid', 'true');
    await expect(username).toHaveAccessibleDescription('Vul je gebruikersnaam in.');
    await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveAccessibleDescription('Vul je wachtwoord in.');
    await summary.getByRole('link', { name: 'Vul je wachtwoord in.' }).click();
    await expect(page.getByLabel('Wachtwoord', { exact: true })).toBeFocused();
    await expectNoRawText(page);
    await journey.checkpoint('login-empty-submit');
  });

  test('an empty family registration: the summary takes focus and links to each field', async () => {
    await logIn(page, 'demo.professional');
    await page.goto('/families/new');
    await visible(page.getByRole('heading', { level: 1, name: 'Nieuw gezin aanmelden' }));
    await page.getByRole('button', { name: 'Gezin aanmelden' }).click();

    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { name: 'Er is iets niet goed ingevuld' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Vul de postcode in, bijvoorbeeld 7701 AB.' })).toBeVisible();

    const postcode = page.getByLabel('Postcode');
    await expect(postcode).toHaveAttribute('aria-invalid', 'true');
    await expect(postcode).toHaveAccessibleDescription(/Vul de postcode in, bijvoorbeeld 7701 AB\./);
    const givenName = page.getByRole('group', { name: 'Gezinslid 1', exact: true }).getByLabel('Voornaam');
    await expect(givenName).toHaveAttribute('aria-invalid', 'true');
    await expect(givenName).toHaveAccessibleDescription('Voornaam is niet ingevuld. Vul dit veld in.');
    await expect(page.getByLabel('Binnengekomen via')).toHaveAttribute('aria-invalid', 'true');
    // Gezag is asked, never ticked for the user: an unanswered question for a parent is an error.
    await expect(summary.getByRole('link', { name: 'Kies of deze ouder gezag heeft.' })).toBeVisible();

    await summary.getByRole('link', { name: 'Vul de postcode in, bijvoorbeeld 7701 AB.' }).click();
    await expect(postcode).toBeFocused();
    await expectNoRawText(page);
    await journey.checkpoint('family-new-empty-submit');
  });

  test('a BSN that fails the elfproef comes back from the server as a Dutch text under the field', async () => {
    await page.getByLabel('Postcode').fill('8011AB');
    await page.getByLabel('Huisnummer').fill('12');
    await page.getByLabel('Gemeente').selectOption({ label: 'Zwolle' });
    for (const n of [1, 2]) {
      const group = page.getByRole('group', { name: `Gezinslid ${n}`, exact: true });
      await group.getByLabel('Voornaam').fill(n === 1 ? 'Sanne' : 'Noor');
      await group.getByLabel('Achternaam').fill('Formtest');
      await group.getByLabel('Geboortedatum').fill(n === 1 ? '1988-04-12' : '2016-02-03');
    }
    await page
      .getByRole('radiogroup', { name: 'Heeft deze ouder gezag?' })
      .getByRole('radio', { name: 'Ja', exact: true })
      .check();
    const bsn = page.getByRole('group', { name: 'Gezinslid 1', exact: true }).getByLabel('BSN (niet verplicht)');
    await bsn.fill('123456789');
    await page.getByLabel('Binnengekomen via').selectOption({ label: 'School' });
    await page.getByRole('button', { name: 'Gezin aanmelden' }).click();

    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Dit BSN klopt niet: controleer de 9 cijfers.');
    await expect(bsn).toHaveAttribute('aria-invalid', 'true');
    await expect(bsn).toHaveAccessibleDescription(/Dit BSN klopt niet: controleer de 9 cijfers\./);
    await expect(page.getByLabel('Postcode')).not.toHaveAttribute('aria-invalid', 'true');
    await expectNoRawText(page);
    await journey.checkpoint('family-new-invalid-bsn');
  });

  test('"Plan bewerken" focuses the editor; an action without an owner is marked with what to do', async () => {
    const res = await page.context().request.get('/api/me/plan-deadlines');
    const items = ((await res.json()) as { items: { familyId: string; deadline: { currentVersion: number | null } }[] })
      .items;
    const withPlan = items.find((i) => i.deadline.currentVersion !== null);
    expect(withPlan, 'a seeded family of demo.professional with a plan').toBeDefined();
    await page.goto(`/families/${withPlan?.familyId}/plan`);
    await page.getByRole('button', { name: 'Plan bewerken' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: /^Plan bewerken \(op basis van versie \d+\)$/ }),
    ).toBeFocused();

    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    const n = await page.getByLabel(/^Actie \d+: wat$/).count();
    await page.getByLabel(`Actie ${n}: wat`, { exact: true }).fill('Samen de post openen');
    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();

    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    const text = `Vul in wie actie ${n} uitvoert: kies iemand of typ een naam.`;
    await expect(summary.getByRole('link', { name: text })).toBeVisible();
    const owner = page.getByLabel(`Actie ${n}: wie doet het`, { exact: true });
    await expect(owner).toHaveAttribute('aria-invalid', 'true');
    await expect(owner).toHaveAccessibleDescription(text);
    await summary.getByRole('link', { name: text }).click();
    await expect(owner).toBeFocused();
    await expectNoRawText(page);
    await journey.checkpoint('plan-action-without-owner');
  });

  test('an empty signal: the summary takes focus, each missing field says what to fill in', async () => {
    await logOut(page);
    await logIn(page, 'demo.signaller');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signalen doorgeven' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Signalen doorgeven' }));
    const form = page.getByTestId('signal-form');
    await form.getByRole('button', { name: 'Signaal doorgeven' }).click();

    const summary = form.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { name: 'Er is iets niet goed ingevuld' })).toBeVisible();
    const text = 'Vul de postcode in, bijvoorbeeld 7701 AB.';
    await expect(summary.getByRole('link', { name: text })).toBeVisible();
    const postcode = form.getByLabel('Postcode', { exact: true });
    await expect(postcode).toHaveAttribute('aria-invalid', 'true');
    await expect(postcode).toHaveAccessibleDescription(text);
    const givenName = form.getByLabel('Voornaam', { exact: true });
    await expect(givenName).toHaveAttribute('aria-invalid', 'true');
    await expect(givenName).toHaveAccessibleDescription('Vul de voornaam in (of het BSN).');
    await expect(form.getByLabel('Huisnummer', { exact: true })).toHaveAttribute('aria-invalid', 'true');

    await summary.getByRole('link', { name: text }).click();
    await expect(postcode).toBeFocused();
    await expectNoRawText(page);
    await journey.checkpoint('signal-empty-submit');
  });

  test('a referral-index registration with a BSN that fails the elfproef: marked at the field, in Dutch', async () => {
    await logOut(page);
    await logIn(page, 'demo.signaller.school');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verwijsindex' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Verwijsindex' }));
    const bsn = page.getByLabel('BSN van de jongere');
    await bsn.fill('123456789');
    await page.getByLabel('Geboortedatum').fill('2014-05-06');
    await page.getByLabel('Risicogrond (Jeugdwet §7.1)').selectOption('e');
    await page.getByRole('button', { name: 'Melding registreren' }).click();

    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    const contact = 'Vul de naam van de contactpersoon in.';
    await expect(summary.getByRole('link', { name: contact })).toBeVisible();
    await expect(page.getByLabel('Naam contactpersoon')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Naam contactpersoon')).toHaveAccessibleDescription(contact);

    // The client checks pass; the server's elfproef comes back as a Dutch text under the field.
    await page.getByLabel('Naam contactpersoon').fill('Mentor Formtest');
    await page.getByLabel('Telefoonnummer contactpersoon').fill('038-4215566');
    await page.getByRole('button', { name: 'Melding registreren' }).click();
    const bad = 'Dit BSN klopt niet: controleer de 9 cijfers.';
    await expect(summary.getByRole('link', { name: bad })).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(bsn).toHaveAttribute('aria-invalid', 'true');
    await expect(bsn).toHaveAccessibleDescription(/Dit BSN klopt niet: controleer de 9 cijfers\./);
    await expect(page.getByLabel('Naam contactpersoon')).not.toHaveAttribute('aria-invalid', 'true');
    await summary.getByRole('link', { name: bad }).click();
    await expect(bsn).toBeFocused();
    await expectNoRawText(page);
    await journey.checkpoint('involvement-invalid-bsn');
  });

  test("the team lead's empty reassign form says which trajectory, colleague and note are missing", async () => {
    await logOut(page);
    await logIn(page, 'demo.team_lead');
    await page.getByRole('link', { name: 'Caseload van WIJ-team Zwolle verdelen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Caseload van WIJ-team Zwolle' }));
    const form = page.getByRole('form', { name: 'Regie herverdelen' });
    await form.getByRole('button', { name: 'Herverdelen' }).click();

    const summary = form.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    const to = form.getByLabel('Nieuwe regisseur', { exact: true });
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await expect(to).toHaveAccessibleDescription('Kies de collega die de regie overneemt.');
    await expect(form.getByLabel('Traject', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    const note = 'Schrijf in minstens 5 tekens op wat de nieuwe regisseur moet weten.';
    await expect(form.getByLabel('Notitie bij de overdracht')).toHaveAccessibleDescription(new RegExp(`${note}$`));
    await summary.getByRole('link', { name: note }).click();
    await expect(form.getByLabel('Notitie bij de overdracht')).toBeFocused();
    await expectNoRawText(page);
    await journey.checkpoint('team-caseload-reassign-empty');
  });

  test('the coordinator: check-in days and a support-kind code the server would refuse are marked in Dutch', async () => {
    await logOut(page);
    await logIn(page, 'demo.coordinator');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Buurtgezinnen' }).click();
    await page.getByRole('navigation', { name: 'Buurtgezinnen' }).getByRole('link', { name: 'Instellingen' }).click();
    const days = page.getByLabel('Contactmomenten (dagen na de start)', { exact: true });
    await days.fill('42, 1000');
    await page.getByRole('button', { name: 'Gedeelde instellingen opslaan' }).click();
    const shared = page.getByRole('region', { name: 'Gedeelde instellingen' });
    await expect(shared.getByTestId('error-summary')).toBeFocused();
    await expect(days).toHaveAttribute('aria-invalid', 'true');
    await expect(days).toHaveAccessibleDescription(/Vul hoogstens 10 hele getallen van 1 tot en met 730 in/);

    const code = page.getByLabel('Code', { exact: true });
    await code.fill('Samen Koken');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    const kinds = page.getByRole('region', { name: 'Soorten steun' });
    const summary = kinds.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await expect(code).toHaveAccessibleDescription(/Vul een code in van 2 tot 40 tekens/);
    await expect(summary.getByRole('link', { name: 'Vul een Nederlandse naam in van 2 tot 60 tekens.' })).toBeVisible();
    await expect(page.getByLabel('Naam (Nederlands)', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectNoRawText(page);
    await journey.checkpoint('support-settings-invalid');
  });
});
