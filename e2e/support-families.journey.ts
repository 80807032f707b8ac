// Journey (Buurtgezinnen): a family asks for support through the public form on a phone and
// confirms by the e-mail link (read from the server's mail drop; the outbox keeps it redacted); a volunteer family registers the same
// way; the coordinator screens it step by step, sees it suggested with its reasons, runs the
// overall assignment, accepts a pair and takes the match through introductions, trial and
// agreement to active. Figures as charts. axe on every page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request as apiRequest, type Page } from '@playwright/test';
import { logIn } from './support/auth.js';
import { BASE_URL, DEMO_PASSWORD, MAIL_DROP_DIR } from './support/env.js';
import { eventually, type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

const RUN = Date.now().toString(36);
const REQUEST = { givenName: `Saba${RUN}`, email: `vraag-${RUN}@example.invalid` };
const FAMILY = { givenName: `Wieke${RUN}`, email: `steun-${RUN}@example.invalid` };

/**
 * The confirmation link as the family receives it: without SMTP the server delivers mail with a
 * secret to its mail drop (MAIL_DROP_DIR, set by e2e/serve.mjs). The administrator's outbox keeps the mail with the
 * token removed, so an administrator cannot confirm on someone else's behalf.
 */
function droppedMail(to: string): string {
  const dir = MAIL_DROP_DIR;
  if (!existsSync(dir)) return '';
  const mails = readdirSync(dir)
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .filter((m) => m.startsWith(`To: ${to}\n`));
  return mails.at(-1) ?? '';
}

async function confirmationLink(to: string): Promise<string> {
  await eventually(() => droppedMail(to)).not.toBe('');
  const mail = droppedMail(to);
  const link = /(https?:\/\/\S+\/buurtgezinnen\/bevestigen\?token=[A-Za-z0-9_-]+)/.exec(mail ?? '')?.[1] ?? '';
  expect(link).not.toBe('');
  const ctx = await apiRequest.newContext({ baseURL: BASE_URL });
  try {
    expect(
      (await ctx.post('/api/auth/login', { data: { username: 'demo.admin', password: DEMO_PASSWORD } })).status(),
    ).toBe(200);
    const outbox = (await (await ctx.get('/api/admin/outbox')).json()) as {
      items: Array<{ to: string; body: string | null }>;
    };
    const stored = outbox.items.find((m) => m.to === to);
    expect(stored?.body).toContain('token=[verwijderd]');
    expect(stored?.body).not.toContain(new URL(link).searchParams.get('token') ?? '');
  } finally {
    await ctx.dispose();
  }
  return new URL(link).pathname + new URL(link).search;
}

async function check(page: Page, group: string, label: string) {
  await page.getByRole('group', { name: group, exact: true }).getByLabel(label, { exact: true }).check();
}

test.describe('Buurtgezinnen: from the public form to an active match', () => {
  let journey: Journey;
  let page: Page;

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('support-families');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('a family asks for support through the public form on a phone, and confirms by the e-mail link', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/buurtgezinnen/aanmelden');
    await visible(page.getByRole('heading', { level: 1, name: 'Steun van een buurtgezin aanvragen' }));
    await journey.checkpoint('request-form-phone');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await visible(page.getByRole('alert'));
    await page.getByLabel('Voornaam', { exact: true }).fill(REQUEST.givenName);
    await page.getByLabel('Achternaam', { exact: true }).fill('Tesfay');
    await page.getByLabel('E-mailadres', { exact: true }).fill(REQUEST.email);
    await page.getByLabel('Postcode', { exact: true }).fill('8011 ab');
    await page.getByLabel('Leeftijden van de kinderen', { exact: true }).fill('6, 9');
    await check(page, 'Welke steun zoeken jullie?', 'Logeerweekend');
    await check(page, 'Welke steun zoeken jullie?', 'Huiswerkbegeleiding');
    await check(page, 'Welke talen spreken jullie thuis?', 'Tigrinya');
    await check(page, 'Zondag', 'ochtend');
    await check(page, 'Woensdag', 'middag');
    // The consent text names everyone who sees the data: region-wide coordinators too.
    await visible(page.getByText(/coördinatoren Buurtgezinnen die voor jouw gemeente werken.*hele regio/));
    await page.getByLabel('Ik geef toestemming om mijn gegevens hiervoor te gebruiken', { exact: true }).check();
    await journey.checkpoint('request-form-filled');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Bedankt voor je aanmelding' }));
    await journey.checkpoint('request-thanks');
    await page.goto(await confirmationLink(REQUEST.email));
    // Opening the link confirms nothing (mail scanners open links too): the person presses the button.
    await visible(page.getByRole('button', { name: 'Bevestig mijn aanmelding' }));
    expect(await page.getByText('Bedankt! Je aanmelding is bevestigd.').count()).toBe(0);
    await journey.checkpoint('request-confirm-page');
    await page.getByRole('button', { name: 'Bevestig mijn aanmelding' }).click();
    await visible(page.getByText('Bedankt! Je aanmelding is bevestigd.'));
    await journey.checkpoint('request-confirmed');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('a volunteer family registers through its form and confirms', async () => {
    await page.goto('/buurtgezinnen/steungezin-worden');
    await visible(page.getByRole('heading', { level: 1, name: 'Steungezin worden' }));
    await page.getByLabel('Voornaam', { exact: true }).fill(FAMILY.givenName);
    await page.getByLabel('Achternaam', { exact: true }).fill('de Vries');
    await page.getByLabel('E-mailadres', { exact: true }).fill(FAMILY.email);
    await page.getByLabel('Postcode', { exact: true }).fill('8011BC');
    await check(page, 'Welke steun kunnen jullie geven?', 'Logeerweekend');
    await check(page, 'Welke steun kunnen jullie geven?', 'Huiswerkbegeleiding');
    await page.getByLabel('Hoeveel gezinnen tegelijk?', { exact: true }).fill('2');
    await page.getByLabel('Hoe ver wil je reizen? (km)', { exact: true }).fill('10');
    await check(page, 'Welke talen spreken jullie?', 'Nederlands');
    await check(page, 'Welke talen spreken jullie?', 'Tigrinya');
    await check(page, 'Zondag', 'ochtend');
    await check(page, 'Woensdag', 'middag');
    await page.getByLabel('Ik geef toestemming om mijn gegevens hiervoor te gebruiken', { exact: true }).check();
    await journey.checkpoint('family-form-filled');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Bedankt voor je aanmelding' }));
    await page.goto(await confirmationLink(FAMILY.email));
    await page.getByRole('button', { name: 'Bevestig mijn aanmelding' }).click();
    await visible(page.getByText('Bedankt! Je aanmelding is bevestigd.'));
  });

  test('the coordinator screens the support family step by step', async () => {
    await logIn(page, 'demo.coordinator');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Buurtgezinnen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Aanvragen' }));
    await journey.checkpoint('board-requests');
    await page.getByRole('navigation', { name: 'Buurtgezinnen' }).getByRole('link', { name: 'Steungezinnen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Steungezinnen' }));
    await page.getByLabel('Screening', { exact: true }).selectOption({ label: 'Screening loopt' });
    await page.getByLabel('Zoek op kenmerk of naam', { exact: true }).fill(FAMILY.givenName);
    const row = page.getByRole('row').filter({ hasText: FAMILY.givenName });
    await visible(row);
    await journey.checkpoint('board-families');
    await row.getByRole('link').click();
    await visible(page.getByRole('heading', { level: 1, name: new RegExp(FAMILY.givenName) }));
    await journey.checkpoint('family-unscreened');
    const form = page.getByRole('form', { name: 'Screeningsstap vastleggen' });
    for (let n = 1; n <= 4; n++) {
      await form.getByRole('button', { name: 'Stap vastleggen' }).click();
      await visible(
        page.getByRole('table', { name: n === 1 ? '1 stap vastgelegd' : `${n} stappen vastgelegd`, exact: true }),
      );
    }
    await eventually(() => page.getByTestId('screening-state').textContent()).toBe('Gescreend');
    await journey.checkpoint('family-screened');
  });

  test('sees the support family suggested for the request, with its reasons', async () => {
    await page.getByRole('navigation', { name: 'Buurtgezinnen' }).getByRole('link', { name: 'Aanvragen' }).click();
    // Hundreds of requests, paged on the server: the real count, then a search by name (kept out of the URL).
    await visible(page.getByTestId('list-pager').getByText(/^1–25 van [\d.]+/));
    await page.getByLabel('Zoek op kenmerk of naam', { exact: true }).fill(REQUEST.givenName);
    const row = page.getByRole('row').filter({ hasText: REQUEST.givenName });
    await visible(row);
    await row.getByRole('link').click();
    await visible(page.getByRole('heading', { level: 1, name: new RegExp(REQUEST.givenName) }));
    const suggestion = page.getByTestId('suggestions').getByRole('row').filter({ hasText: FAMILY.givenName });
    await visible(suggestion);
    await suggestion.getByText(/— waarom\?/).click();
    await visible(suggestion.getByText('spreken allebei Tigrinya', { exact: false }));
    await visible(suggestion.getByText(/km uit elkaar/));
    await journey.checkpoint('request-suggestions');
  });

  test('runs the overall assignment, sees it beside greedy picking, and accepts one pair', async () => {
    // Accepting a page of pairs is one audited transaction per pair: room for a loaded machine.
    test.setTimeout(180_000);
    await page.getByRole('navigation', { name: 'Buurtgezinnen' }).getByRole('link', { name: 'Totaalvoorstel' }).click();
    await page.getByRole('button', { name: 'Bereken het totaalvoorstel' }).click();
    await visible(page.getByTestId('proposal-summary'));
    await visible(page.getByText('Beter dan één voor één'));
    await journey.checkpoint('proposal');
    const ours = page.getByTestId('proposal').getByRole('row').filter({ hasText: REQUEST.givenName });
    const pair = (await ours.count()) > 0 ? ours : page.getByTestId('proposal').getByRole('row').nth(1);
    // The request's reference names the pair's match unambiguously (first names repeat in the demo).
    const requestRef = /\((VG-\d+)\)/.exec((await pair.getByRole('link').first().textContent()) ?? '')?.[1] ?? '';
    expect(requestRef).not.toBe('');
    await pair.getByRole('button', { name: /^Voorstellen: / }).click();
    await visible(pair.getByText('Voorgesteld aan beide gezinnen'));
    await journey.checkpoint('proposal-accepted');
    // Several at once: select the open pairs on this page and propose them in one go.
    await page.getByRole('button', { name: 'Alles op deze pagina selecteren' }).click();
    const bulk = page.getByRole('button', { name: /^\d+ geselecteerde koppeling(en)? voorstellen$/ });
    await expect(bulk).toBeEnabled();
    await bulk.click();
    const summary = await visible(page.getByTestId('bulk-summary'));
    await visible(summary.getByText(/koppeling(en)? (is|zijn) voorgesteld aan beide gezinnen/));
    await journey.checkpoint('proposal-bulk-accepted');
    await page.getByRole('navigation', { name: 'Buurtgezinnen' }).getByRole('link', { name: 'Koppelingen' }).click();
    // The proposal's own row also names the request and "Voorgesteld": wait for the matches page first.
    await visible(page.getByRole('heading', { level: 1, name: 'Koppelingen' }));
    const match = page
      .getByRole('row')
      .filter({ hasText: `(${requestRef})` })
      .filter({ hasText: 'Voorgesteld' });
    await visible(match);
    await match.getByRole('link').first().click();
    await visible(page.getByRole('heading', { level: 1, name: /^Koppeling / }));
    await visible(page.getByText('Zolang niet allebei ja hebben gezegd', { exact: false }));
    await journey.checkpoint('match-proposed');
  });

  test('takes the match through the introductions, trial and agreement to active', async () => {
    for (const label of [
      'Kennismaking met het vraaggezin gehad',
      'Kennismaking met het steungezin gehad',
      'Vraaggezin zegt ja',
      'Steungezin zegt ja',
    ]) {
      await page.getByRole('button', { name: label, exact: true }).click();
      await eventually(() => page.getByRole('listitem').filter({ hasText: label }).count()).toBeGreaterThan(0);
    }
    await visible(page.getByText('Beide gezinnen hebben ja gezegd', { exact: false }));
    await page.getByRole('button', { name: 'Gezamenlijke kennismaking gehad' }).click();
    await eventually(() => page.getByTestId('match-status').textContent()).toBe('Gezamenlijke kennismaking');
    await page.getByRole('button', { name: 'Start de proefperiode' }).click();
    await eventually(() => page.getByTestId('match-status').textContent()).toBe('Proefperiode');
    // The step cannot succeed without an agreement: the button says why instead of failing.
    const activate = page.getByRole('button', { name: 'Maak de koppeling actief' });
    await expect(activate).toBeDisabled();
    await expect(activate).toHaveAccessibleDescription(
      '„Maak de koppeling actief” kan nog niet: eerst nodig is minstens één afspraak (leg die vast bij Afspraken hieronder).',
    );
    await journey.checkpoint('match-needs-agreement');
    await page.getByLabel('Wat', { exact: true }).fill('Huiswerk en een logeerweekend');
    await page.getByLabel('Hoe vaak', { exact: true }).fill('woensdagmiddag, eens per maand logeren');
    await page.getByRole('button', { name: 'Afspraak vastleggen' }).click();
    await visible(page.getByRole('listitem').filter({ hasText: 'Huiswerk en een logeerweekend' }));
    await page.getByRole('button', { name: 'Maak de koppeling actief' }).click();
    await eventually(() => page.getByTestId('match-status').textContent()).toBe('Actief');
    await journey.checkpoint('match-active');
  });

  test('sees the figures as charts with the same numbers in a table', async () => {
    await page.getByRole('navigation', { name: 'Buurtgezinnen' }).getByRole('link', { name: 'Cijfers' }).click();
    await visible(page.getByRole('img', { name: 'Per gemeente' }));
    await visible(page.getByRole('img', { name: 'Koppelingen per maand' }));
    await visible(page.getByTestId('figures-table').getByRole('row', { name: /Zwolle/ }));
    await journey.checkpoint('figures');
  });

  test('the regional coordinator keeps the shared settings and the kinds of support', async () => {
    await page.getByRole('navigation', { name: 'Buurtgezinnen' }).getByRole('link', { name: 'Instellingen' }).click();
    await page.getByLabel('Geldigheid van een VOG (maanden)', { exact: true }).fill('36');
    await page.getByLabel('Contactmomenten (dagen na de start)', { exact: true }).fill('42, 91');
    await page.getByRole('button', { name: 'Gedeelde instellingen opslaan' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Opgeslagen.' }));
    await page.getByLabel('Code', { exact: true }).fill(`koken_${RUN}`);
    await page.getByLabel('Naam (Nederlands)', { exact: true }).fill('Samen koken');
    await page.getByLabel('Naam (Engels)', { exact: true }).fill('Cooking together');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    const row = page.getByTestId('support-kinds').getByRole('row', { name: /Samen koken/ });
    await visible(row);
    await row.getByRole('button', { name: 'Samen koken uitzetten' }).click();
    await visible(row.getByRole('cell', { name: 'Uitgezet' }));
    await journey.checkpoint('settings');
  });
});
