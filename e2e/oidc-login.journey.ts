// Journey: a mother logs in with DigiD through the demo's development identity provider (the same
// OIDC client flow as the municipality's broker), lands on the family start page, and logging out
// ends her session at the provider too. At 390 px; axe on the login and the provider's pages.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.js';
import { visible, type Journey } from './support/journey.js';

test.describe('login with DigiD (demo identity provider) on a phone', () => {
  let journey: Journey;
  let page: Page;
  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('oidc-login', { phone: true });
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('a mother logs in through the demo DigiD and lands on the family start page', async () => {
    await page.goto('/login');
    await visible(page.getByRole('heading', { level: 1, name: 'Inloggen' }));
    await journey.checkpoint('login');
    await page.getByRole('link', { name: 'Inloggen met DigiD' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/dev-idp/interaction/'));
    await visible(page.getByRole('heading', { level: 1, name: 'Inloggen als…' }));
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    // Names and a role only: no BSN on the page.
    expect(await page.locator('main').innerText()).not.toMatch(/\d{9}/);
    await journey.checkpoint('dev-idp');
    await page
      .getByRole('button', { name: /ouder met gezag/ })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname === '/');
    await visible(page.getByRole('heading', { level: 1, name: /^Welkom, / }));
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
    expect(me.user.roles).toEqual(['family']);
  });

  test('logging out ends the session at the provider too', async () => {
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/dev-idp/'));
    await visible(page.getByRole('heading', { level: 1, name: 'Uitloggen' }));
    await journey.checkpoint('dev-idp-logout');
    await page.getByRole('button', { name: 'Ja, uitloggen' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await visible(page.getByText('U bent uitgelogd.'));
    expect(await page.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(401);
    // The provider forgot her too: DigiD asks again who is logging in.
    await page.getByRole('link', { name: 'Inloggen met DigiD' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Inloggen als…' }));
  });
});
