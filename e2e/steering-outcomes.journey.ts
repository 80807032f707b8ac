// Journey: demo.policy opens the outcome dashboard of Zwolle (every indicator with its definition and
// small numbers hidden, a download), compares the entry points in bars with tables beside them, and
// reads the GP support-worker pilot against Zwolle's other trajectories; on a 390-px phone the entry
// points page reads without sideways scrolling. The satisfaction of one informant; the measurement
// definitions changed (a field error first), and the figures' definitions follow. axe on every page.
import type { Page } from '@playwright/test';
import { logIn } from './support/auth.js';
import { type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

async function noSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page width').toBeLessThanOrEqual(clientWidth);
}

test.describe('the policy advisor steers on outcomes', { tag: '@postgres' }, () => {
  let journey: Journey;
  let page: Page;
  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('steering-outcomes');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('the dashboard: indicators with their definitions, hidden small numbers, a download', async () => {
    await logIn(page, 'demo.policy');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitkomsten' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Uitkomsten van de jeugdhulp' }));
    const table = page.getByTestId('outcome-table');
    await visible(table);
    await visible(table.getByRole('columnheader', { name: 'Voortijdig gestopt (uitval)' }));
    await visible(page.getByText('CBS-definitie').first());
    // Nothing on screen counts 1 to 4.
    const counts = await table.locator('tbody small').allTextContents();
    expect(counts.filter((c) => /\b[1-4] van\b/.test(c))).toEqual([]);
    await page.getByLabel('Uitsplitsen naar').selectOption('team');
    await visible(page.getByRole('rowheader', { name: /Zwolle/ }).first());
    await visible(page.getByRole('button', { name: 'CSV downloaden' }).first());
    // Satisfaction of one informant: the column says whose judgement it is.
    await page.getByLabel('Tevredenheid volgens').selectOption('parent');
    await visible(table.getByRole('columnheader', { name: 'Tevredenheid ouder (cijfer)' }));
    await journey.checkpoint('outcomes-dashboard');
  });

  test('the measurement definitions: a field error first, then the change, and the figures follow', async () => {
    await page.getByRole('link', { name: 'Instellingen meetdefinities' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Instellingen meetdefinities' }));
    const months = page.getByLabel('Terugkijkperiode voor herhaald beroep (maanden)');
    await months.fill('61');
    await page.getByRole('button', { name: 'Meetdefinities opslaan' }).click();
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await expect(months).toHaveAttribute('aria-invalid', 'true');
    await expect(months).toHaveAccessibleDescription(/Vul een heel aantal maanden in van 1 tot en met 60/);
    await journey.checkpoint('settings-error');
    await months.fill('18');
    await page.getByRole('button', { name: 'Meetdefinities opslaan' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Opgeslagen.' }));
    await visible(page.getByText('Laatst gewijzigd door Demo Beleidsadviseur'));
    await journey.checkpoint('settings-saved');
    await page.goBack();
    await visible(page.getByText(/in de 18 maanden ervoor/));
  });

  test('entry points compared: bars with the same figures in a table beside them', async () => {
    await page.getByRole('link', { name: 'Ingangen vergeleken' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Ingangen vergeleken' }));
    await visible(page.getByRole('img', { name: 'Doorverwezen naar specialistische hulp' }));
    await visible(page.getByTestId('entry-table').getByRole('rowheader', { name: 'Huisarts / POH jeugd' }));
    await journey.checkpoint('entry-points');
  });

  test('the GP support-worker pilot against the other trajectories of Zwolle', async () => {
    await page.goto('/insights/pilots');
    await visible(page.getByRole('heading', { level: 2, name: 'Ondersteuner Jeugd & Gezin bij de huisarts' }));
    const table = page.getByTestId('pilot-table');
    await visible(table.getByRole('rowheader', { name: 'In de pilot' }));
    await visible(table.getByRole('rowheader', { name: 'Andere trajecten' }));
    await journey.checkpoint('pilot');
    journey.expectNoPageErrors();
  });

  test.describe('on a phone (390×844)', () => {
    let phone: Journey;
    test.beforeAll(async ({ openJourney }) => {
      phone = await openJourney('steering-outcomes-phone', { phone: true });
    });
    test.afterAll(async () => {
      await phone?.close();
    });

    test('the measurement definitions read without sideways scrolling', async () => {
      await logIn(phone.page, 'demo.policy');
      await phone.page.goto('/insights/outcome-settings');
      await visible(phone.page.getByRole('heading', { level: 1, name: 'Instellingen meetdefinities' }));
      await visible(phone.page.getByText('Laatst gewijzigd door Demo Beleidsadviseur'));
      await noSidewaysScroll(phone.page);
      await phone.checkpoint('settings-phone');
    });

    test('the entry points read without sideways scrolling', async () => {
      await phone.page.goto('/insights/entry-points');
      await visible(phone.page.getByRole('heading', { level: 1, name: 'Ingangen vergeleken' }));
      await visible(phone.page.getByTestId('entry-table'));
      await noSidewaysScroll(phone.page);
      await phone.checkpoint('entry-points-phone');
    });

    // Every steering and care-allocation page at 390 px: the checkpoint fails when the page scrolls
    // sideways (support/layout.ts), naming the table or chart that sticks out.
    const PHONE_PAGES: Array<[user: string, path: string, heading: string | RegExp]> = [
      ['demo.policy', '/insights/outcomes', 'Uitkomsten van de jeugdhulp'],
      ['demo.policy', '/insights/pilots', /pilot/i],
      ['demo.policy', '/insights/contract-outcomes', /./],
      ['demo.policy', '/insights/budget', 'Budget en uitgaven'],
      ['demo.policy', '/insights/signal-outcomes', 'Signalen die hielpen'],
      ['demo.policy', '/learning/meetlat', 'Meetlat'],
      ['demo.policy', '/learning/log', /./],
      ['demo.policy', '/learning/meetings', /./],
      ['demo.team_lead', '/insights/cbs-delivery', 'CBS-levering'],
      ['demo.contract_manager', '/contracts', 'Contracten'],
      ['demo.contract_manager', '/contracts/arrangements', /./],
      ['demo.contract_manager', '/budgets', /./],
      ['demo.consultant', '/decisions', /./],
    ];
    test('every steering and care-allocation page fits the phone', async () => {
      let who = 'demo.policy';
      for (const [user, path, heading] of PHONE_PAGES) {
        if (user !== who) {
          await phone.page.context().clearCookies(); // a new user; the phone's menu hides the logout button
          await logIn(phone.page, user);
          who = user;
        }
        await phone.page.goto(path);
        await visible(phone.page.getByRole('heading', { level: 1, name: heading }));
        await phone.checkpoint(`phone${path.replaceAll('/', '-')}`);
        if (path === '/insights/cbs-delivery') {
          // The check: a Dutch count, and the refused records paged (a half-year of Zwolle refuses dozens).
          await phone.page.getByRole('button', { name: 'Controleren' }).click();
          await visible(phone.page.getByText(/\d dossierregels kunnen worden geleverd over/));
          expect(await phone.page.getByTestId('cbs-refused').locator('tbody tr').count()).toBeLessThanOrEqual(25);
          await phone.checkpoint('phone-cbs-check');
        }
      }
      phone.expectNoPageErrors();
    });
  });
});
