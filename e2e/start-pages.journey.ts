// Journey: every demo account starts somewhere useful. Each role's start page shows its work (a "Jouw werk"
// section with links, or the family's own start), never "Je bent nog geen lid van een team" for a family;
// axe and the raw-text check run on each start page (checkpoint). Then the role guard as a matrix: a page of
// another role's work, opened by typing its address, shows "Deze pagina is niet voor jouw rol" — not the
// page's form followed by "geen toegang". The policy advisor's patterns open on their own municipality.
import type { Page } from '@playwright/test';
import { logIn, logOut } from './support/auth.js';
import { type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

/** demo.<name>, password keukentafel: one per role this start page serves, plus the partner signallers. */
const ACCOUNTS = [
  'professional',
  'team_lead',
  'consultant',
  'coordinator',
  'signaller',
  'signaller.school',
  'signaller.gp',
  'policy',
  'privacy_officer',
  'admin',
  'contract_manager',
  'family',
] as const;

/** Role × address that is not for that role. */
const NOT_FOR_ROLE: ReadonlyArray<readonly [account: string, path: string]> = [
  ['family', '/families'],
  ['family', '/signals/queue'],
  ['family', '/involvement'],
  ['family', '/audit'],
  ['consultant', '/families/new'],
  ['signaller', '/families'],
  ['signaller', '/insights/patterns'],
  ['policy', '/audit'],
  ['policy', '/families'],
  ['privacy_officer', '/admin/users'],
  ['coordinator', '/signals/queue'],
  ['professional', '/audit'],
  ['contract_manager', '/families'],
  ['consultant', '/contracts'],
];

test.describe('every role starts somewhere useful, and sees only its own pages', () => {
  let journey: Journey;
  let page: Page;

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('start-pages');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  for (const account of ACCOUNTS) {
    test(`demo.${account} sees its work on the start page`, async () => {
      await logIn(page, `demo.${account}`);
      const work = page.getByTestId('start-work');
      await visible(work);
      expect(await work.getByRole('link').count(), `links in the work of demo.${account}`).toBeGreaterThan(0);
      if (account === 'family') {
        expect(await page.getByText('Je bent nog geen lid van een team').count()).toBe(0);
        // No professional pages in the family's menu.
        const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
        expect(await menu.getByRole('link', { name: /gezinnen/i }).count()).toBe(0);
      }
      await journey.checkpoint(`start-${account.replace('.', '-')}`);
      await logOut(page);
    });
  }

  test('the consultant starts at the allocation queue, the contract manager at contracts and budgets', async () => {
    await logIn(page, 'demo.consultant');
    const work = await visible(page.getByTestId('start-work'));
    await work.getByRole('link', { name: /toewijzingswachtrij/ }).click();
    await page.waitForURL((url) => url.pathname === '/decisions');
    await visible(page.locator('main h1'));
    expect(await page.getByRole('heading', { name: 'Deze pagina is niet voor jouw rol' }).count()).toBe(0);
    await logOut(page);
    await logIn(page, 'demo.contract_manager');
    const links = page.getByTestId('start-work').getByRole('link');
    await expect(links).toHaveText(['Contracten, producten en tarieven', 'Budgetten per lijn en jaar']);
    await logOut(page);
  });

  // The provider's start page: its allocations, message box and claims, and no professional pages.
  test('demo.provider lands on its allocations, message box and claims', async () => {
    await logIn(page, 'demo.provider');
    await visible(page.getByRole('heading', { level: 1, name: /^Welkom, / }));
    expect(await page.getByRole('heading', { name: 'Deze pagina is niet voor jouw rol' }).count()).toBe(0);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link', { name: /gezinnen|auditlog|signalen/i }).count()).toBe(0);
    expect(await page.locator('main form').count(), 'no dead-end form on the start page').toBe(0);
    const work = page.getByTestId('start-work');
    for (const name of [
      'De toewijzingen aan jouw organisatie bekijken',
      'Berichten downloaden en uploaden in de berichtenbox',
      'Declaraties en het antwoord van de gemeente bekijken',
    ]) {
      await visible(work.getByRole('link', { name }));
    }
    await journey.checkpoint('start-provider');
    await logOut(page);
  });

  test('the policy advisor lands on the patterns of their own municipality, in words', async () => {
    await logIn(page, 'demo.policy');
    await page.getByTestId('start-work').getByRole('link', { name: 'Patronen in jouw gemeente' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Patronen in de wijken' }));
    const municipality = page.getByLabel('Gemeente', { exact: true });
    await expect(municipality.locator('option:checked')).toHaveText('Zwolle');
    expect(await page.getByText('≥ 0').count()).toBe(0);
    await journey.checkpoint('policy-patterns');
    await logOut(page);
  });

  const byAccount = new Map<string, string[]>();
  for (const [account, path] of NOT_FOR_ROLE) byAccount.set(account, [...(byAccount.get(account) ?? []), path]);
  for (const [account, paths] of byAccount) {
    test(`demo.${account} typing ${paths.join(', ')} gets "not for your role"`, async () => {
      await logIn(page, `demo.${account}`);
      for (const path of paths) {
        await page.goto(path);
        await visible(page.getByRole('heading', { level: 1, name: 'Deze pagina is niet voor jouw rol' }));
        // The other role's page itself never shows, not even briefly before a refusal.
        expect(await page.getByRole('search').count(), `${path} shows no search form`).toBe(0);
        expect(await page.getByRole('heading', { name: 'Geen toegang' }).count()).toBe(0);
      }
      await journey.checkpoint(`not-for-role-${account.replace('.', '-')}`);
      await page.goto('/');
      await visible(page.getByRole('heading', { level: 1, name: /^Welkom, / }));
      await logOut(page);
      journey.expectNoPageErrors();
    });
  }
});
