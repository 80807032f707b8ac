// Journey: the Zwolle team lead opens the neighbourhood patterns: a table per neighbourhood and
// category with small numbers shown as "minder dan 5" (and cells hidden to protect them), totals that count
// shown cells only, and the charts; switches to outreach outcomes; registers a budgeting course as
// the team's answer. axe on every page.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { logIn } from './support/auth.js';
import { eventually, type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

test.describe('the team lead sees neighbourhood patterns with small numbers suppressed', () => {
  let journey: Journey;
  let page: Page;

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('patterns');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('demo.team_lead opens the patterns of Zwolle for last month', async () => {
    await logIn(page, 'demo.team_lead');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Patronen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Patronen in de wijken' }));
    const month = page.getByLabel('Maand', { exact: true });
    await visible(month);
    const lastMonth = (await month.locator('option').nth(1).getAttribute('value')) ?? '';
    // Months read as words ("november 2026"), as the option shows them.
    const monthLabel = ((await month.locator('option').nth(1).textContent()) ?? '').trim();
    await month.selectOption(lastMonth);
    const table = page.getByRole('table', { name: `Signalen per buurt, Zwolle, ${monthLabel}` });
    await visible(table);
    await eventually(() => table.locator('td abbr', { hasText: 'minder dan 5' }).count()).toBeGreaterThan(0);
    expect(await table.locator('tfoot').getByText('ten minste', { exact: false }).count()).toBeGreaterThan(0);
    // No "≥ 0": a total with nothing shown says so in words.
    expect(await table.getByText('≥ 0').count()).toBe(0);
    // No cell shows a count from 1 to 4.
    const shown = await table.locator('tbody td').allTextContents();
    expect(shown.filter((text) => /^[1-4]$/.test(text.trim()))).toEqual([]);
    // The table downloads as CSV and Excel with exactly what the page shows: no hidden small number.
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV downloaden' }).first().click();
    const csvFile = await csvDownload;
    expect(csvFile.suggestedFilename()).toMatch(/^signalen-per-buurt-zwolle-.*\.csv$/);
    const csv = readFileSync((await csvFile.path()) ?? '', 'utf8');
    const csvLines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(csvLines[0]).toMatch(/^Buurt;/);
    expect(csvLines.length).toBe((await table.locator('tbody tr').count()) + 1);
    expect(
      csvLines
        .slice(1)
        .flatMap((line) => line.split(';').slice(1))
        .filter((c) => /^[1-4]$/.test(c)),
    ).toEqual([]);
    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Excel downloaden' }).first().click();
    const xlsx = readFileSync((await (await xlsxDownload).path()) ?? '');
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK'); // an Office Open XML (zip) file
    await visible(page.getByRole('img', { name: `Signalen per buurt, ${monthLabel}` }));
    await visible(page.getByRole('img', { name: 'Signalen per maand, Zwolle' }));
    // Nothing wider than the window at 1,280 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await journey.checkpoint('patterns-signals');
  });

  test('switches to the outcomes of reaching out', async () => {
    await page.getByLabel('Wat', { exact: true }).selectOption({ label: 'Uitkomsten erop af' });
    await visible(page.getByRole('columnheader', { name: 'Huisuitzetting voorkomen' }));
    await journey.checkpoint('patterns-outreach');
  });

  test('registers a budgeting course in answer to the rent-arrears pattern', async () => {
    const form = page.getByTestId('activity-form');
    await form.getByLabel('Activiteit', { exact: true }).fill('Budgetcursus voor jonge gezinnen');
    await form.getByLabel('Antwoord op (soort signaal)', { exact: true }).selectOption({ label: 'Huurachterstand' });
    await form.getByLabel('Begindatum', { exact: true }).fill('2026-12-01');
    await form.getByLabel('Aantal deelnemers', { exact: true }).fill('12');
    await form.getByRole('button', { name: 'Activiteit registreren' }).click();
    await visible(
      page.getByRole('table', { name: /^Activiteiten/ }).getByRole('row', { name: /Budgetcursus voor jonge gezinnen/ }),
    );
    await journey.checkpoint('patterns-activity');
    journey.expectNoPageErrors();
  });
});
