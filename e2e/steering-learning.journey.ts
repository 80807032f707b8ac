// Journey: the Zwolle policy advisor (demo.policy) sees the region's example meetlat with every
// municipality side by side and its own voice, positions Zwolle on a step with a reflection, writes in
// the learning log (a BSN is refused at the field), discusses the entry at a reflection meeting with a
// follow-up action, and sees what became of it in the log. axe on every page; the meetlat at 390 px.
import type { Page } from '@playwright/test';
import { logIn } from './support/auth.js';
import { eventually, type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

const stamp = Date.now().toString(36);
const ENTRY_TITLE = `Wachtlijst steungezinnen schuurt ${stamp}`;
const inDays = (n: number) => {
  const d = new Date(Date.now() + n * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test.describe('the policy advisor learns with the meetlat and the learning log', { tag: '@postgres' }, () => {
  let journey: Journey;
  let page: Page;

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('steering-learning');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('demo.policy opens the region’s example meetlat: all municipalities side by side, each its own voice', async () => {
    await logIn(page, 'demo.policy');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Meetlat' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Meetlat' }));
    await visible(page.getByText('Voorbeeld', { exact: true }));
    const side = page.getByRole('table', { name: 'Laatste positie per trede en gemeente' });
    await visible(side);
    for (const name of ['Zwolle', 'Kampen', 'Olst-Wijhe']) await visible(side.getByRole('columnheader', { name }));
    await visible(page.getByRole('img', { name: /Meetlat van Zwolle/ }));
    await visible(page.getByRole('table', { name: /Posities van Zwolle per moment/ }));
    await visible(page.getByRole('heading', { level: 3, name: 'Staphorst' }));
    await journey.checkpoint('meetlat');
  });

  test('positions Zwolle on a step with a reflection in its own words', async () => {
    await page.getByRole('link', { name: 'Onze positie bepalen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Positie op de meetlat bepalen' }));
    const step = page.getByRole('group', { name: '9. Leren en meten' });
    await step.getByLabel('Niveau').selectOption('4');
    await step.getByLabel('Korte reflectie').fill('Het logboek wordt elke week gebruikt en besproken in het team.');
    await page
      .getByLabel('Welke trede verdient nu de meeste aandacht?')
      .selectOption({ label: '5. Vrijwilligers en gemeenschap' });
    await page
      .getByLabel('Waarom deze trede?')
      .fill('Er zijn te weinig steungezinnen voor de gezinnen die op een match wachten.');
    await journey.checkpoint('position-form');
    await page.getByRole('button', { name: 'Positie opslaan' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Meetlat' }));
    await visible(page.getByText('Er zijn te weinig steungezinnen voor de gezinnen die op een match wachten.'));
    await visible(
      page
        .getByRole('table', { name: /Posities van Zwolle per moment/ })
        .getByText('Het logboek wordt elke week gebruikt'),
    );
  });

  test('writes in the learning log; a BSN is refused at the field', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leerlogboek' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Leerlogboek' }));
    const form = page.getByTestId('entry-form');
    await form.getByRole('radio', { name: 'Hier schuurt het' }).check();
    await form.getByLabel('Titel', { exact: true }).fill(ENTRY_TITLE);
    const body = form.getByLabel('Wat gebeurde er?');
    await body.fill('Gezinnen wachten maanden op een steungezin; het gezin met BSN 111222333 haakte af.');
    await form.getByRole('button', { name: 'Notitie opslaan' }).click();
    await visible(form.getByText('Dit lijkt op een BSN', { exact: false }).first());
    await journey.checkpoint('log-refused');
    await body.fill('Gezinnen wachten maanden op een steungezin en haken af voordat er een match is.');
    await form.getByLabel('Trede van de meetlat').selectOption({ label: '5. Vrijwilligers en gemeenschap' });
    await form.getByRole('button', { name: 'Notitie opslaan' }).click();
    await visible(form.getByText('De notitie is opgeslagen.'));
    await visible(page.getByTestId('log-entries').getByRole('heading', { name: ENTRY_TITLE }));
    await journey.checkpoint('log');
  });

  test('discusses it at a reflection meeting with a follow-up action', async () => {
    await page.getByRole('link', { name: 'Naar de reflectieoverleggen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Reflectieoverleggen' }));
    await visible(page.getByRole('table', { name: 'Reflectieoverleggen, nieuwste eerst' }));
    await journey.checkpoint('meetings');
    const form = page.getByTestId('meeting-form');
    await form.getByLabel('Naam van het overleg').fill('Reflectieoverleg sociaal domein december');
    await form.getByRole('button', { name: 'Overleg vastleggen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Reflectieoverleg sociaal domein december' }));
    const discuss = page.getByTestId('discuss-form');
    await discuss.getByLabel('Notitie').selectOption({ label: `${ENTRY_TITLE} (Hier schuurt het)` });
    await discuss.getByLabel('Besluit').fill('Samen met kerken en verenigingen steungezinnen werven.');
    await discuss.getByLabel('Actie', { exact: true }).fill('Wervingsavond met verenigingen organiseren');
    await discuss.getByLabel('Eigenaar').selectOption({ label: 'Demo Teamleider' });
    await discuss.getByLabel('Uiterlijk').fill(inDays(30));
    await discuss.getByRole('button', { name: 'Bespreking vastleggen' }).click();
    const actions = page.getByRole('table', { name: 'Vervolgacties met eigenaar, termijn en stand' });
    await visible(actions.getByRole('rowheader', { name: /Wervingsavond met verenigingen organiseren/ }));
    await visible(page.getByRole('table', { name: 'Besproken notities en besluiten' }).getByText(ENTRY_TITLE));
    await journey.checkpoint('meeting');
  });

  test('sees in the log what became of the entry', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leerlogboek' }).click();
    await page.getByLabel('Zoek in titel, tekst, team of trede').fill(stamp);
    const list = page.getByTestId('log-entries');
    await eventually(() => list.locator(':scope > li').count()).toBe(1);
    await visible(list.getByText('Besproken in “Reflectieoverleg sociaal domein december”', { exact: false }));
    await visible(list.getByText('Wervingsavond met verenigingen organiseren', { exact: false }));
    await visible(list.getByText('Open', { exact: true }));
    await journey.checkpoint('log-what-became-of-it');
  });

  test('the meetlat reads on a phone (390 px)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/learning/meetlat');
    await visible(page.getByRole('heading', { level: 1, name: 'Meetlat' }));
    await visible(page.getByRole('img', { name: /Meetlat van Zwolle/ }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await journey.checkpoint('meetlat-phone');
    journey.expectNoPageErrors();
  });
});
