// Journey: the referral index. A school and a GP register involvement with the same child; both
// are notified of the match in their inbox (contact details only); the municipality's match
// coordinator (demo.team_lead for Zwolle) sees the match and records that contact was made.
import type { Page } from '@playwright/test';
import { logIn, logOut, openLoginPage } from './support/auth.js';
import { type Journey, visible } from './support/journey.js';
import { test } from './support/fixtures.js';

const BSN = '981234501'; // synthetic, elfproef-valid, outside the demo seed's 99… range

async function register(page: Page, contactName: string, riskGround: string) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verwijsindex' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Verwijsindex' }));
  await page.getByLabel('BSN van de jongere').fill(BSN);
  await page.getByLabel('Geboortedatum').fill('2014-05-06');
  await page.getByLabel('Risicogrond (Jeugdwet §7.1)').selectOption(riskGround);
  await page.getByLabel('Naam contactpersoon').fill(contactName);
  await page.getByLabel('Telefoonnummer contactpersoon').fill('038-4215566');
  await page.getByRole('button', { name: 'Melding registreren' }).click();
  return visible(page.getByTestId('registration-result'));
}

async function openInboxItem(page: Page, text: string) {
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: /^Postvak IN/ })
    .click();
  const item = page.getByRole('listitem').filter({ hasText: text });
  await visible(item.first());
  return item.first();
}

test.describe('referral index: a school and a GP meet in a match', () => {
  let journey: Journey;
  let page: Page;

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('involvement');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('the school registers involvement with a child: no match yet', async () => {
    await openLoginPage(page);
    await logIn(page, 'demo.signaller.school');
    const result = await register(page, 'Mentor Hoekstra', 'e');
    await visible(result.getByText(/De melding is geregistreerd tot/));
    if ((await result.getByText(/match/).count()) > 0) throw new Error('unexpected match for the first registration');
    await visible(page.getByRole('table', { name: /melding/ }));
    await journey.checkpoint('school-registered');
    await logOut(page);
  });

  test('the GP registers the same child and gets the match with the school', async () => {
    await logIn(page, 'demo.signaller.gp');
    const result = await register(page, 'POH Jeugd Vermeer', 'b');
    await visible(result.getByText('Er is een match met een andere organisatie.'));
    await journey.checkpoint('gp-registered-match');
    const item = await openInboxItem(page, 'Er is een nieuwe match in de verwijsindex.');
    await journey.checkpoint('gp-inbox');
    await item.getByRole('link', { name: /^Bekijk/ }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Match' }));
    await visible(page.getByText(/Mentor Hoekstra, 038-4215566/));
    await journey.checkpoint('gp-match');
    await logOut(page);
  });

  test("the school is notified of the match too and sees the GP's contact details", async () => {
    await logIn(page, 'demo.signaller.school');
    const item = await openInboxItem(page, 'Er is een nieuwe match in de verwijsindex.');
    await item.getByRole('link', { name: /^Bekijk/ }).click();
    await visible(page.getByText(/POH Jeugd Vermeer, 038-4215566/));
    await journey.checkpoint('school-match');
    await logOut(page);
  });

  test('the match coordinator sees the match and records that contact was made', async () => {
    await logIn(page, 'demo.team_lead');
    const item = await openInboxItem(page, 'Er is een nieuwe match in de verwijsindex die jij opvolgt.');
    await item.getByRole('link', { name: /^Bekijk/ }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Match' }));
    await page.getByRole('link', { name: 'Terug naar alle matches' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Matches' }));
    const card = page.getByTestId('match-card').filter({ hasText: 'POH Jeugd Vermeer' });
    await visible(card);
    await journey.checkpoint('coordinator-matches');
    await card.getByLabel('Notitie (optioneel)').fill('Beide gebeld op maandag');
    await card.getByRole('button', { name: 'Contact vastleggen' }).click();
    await visible(card.getByTestId('contact-recorded').filter({ hasText: 'Beide gebeld op maandag' }));
    await journey.checkpoint('coordinator-contact-recorded');
    await logOut(page);
  });

  test('an administrator creates a partner API key (shown once), the key registers, and after revoking it is refused', async () => {
    await logIn(page, 'demo.admin');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: 'API-sleutels' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'API-sleutels voor partners' }));
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Basisschool De Klimop Zwolle' });
    await page.getByLabel('Omschrijving').fill('Leerlingvolgsysteem (journey)');
    await page.getByLabel('Verwijsindex-meldingen indienen').check();
    await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
    const token = (await (await visible(page.getByTestId('new-token'))).innerText()).trim();
    if (!/^kt_[A-Za-z0-9_-]{43}$/.test(token)) throw new Error(`unexpected token shape ${token.slice(0, 6)}…`);
    await journey.checkpoint('admin-api-key-created');
    const call = () =>
      page.context().request.post('/api/partner/v1/registrations', {
        headers: { authorization: `Bearer ${token}` },
        data: {
          bsn: '981234550',
          birthDate: '2015-01-02',
          riskGround: 'e',
          contactName: 'Intern begeleider',
          contactPhone: '038-4215567',
        },
      });
    const ok = await call();
    if (ok.status() !== 201) throw new Error(`partner API: ${ok.status()} ${await ok.text()}`);
    await page.getByRole('button', { name: 'Sleutel Leerlingvolgsysteem (journey) intrekken' }).click();
    await visible(
      page
        .getByRole('table', { name: /sleutel/ })
        .getByText(/Ingetrokken op/)
        .first(),
    );
    const refused = await call();
    if (refused.status() !== 401) throw new Error(`revoked key answered ${refused.status()}`);
    await page.getByRole('link', { name: 'Matchcoördinatoren' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Matchcoördinatoren' }));
    await visible(page.getByRole('table', { name: 'Matchcoördinator per gemeente' }).getByText('Demo Teamleider'));
    await journey.checkpoint('admin-match-coordinators');
    await logOut(page);
  });
});
