// Journey at phone size (390 px): a mother reads her family's plan in the portal, marks her action done,
// proposes a goal and agrees to the plan; her 16-year-old shields a goal of her own and the mother no
// longer sees it; the regisseur takes the proposed goal into the plan. axe on every page.
import type { Page } from '@playwright/test';
import { logIn, logOut } from './support/auth.js';
import { type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

async function expectFitsWindow(page: Page, where: string): Promise<void> {
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits, `${where} is no wider than the window`).toBe(true);
}

test.describe('the family portal on a phone', () => {
  let journey: Journey;
  let page: Page;
  let familyId = '';

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('portal', { phone: true });
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('a mother reads the plan, marks her action done, proposes a goal and agrees', async () => {
    await logIn(page, 'demo.family');
    await page.goto('/mijn');
    await visible(page.getByRole('heading', { level: 1, name: 'Mijn Keukentafel' }));
    await visible(page.getByRole('heading', { name: 'Wat moet er gebeuren?' }));
    await expectFitsWindow(page, 'the portal start page');
    await journey.checkpoint('start');
    const me = await page.context().request.get('/api/portal/me');
    familyId = ((await me.json()) as { families: Array<{ familyId: string }> }).families[0]?.familyId ?? '';

    await page.getByRole('navigation', { name: 'Mijn Keukentafel' }).getByRole('link', { name: 'Ons plan' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Ons plan' }));
    await visible(page.getByTestId('goal-pGoalYouth'));
    await expect(page.getByText('De buurvrouw let op')).toHaveCount(0);
    await expectFitsWindow(page, 'the portal plan');
    await journey.checkpoint('plan');

    const action = page.getByTestId('action-pActMum');
    await action.getByRole('button', { name: 'Ik heb dit gedaan' }).click();
    await visible(action.getByText('Klaar', { exact: true }));

    await page.getByLabel('Uw voorstel').fill('Eén keer per week samen sporten');
    await page.getByRole('button', { name: 'Voorstel sturen' }).click();
    await visible(page.getByText('Uw voorstel is verstuurd naar de regisseur.'));
    await visible(page.getByTestId('my-proposal').filter({ hasText: 'wacht op antwoord' }));

    await page.getByRole('button', { name: 'Ik ben het eens met het plan' }).click();
    await visible(page.getByTestId('signed'));
    await journey.checkpoint('plan-signed');

    for (const [link, heading, name] of [
      ['Gesprekken', 'Gesprekken', 'meetings'],
      ['Ons team', 'Ons team', 'team'],
      ['Zorg en besluiten', 'Zorg en besluiten', 'care'],
      ['Tijdlijn', 'Tijdlijn', 'timeline'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Mijn Keukentafel' }).getByRole('link', { name: link }).click();
      await visible(page.getByRole('heading', { level: 1, name: heading }));
      await journey.checkpoint(name);
    }
    await logOut(page);
  });

  test('a 16-year-old shields her own goal and her mother no longer sees it', async () => {
    await logIn(page, 'demo.family.youth');
    await page.goto('/mijn/plan');
    const goal = page.getByTestId('goal-pGoalYouth');
    // The goal's own button comes first; its actions carry their own.
    await goal.getByRole('button', { name: 'Verbergen voor mijn ouders' }).first().click();
    await visible(goal.getByText('Niet zichtbaar voor uw ouders').first());
    await journey.checkpoint('youth-plan');
    await logOut(page);

    await logIn(page, 'demo.family');
    await page.goto('/mijn/plan');
    await visible(page.getByRole('heading', { level: 1, name: 'Ons plan' }));
    await visible(page.getByTestId('action-pActMum'));
    await expect(page.getByTestId('goal-pGoalYouth')).toHaveCount(0);
    await logOut(page);
  });

  test('the regisseur takes the proposed goal into the plan', async () => {
    await logIn(page, 'demo.professional');
    await page.goto(`/families/${familyId}/plan`);
    const panel = page.getByTestId('family-proposals');
    await visible(panel.getByText('Eén keer per week samen sporten'));
    await journey.checkpoint('regisseur-proposals');
    await panel.getByRole('button', { name: 'Doel overnemen in het plan' }).click();
    await visible(panel.getByText('overgenomen'));
    await logOut(page);
    journey.expectNoPageErrors();
  });
});
