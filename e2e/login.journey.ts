// Journey 3: logging in. A wrong password gets a Dutch error; the language switch changes the UI
// and <html lang>; on a phone the navigation is usable and the profile lists the current session.
import type { Locator, Page } from '@playwright/test';
import { logIn, logOut, openLoginPage, submitPassword } from './support/auth.js';
import { PHONE } from './support/browser.js';
import { DEMO_PASSWORD } from './support/env.js';
import { eventually, type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

/** No sideways scrolling of the whole page (WCAG 1.4.10 reflow). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page width on a phone').toBeLessThanOrEqual(clientWidth);
}

/** On screen, inside the viewport's width and big enough to tap (WCAG 2.5.8: at least 24×24 px). */
async function expectTappable(locator: Locator, name: string): Promise<void> {
  await visible(locator);
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  expect(box, `${name} has a box`).not.toBeNull();
  if (!box) return;
  expect(box.x, `${name} starts inside the screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${name} ends inside the screen`).toBeLessThanOrEqual(PHONE.width);
  expect(box.height, `${name} is tall enough to tap`).toBeGreaterThanOrEqual(24);
  expect(box.width, `${name} is wide enough to tap`).toBeGreaterThanOrEqual(24);
}

test.describe('login, language and a phone-sized screen', () => {
  test.describe('on a desktop', () => {
    let journey: Journey;
    let page: Page;
    test.beforeAll(async ({ openJourney }) => {
      journey = await openJourney('login');
      page = journey.page;
    });
    test.afterAll(async () => {
      await journey?.close();
    });
    test.describe.configure({ mode: 'serial' });

    test('a wrong password shows a Dutch error', async () => {
      await openLoginPage(page);
      expect(await htmlLang(page)).toBe('nl');
      await journey.checkpoint('login');

      await submitPassword(page, 'demo.professional', `${DEMO_PASSWORD}-fout`);
      const alert = await visible(page.getByRole('alert'));
      expect((await alert.innerText()).trim()).toBe('Gebruikersnaam of wachtwoord klopt niet.');
      expect(new URL(page.url()).pathname).toBe('/login');
      expect(await page.getByLabel('Wachtwoord', { exact: true }).inputValue()).toBe('');
      expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
      await journey.checkpoint('login-wrong-password');
    });

    test('switching to English changes the UI language and <html lang>, and stays after a reload', async () => {
      await page.getByRole('button', { name: 'Switch to English (EN)' }).click();
      await eventually(() => htmlLang(page)).toBe('en');
      await visible(page.getByRole('heading', { level: 1, name: 'Log in' }));
      await visible(page.getByLabel('Username', { exact: true }));
      await visible(page.getByLabel('Password', { exact: true }));
      expect((await page.getByRole('alert').innerText()).trim()).toBe('Username or password is incorrect.');
      await visible(page.getByRole('button', { name: 'Schakel over naar Nederlands (NL)' }));
      await journey.checkpoint('login-english');

      await page.reload();
      await visible(page.getByRole('heading', { level: 1, name: 'Log in' }));
      expect(await htmlLang(page)).toBe('en');
    });

    test('logging in in English, then switching back to Dutch', async () => {
      await page.getByLabel('Username', { exact: true }).fill('demo.team_lead');
      await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Log in', exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Welcome, Demo Teamleider' }));
      const nav = page.getByRole('navigation', { name: 'Main menu' });
      for (const link of ['Home', 'Inbox', 'My profile']) await visible(nav.getByRole('link', { name: link }));
      await journey.checkpoint('home-english');

      await page.getByRole('button', { name: 'Schakel over naar Nederlands (NL)' }).click();
      await eventually(() => htmlLang(page)).toBe('nl');
      await visible(page.getByRole('heading', { level: 1, name: 'Welkom, Demo Teamleider' }));
      await visible(page.getByRole('navigation', { name: 'Hoofdmenu' }));
      await journey.checkpoint('home-dutch');
      await logOut(page);
      journey.expectNoPageErrors();
    });
  });

  test.describe('on a phone (390×844)', () => {
    let journey: Journey;
    let page: Page;
    test.beforeAll(async ({ openJourney }) => {
      journey = await openJourney('login-phone', { phone: true });
      page = journey.page;
    });
    test.afterAll(async () => {
      await journey?.close();
    });
    test.describe.configure({ mode: 'serial' });

    test('logs in; the navigation fits the screen and can be tapped', async () => {
      await openLoginPage(page);
      expect(page.viewportSize()).toEqual(PHONE);
      await expectNoHorizontalScroll(page);
      await journey.checkpoint('login');

      await logIn(page, 'demo.professional');
      await visible(page.getByRole('heading', { level: 1, name: 'Welkom, Demo Professional' }));
      await expectNoHorizontalScroll(page);
      await journey.checkpoint('home');

      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      for (const name of ['Start', 'Postvak IN', 'Mijn profiel']) {
        await expectTappable(nav.getByRole('link', { name, exact: name !== 'Postvak IN' }), `menu item ${name}`);
      }
      await expectTappable(page.getByRole('button', { name: 'Uitloggen' }), 'log-out button');
      await expectTappable(page.getByRole('button', { name: 'Switch to English (EN)' }), 'language switch');

      await nav.getByRole('link', { name: 'Mijn profiel' }).tap();
      await page.waitForURL((url) => url.pathname === '/profile');
      await visible(page.getByRole('heading', { level: 1, name: 'Mijn profiel' }));
      expect(await nav.getByRole('link', { name: 'Mijn profiel' }).getAttribute('aria-current')).toBe('page');
    });

    test('the profile page lists the current session', async () => {
      const sessions = await visible(page.getByRole('table', { name: 'Apparaten waarop je bent ingelogd' }));
      const current = sessions.getByRole('row').filter({ hasText: 'Deze sessie' });
      await eventually(() => current.count()).toBe(1);
      expect(await current.innerText()).toContain('Gebruik Uitloggen om deze sessie te beëindigen.');
      expect(await page.locator('main').innerText()).toContain('demo.professional');
      await expectNoHorizontalScroll(page);
      await journey.checkpoint('profile');

      await logOut(page);
      await journey.checkpoint('logged-out');
      journey.expectNoPageErrors();
    });
  });
});
