// Journey: the regisseur opens a seeded family's instruments from the dossier, sees the radar
// chart and history of Positive Health, records a new Positive Health measurement and sees it in
// the chart and the history. axe on every page.
import type { Page } from '@playwright/test';
import { logIn } from './support/auth.js';
import { eventually, type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

interface DeadlineItem {
  familyId: string;
  familyReference: string;
}
interface MeasurementList {
  measurements: Array<{ instrument: { code: string }; personId: string | null }>;
}

const SCORES: Array<[string, string]> = [
  ['Lichaamsfuncties', '7'],
  ['Mentaal welbevinden', '7'],
  ['Zingeving', '8'],
  ['Kwaliteit van leven', '7'],
  ['Meedoen', '6'],
  ['Dagelijks functioneren', '8'],
];

test.describe('the regisseur scores Positive Health and sees the progress', () => {
  let journey: Journey;
  let page: Page;
  let familyId = '';

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('instruments');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('demo.professional opens the instruments of a seeded family from the dossier', async () => {
    await logIn(page, 'demo.professional');
    const res = await page.context().request.get('/api/me/plan-deadlines');
    expect(res.status()).toBe(200);
    for (const item of ((await res.json()) as { items: DeadlineItem[] }).items) {
      const list = (await (
        await page.context().request.get(`/api/families/${item.familyId}/measurements`)
      ).json()) as MeasurementList;
      if (list.measurements.some((m) => m.instrument.code === 'positive_health')) {
        familyId = item.familyId;
        break;
      }
    }
    expect(familyId, 'a seeded family of demo.professional with Positive Health measurements').not.toBe('');
    await page.goto(`/families/${familyId}`);
    await visible(page.getByRole('link', { name: 'Meetinstrumenten' }));
    await journey.checkpoint('dossier');
    await page.getByRole('link', { name: 'Meetinstrumenten' }).click();
    await visible(page.getByRole('heading', { level: 1, name: /^Meetinstrumenten / }));
    await page.getByLabel('Instrument', { exact: true }).selectOption({ label: 'Positieve Gezondheid' });
    await eventually(() => page.getByLabel('Instrument', { exact: true }).inputValue()).toBe('positive_health');
    await visible(page.getByRole('img', { name: /Eerste en laatste meting/ }));
    await visible(page.getByRole('table', { name: /Alle metingen van Positieve Gezondheid/ }));
    await journey.checkpoint('instruments');
  });

  test('records a Positive Health measurement with one labelled input per dimension', async () => {
    const history = page.getByRole('table', { name: /Alle metingen van Positieve Gezondheid/ });
    const columnsBefore = await history.locator('thead th').count();
    const form = page.getByTestId('measurement-form');
    for (const [label, score] of SCORES) await form.getByLabel(`${label} (0–10)`, { exact: true }).fill(score);
    await form.getByLabel('Toelichting (optioneel)', { exact: true }).fill('Meting in de journey');
    await form.getByRole('button', { name: 'Meting opslaan' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'De meting is opgeslagen.' }));
    await eventually(() => history.locator('thead th').count()).toBe(columnsBefore + 1);
    await visible(page.getByText('Meting in de journey', { exact: false }));
    const comparison = page.getByRole('table', { name: 'Eerste en laatste score per domein' });
    await eventually(() =>
      comparison
        .getByRole('row', { name: /Zingeving/ })
        .getByRole('cell')
        .nth(1)
        .textContent(),
    ).toBe('8');
    await visible(page.getByRole('img', { name: 'Zingeving' }));
    await journey.checkpoint('instruments-recorded');
  });

  test('refuses a score outside the scale with a message, and writes nothing', async () => {
    const form = page.getByTestId('measurement-form');
    await form.getByLabel('Zingeving (0–10)', { exact: true }).fill('12');
    await form.getByRole('button', { name: 'Meting opslaan' }).click();
    // The form's own check names the scale (the form pattern: summary and the field's message).
    await visible(page.getByText(/heel getal van 0 tot en met 10/).first());
    const list = (await (
      await page.context().request.get(`/api/families/${familyId}/measurements?instrument=positive_health`)
    ).json()) as MeasurementList;
    expect(list.measurements.filter((m) => m.instrument.code === 'positive_health').length).toBe(
      (await page
        .getByRole('table', { name: /Alle metingen van Positieve Gezondheid/ })
        .locator('thead th')
        .count()) - 1,
    );
    await journey.checkpoint('instruments-refused');
  });
});
