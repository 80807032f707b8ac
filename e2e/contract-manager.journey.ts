// Journey: the contract manager opens the region's contracts, finds the regional contract of the specialised
// provider, reads its products, 2026 and 2027 tariffs and outcome criteria, adds a 2028 tariff (and is told
// clearly when a tariff overlaps), then looks at the budgets per line with committed, spent and remaining,
// the providers and the education-care arrangement. axe on every page (journey checkpoints).
import type { Page } from '@playwright/test';
import { logIn } from './support/auth.js';
import { type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

test.describe('the contract manager keeps contracts, tariffs and budgets', () => {
  let journey: Journey;
  let page: Page;

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('contract-manager');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('demo.contract_manager searches the contracts and opens the regional one', async () => {
    await logIn(page, 'demo.contract_manager');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Contracten' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Contracten' }));
    await journey.checkpoint('contracts-list');
    await page.getByRole('textbox', { name: 'Zoek op contractnummer of aanbieder' }).fill('Specialistische');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: 'IJS-2026-001' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Contract IJS-2026-001' }));
    const tariffs = page.getByRole('table', { name: 'Tarieven van 45 45A01 · Specialistische ambulante jeugdhulp' });
    await visible(tariffs);
    await expect(tariffs).toContainText('€ 98,50');
    await expect(tariffs).toContainText('€ 101,20');
    await visible(page.getByRole('heading', { level: 2, name: 'Outcomecriteria' }));
    await journey.checkpoint('contract-detail');
  });

  test('adds a 2028 tariff; an overlapping one is refused with a clear message', async () => {
    const form = page.getByRole('form', { name: 'Nieuw tarief voor 45 45A01 · Specialistische ambulante jeugdhulp' });
    await form.getByLabel('Geldig vanaf').fill('2028-01-01');
    await form.getByLabel('Geldig tot en met').fill('2028-12-31');
    await form.getByLabel('Tarief per eenheid in euro').fill('104,10');
    await form.getByRole('button', { name: 'Tarief toevoegen' }).click();
    const tariffs = page.getByRole('table', { name: 'Tarieven van 45 45A01 · Specialistische ambulante jeugdhulp' });
    await expect(tariffs).toContainText('€ 104,10');
    await form.getByLabel('Geldig vanaf').fill('2028-06-01');
    await form.getByLabel('Tarief per eenheid in euro').fill('99');
    await form.getByRole('button', { name: 'Tarief toevoegen' }).click();
    await visible(page.getByText('overlapt met een ander tarief', { exact: false }).first());
    await journey.checkpoint('contract-tariff-added');
  });

  test('sees the budgets per line with committed, spent and remaining, a chart and a table', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Budgetten' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Budgetten' }));
    await page.getByLabel('Jaar', { exact: true }).selectOption('2026');
    await visible(page.getByRole('heading', { level: 2, name: 'Regionaal verblijf' }));
    await visible(page.getByRole('img', { name: 'Regionaal verblijf 2026 per gemeente' }));
    const table = page.getByRole('table', { name: 'Regionaal verblijf 2026: budget, verplicht, uitgegeven en over' });
    await visible(table.getByRole('rowheader', { name: 'Zwolle' }));
    await visible(table.getByRole('columnheader', { name: 'Verplicht' }));
    await journey.checkpoint('budgets');
  });

  test('opens the providers and the education-care arrangement', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Contracten' }).click();
    await page.getByRole('link', { name: 'Zorgaanbieders' }).click();
    await visible(page.getByRole('rowheader', { name: 'Specialistische Jeugdhulp Overijssel (demo)' }));
    await journey.checkpoint('providers');
    await page.getByRole('link', { name: 'Terug naar contracten' }).click();
    await page.getByRole('link', { name: 'Maatwerk- en onderwijs-zorgarrangementen' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Onderwijs-zorgklas De Klimop' }));
    await journey.checkpoint('arrangements');
  });
});
