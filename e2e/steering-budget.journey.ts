// Journey: the policy advisor opens budget and spend for Zwolle (lines with local and regional, the month
// chart, providers and categories, each table downloadable) and the region, then the signals that paid
// off; the contract manager opens the provider view; and on a 390-px phone the budget page fits.
// axe on every page.
import type { Page } from '@playwright/test';
import { logIn, logOut } from './support/auth.js';
import { type Journey, visible } from './support/journey.js';
import { expectTablesFit } from './support/layout.js';
import { expect, test } from './support/fixtures.js';

test.describe('steering: budget against spend and signals that paid off', { tag: '@postgres' }, () => {
  let journey: Journey;
  let page: Page;

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('steering-budget');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('demo.policy sees budget against spend for a municipality and the region', async () => {
    await logIn(page, 'demo.policy');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Budget en uitgaven' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Budget en uitgaven' }));
    const lines = page.getByTestId('budget-lines');
    await visible(lines);
    // Euro amounts in Dutch format, and a total row.
    await expect(lines.locator('tfoot')).toContainText('Totaal');
    await expect(lines.locator('tbody')).toContainText('€');
    await visible(page.getByTestId('budget-providers'));
    await visible(page.getByTestId('budget-categories'));
    expect(await page.getByRole('button', { name: 'CSV downloaden' }).count()).toBeGreaterThanOrEqual(4);
    await journey.checkpoint('budget-municipality');
    // At 1,280 px every table fits the page column: nine columns of amounts scrolled sideways there.
    await expectTablesFit(page, 'budget-municipality');
    // The category chart's labels are whole: a long one ran off the drawing's left edge.
    const cutLabels = () =>
      page
        .locator('svg.kt-chart--bars g > text:first-of-type')
        .evaluateAll((labels) =>
          labels.filter((l) => (l as SVGTextElement).getBBox().x < 0).map((l) => l.textContent ?? ''),
        );
    await expect.poll(cutLabels).toEqual([]);
    expect(await page.locator('svg.kt-chart--bars g > text:first-of-type').count()).toBeGreaterThan(0);
    await page.getByLabel('Gemeente of regio').selectOption({ index: 0 });
    await visible(page.getByTestId('budget-municipalities'));
    await journey.checkpoint('budget-region');
    await expectTablesFit(page, 'budget-region');
  });

  test('demo.policy sees the signals that paid off next to the patterns', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Signalen die hielpen' })
      .click();
    await visible(page.getByRole('heading', { level: 1, name: 'Signalen die hielpen' }));
    const table = page.getByTestId('signal-outcomes');
    await visible(table);
    const shown = await table.locator('tbody td').allTextContents();
    expect(shown.filter((text) => /^[1-4]$/.test(text.trim()))).toEqual([]);
    await visible(page.getByRole('link', { name: 'Bekijk de patronen in de wijken' }));
    await journey.checkpoint('signal-outcomes');
    await logOut(page);
  });

  test('demo.contract_manager sees spend per provider and category', async () => {
    await logIn(page, 'demo.contract_manager');
    await page.goto('/insights/budget');
    await visible(page.getByRole('heading', { level: 2, name: 'Per aanbieder' }));
    await expect(page.getByTestId('budget-providers').locator('tbody tr').first()).toBeVisible();
    await journey.checkpoint('budget-contract-manager');
    await expectTablesFit(page, 'budget-contract-manager');
    await page.setViewportSize({ width: 390, height: 844 });
    await visible(page.getByTestId('budget-lines'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    // On a phone a table may scroll (or stack) inside its own region, under a visible title.
    for (const id of ['budget-lines', 'budget-months', 'budget-providers', 'budget-categories']) {
      const title = page
        .locator('.kt-table-block')
        .filter({ has: page.getByTestId(id) })
        .locator('.kt-table-title');
      await expect(title).toBeVisible();
      await expect(title).toHaveText(/^(Budget en uitgaven|Uitgaven) per .+, .+ \d{4}$/);
    }
    await journey.checkpoint('budget-phone');
    journey.expectNoPageErrors();
  });
});
