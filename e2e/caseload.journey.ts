// Journey: demo.professional finds their families on the start page and opens a dossier from it;
// demo.team_lead (lead of WIJ-team Zwolle) opens the team's caseload, sees the load per regisseur,
// pages through the open trajectories and filters them (regisseur, late plan).
import type { Page } from '@playwright/test';
import { logIn, logOut, openLoginPage } from './support/auth.js';
import { type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

test.describe('my caseload and the team caseload', () => {
  let journey: Journey;
  let page: Page;

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('caseload');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('demo.professional sees their families on the start page and opens a dossier', async () => {
    await openLoginPage(page);
    await logIn(page, 'demo.professional');
    await visible(page.getByRole('heading', { level: 2, name: 'Mijn gezinnen vandaag' }));
    const table = page.getByRole('table', { name: /^\d+ gezin(nen)? waarvan je regisseur of teamlid bent$/ });
    await visible(table);
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    await visible(table.getByRole('columnheader', { name: 'Plan binnen 6 weken' }));
    await journey.checkpoint('start-page-caseload');
    const first = table.getByRole('rowheader').first().getByRole('link');
    const reference = (await first.innerText()).trim();
    await first.click();
    await page.waitForURL((url) => /^\/families\/[0-9a-f-]{36}$/.test(url.pathname));
    await visible(page.getByRole('heading', { level: 1, name: `Gezin ${reference}` }));
    await journey.checkpoint('dossier-from-caseload');
    await logOut(page);
  });

  test('demo.team_lead opens the team caseload and sees regisseurs with counts', async () => {
    await logIn(page, 'demo.team_lead');
    await page.getByRole('link', { name: 'Caseload van WIJ-team Zwolle verdelen' }).click();
    await page.waitForURL((url) => /^\/teams\/[0-9a-f-]{36}\/caseload$/.test(url.pathname));
    await visible(page.getByRole('heading', { level: 1, name: 'Caseload van WIJ-team Zwolle' }));
    const load = page.getByRole('table', { name: /regisseurs? (en teamleden )?.*open trajecten per status/ });
    await visible(load);
    const professional = load
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Demo Professional' }) });
    await visible(professional);
    expect(Number(await professional.getByRole('cell').nth(1).innerText())).toBeGreaterThan(0);
    await journey.checkpoint('team-caseload');
  });

  test('the team lead pages through the trajectories and filters them by regisseur and late plan', async () => {
    const shown = page.getByRole('status').filter({
      hasText: /^(Traject(en)? \d+ tot en met \d+ van \d+|Geen open trajecten die aan de filters voldoen\.)$/,
    });
    await visible(shown);
    const total = Number(/van (\d+)$/.exec(await shown.innerText())?.[1]);
    expect(total).toBeGreaterThan(50);
    await expect.poll(() => shown.innerText()).toBe(`Trajecten 1 tot en met 50 van ${total}`);
    await page.getByRole('button', { name: 'Volgende pagina' }).click();
    await expect.poll(() => shown.innerText()).toBe(`Trajecten 51 tot en met ${Math.min(100, total)} van ${total}`);
    const filters = page.getByRole('search', { name: 'Open trajecten filteren' });
    const trajectories = page.getByRole('table', { name: /open traject(en)? van het team$/ });
    // Late plans across the team: every listed trajectory's deadline (the fourth data cell) is late.
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('planLate=true') && r.ok()),
      filters.getByLabel('Alleen trajecten waarvan het plan te laat is').check(),
    ]);
    const deadlines = () =>
      trajectories
        .getByRole('row')
        .filter({ has: page.getByRole('cell') })
        .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[3]?.textContent ?? ''));
    await expect
      .poll(async () => {
        const d = await deadlines();
        return d.length > 0 && d.every((x) => x.startsWith('Te laat'));
      })
      .toBe(true);
    const lateTotal = Number(/van (\d+)$/.exec(await shown.innerText())?.[1]);
    expect(lateTotal).toBeGreaterThan(0);
    expect(lateTotal).toBeLessThan(total);
    // Narrowed to one regisseur: the late plans of Demo Professional (possibly none).
    const regisseur = filters.getByLabel('Regisseur', { exact: true });
    const option =
      (await regisseur
        .locator('option', { hasText: /^Demo Professional \(/ })
        .first()
        .getAttribute('value')) ?? '';
    await Promise.all([
      page.waitForResponse((r) => r.url().includes(`regisseur=${option}`) && r.ok()),
      regisseur.selectOption(option),
    ]);
    await expect
      .poll(() => shown.innerText())
      .toMatch(/^(Traject(en)? 1 tot en met \d+ van \d+|Geen open trajecten die aan de filters voldoen\.)$/);
    expect(Number(/van (\d+)$/.exec(await shown.innerText())?.[1] ?? 0)).toBeLessThanOrEqual(lateTotal);
    await journey.checkpoint('team-caseload-filtered');
    await filters.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => shown.innerText()).toBe(`Trajecten 1 tot en met 50 van ${total}`);
  });

  test('choosing "reassign" on a trajectory selects it in the hand-over form', async () => {
    const trajectories = page.getByRole('table', { name: /open trajecten? van het team$/ });
    await visible(trajectories);
    await trajectories
      .getByRole('button', { name: /^Herverdeel / })
      .first()
      .click();
    const select = page.getByLabel('Traject', { exact: true });
    expect(await select.inputValue()).not.toBe('');
    await visible(page.getByLabel('Notitie bij de overdracht'));
    await journey.checkpoint('team-caseload-reassign');
  });
});
