// Journey: the contract manager opens the region's contracts, finds the regional contract of the specialised
// provider, reads its products, 2026 and 2027 tariffs and outcome criteria, adds a 2028 tariff (and is told
// clearly when a tariff overlaps); adds a provider (a bad AGB code first: the error summary takes focus, the
// field is marked, the text is Dutch), makes a contract with it with a product, a tariff and an outcome
// criterion; looks at the budgets per line and sets one; sets up an education-care arrangement with the new
// provider and sees its places. axe on every page (journey checkpoints).
import type { Page } from '@playwright/test';
import { logIn } from './support/auth.js';
import { type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

test.describe('the contract manager keeps contracts, tariffs and budgets', { tag: '@postgres' }, () => {
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

  test('adds a provider: a bad AGB code is refused clearly, then corrected', async () => {
    await page.getByRole('link', { name: 'Terug naar contracten' }).click();
    await page.getByRole('link', { name: 'Zorgaanbieders' }).click();
    const form = page.getByRole('form', { name: 'Nieuwe zorgaanbieder' });
    await form.getByLabel('Naam van de organisatie').fill('Jeugdhulp De Brug (journey)');
    await form.getByLabel('AGB-code').fill('1234567A');
    await form.getByRole('button', { name: 'Zorgaanbieder toevoegen' }).click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('precies 8 cijfers');
    await expect(form.getByLabel('AGB-code')).toHaveAttribute('aria-invalid', 'true');
    await journey.checkpoint('provider-agb-refused');
    await summary.getByRole('link', { name: /AGB-code/ }).click();
    await expect(form.getByLabel('AGB-code')).toBeFocused();
    await form.getByLabel('AGB-code').fill('98761234');
    await form.getByRole('button', { name: 'Zorgaanbieder toevoegen' }).click();
    await visible(page.getByRole('rowheader', { name: 'Jeugdhulp De Brug (journey)' }));
    await expect(summary).toHaveCount(0);
  });

  test('makes a contract with that provider, a product, its tariff and an outcome criterion', async () => {
    await page.getByRole('link', { name: 'Terug naar contracten' }).click();
    await page.getByRole('link', { name: 'Nieuw contract' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Nieuw contract' }));
    await page.getByLabel('Contractnummer').fill('zwl-2027-brug');
    await page
      .getByLabel('Aanbieder', { exact: true })
      .selectOption({ label: 'Jeugdhulp De Brug (journey) (AGB 98761234)' });
    await page.getByRole('radio', { name: 'Eén gemeente' }).check();
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Zwolle' });
    await page.getByRole('radio', { name: 'Inspanningsgericht' }).check();
    await page.getByLabel('Begindatum').fill('2027-01-01');
    await journey.checkpoint('contract-form');
    await page.getByRole('button', { name: 'Contract aanmaken' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Contract ZWL-2027-BRUG' }));
    const product = page.getByRole('form', { name: 'Product toevoegen' });
    await product.getByLabel('Categorie').selectOption({ label: 'Maatwerkarrangementen jeugd (50)' });
    await product.getByLabel('Eigen productcode (niet verplicht)').fill('50K01');
    await product.getByLabel('Naam van het product').fill('Onderwijs-zorgklas');
    await product.getByLabel('Eenheid').selectOption({ label: 'Uur' });
    await product.getByLabel('Budgetlijn').selectOption({ label: 'Maatwerkarrangementen' });
    await product.getByRole('button', { name: 'Product toevoegen' }).click();
    const tariff = page.getByRole('form', { name: 'Nieuw tarief voor 50 50K01 · Onderwijs-zorgklas' });
    await tariff.getByLabel('Geldig vanaf').fill('2027-01-01');
    await tariff.getByLabel('Tarief per eenheid in euro').fill('87,50');
    await tariff.getByRole('button', { name: 'Tarief toevoegen' }).click();
    await expect(page.getByRole('table', { name: 'Tarieven van 50 50K01 · Onderwijs-zorgklas' })).toContainText(
      '€ 87,50',
    );
    const criterion = page.getByRole('form', { name: 'Outcomecriterium toevoegen' });
    await criterion.getByLabel('Indicator').selectOption({ label: 'Voortijdig afgebroken (%)' });
    await criterion.getByLabel('Norm is').selectOption({ label: 'hoogstens' });
    await criterion.getByLabel('Norm', { exact: true }).fill('10');
    await criterion.getByRole('button', { name: 'Criterium toevoegen' }).click();
    await visible(
      page
        .getByRole('table', { name: 'Outcomecriteria' })
        .getByRole('rowheader', { name: 'Voortijdig afgebroken (%)' }),
    );
    await journey.checkpoint('contract-created');
  });

  test('sees the budgets per line with committed, spent and remaining, a chart and a table', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Budgetten' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Budgetten' }));
    await page.getByRole('form', { name: 'Kies een jaar' }).getByLabel('Jaar').selectOption('2026');
    await visible(page.getByRole('heading', { level: 2, name: 'Regionaal verblijf' }));
    await visible(page.getByRole('img', { name: 'Regionaal verblijf 2026 per gemeente' }));
    const table = page.getByRole('table', { name: 'Regionaal verblijf 2026: budget, verplicht, uitgegeven en over' });
    await visible(table.getByRole('rowheader', { name: 'Zwolle' }));
    await visible(table.getByRole('columnheader', { name: 'Verplicht' }));
    await journey.checkpoint('budgets');
    const form = page.getByRole('form', { name: 'Budget vastleggen' });
    await form.getByLabel('Gemeente').selectOption({ label: 'Zwolle' });
    await form.getByLabel('Jaar').fill('2027');
    await form.getByLabel('Budgetlijn').selectOption({ label: 'Maatwerkarrangementen' });
    await form.getByLabel('Budget in euro').fill('250.000');
    await form.getByRole('button', { name: 'Budget opslaan' }).click();
    await visible(
      page.getByRole('status').filter({ hasText: 'Maatwerkarrangementen 2027 voor Zwolle is € 250.000,00' }),
    );
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

  test('sets up an education-care arrangement with the new provider and sees its places', async () => {
    await page.getByRole('link', { name: 'Nieuw arrangement' }).click();
    await page.getByLabel('Gemeente').selectOption({ label: 'Zwolle' });
    await page.getByLabel('Naam van het arrangement').fill('Onderwijs-zorgklas De Brug');
    await page.getByLabel('School').selectOption({ label: 'Basisschool De Klimop Zwolle' });
    await page.getByLabel('Plaatsen').fill('4');
    await page.getByLabel('Aanbieder 1', { exact: true }).selectOption({ label: 'Jeugdhulp De Brug (journey)' });
    await page.getByLabel('Kostenmodel').fill('Vaste jaarprijs voor de klas; de school levert het lokaal.');
    await page.getByLabel('Kosten per jaar in euro').fill('180.000');
    await page.getByLabel('Begindatum').fill('2027-01-01');
    await journey.checkpoint('arrangement-form');
    await page.getByRole('button', { name: 'Arrangement aanmaken' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Onderwijs-zorgklas De Brug' }));
    await expect(page.getByText('0 van 4 bezet, 4 vrij')).toBeVisible();
    await visible(page.getByRole('heading', { level: 2, name: 'Plaatsingen' }));
    await journey.checkpoint('arrangement');
  });
});
