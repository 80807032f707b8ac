// Journey 4: a professional turns on two-step verification on the profile page, logs out, and
// logs in again with password + code (a wrong code is refused first); then turns it off again.
import { Secret, TOTP } from 'otpauth';
import type { Page } from '@playwright/test';
import { logIn, logOut, openLoginPage, submitPassword } from './support/auth.js';
import { DEMO_PASSWORD } from './support/env.js';
import { type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

const USERNAME = 'zwolle.prof3';
const PERIOD_MS = 30_000;

function totpFor(secret: string): TOTP {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: PERIOD_MS / 1000 });
}

const stepAt = (timestamp: number) => Math.floor(timestamp / PERIOD_MS);

/** A code for a time step after `usedStep`: the server accepts each step only once (±1 step drift). */
function freshCode(secret: string, usedStep: number): { code: string; step: number } {
  let timestamp = Date.now();
  if (stepAt(timestamp) <= usedStep) timestamp = (usedStep + 1) * PERIOD_MS + 1_000;
  return { code: totpFor(secret).generate({ timestamp }), step: stepAt(timestamp) };
}

/** Six digits that are none of the codes the server would accept right now. */
function wrongCode(secret: string): string {
  const now = Date.now();
  const valid = new Set(
    [-1, 0, 1, 2].map((offset) => totpFor(secret).generate({ timestamp: now + offset * PERIOD_MS })),
  );
  let candidate = 123_456;
  while (valid.has(String(candidate).padStart(6, '0'))) candidate += 1;
  return String(candidate).padStart(6, '0');
}

function totpSection(page: Page) {
  return page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Tweestapsverificatie' }) });
}

test.describe('two-step verification (TOTP)', () => {
  let journey: Journey;
  let page: Page;
  let secret = '';
  let usedStep = 0;

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('totp');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('a professional turns it on from the profile page', async () => {
    await openLoginPage(page);
    await journey.checkpoint('login');
    await logIn(page, USERNAME);
    await journey.checkpoint('home');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn profiel' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Mijn profiel' }));
    const section = totpSection(page);
    await visible(section.getByText('Tweestapsverificatie staat uit.'));
    await journey.checkpoint('profile-totp-off');

    await section.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click();
    await visible(section.getByRole('heading', { level: 2, name: 'Authenticator-app koppelen' }));
    await visible(section.getByRole('img', { name: 'QR-code om Keukentafel aan je authenticator-app te koppelen' }));
    secret = (await (await visible(section.getByTestId('totp-secret'))).innerText()).replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    await journey.checkpoint('profile-totp-enrolment');

    const { code, step } = freshCode(secret, -1);
    await section.getByLabel('Verificatiecode').fill(code);
    await section.getByRole('button', { name: 'Tweestapsverificatie aanzetten' }).click();
    usedStep = step;
    await visible(section.getByRole('status').filter({ hasText: 'Tweestapsverificatie staat nu aan.' }));
    await visible(section.getByText('Tweestapsverificatie staat aan.', { exact: true }));
    await visible(section.getByLabel('Huidig wachtwoord'));
    await journey.checkpoint('profile-totp-on');

    await logOut(page);
  });

  test('logging in now asks for a code; a wrong code is refused, the right one lets the user in', async () => {
    await submitPassword(page, USERNAME);
    await visible(page.getByRole('heading', { level: 1, name: 'Verificatiecode invoeren' }));
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    await journey.checkpoint('login-totp');

    await page.getByLabel('Verificatiecode').fill(wrongCode(secret));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await visible(page.getByRole('alert'));
    await visible(page.getByRole('heading', { level: 1, name: 'Verificatiecode invoeren' }));
    expect(await page.getByLabel('Verificatiecode').inputValue()).toBe('');
    await journey.checkpoint('login-totp-wrong-code');

    const { code, step } = freshCode(secret, usedStep);
    await page.getByLabel('Verificatiecode').fill(code);
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    usedStep = step;
    await visible(page.getByRole('heading', { level: 1, name: /^Welkom, / }));
    await visible(page.getByRole('navigation', { name: 'Hoofdmenu' }));
    await journey.checkpoint('home-after-totp');
  });

  test('the user turns it off again with their password', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn profiel' }).click();
    const section = totpSection(page);
    await visible(section.getByText('Tweestapsverificatie staat aan.', { exact: true }));
    await section.getByLabel('Huidig wachtwoord').fill(DEMO_PASSWORD);
    await section.getByRole('button', { name: 'Tweestapsverificatie uitzetten' }).click();
    await visible(section.getByRole('status').filter({ hasText: 'Tweestapsverificatie staat nu uit.' }));
    await visible(section.getByText('Tweestapsverificatie staat uit.', { exact: true }));
    await journey.checkpoint('profile-totp-off-again');

    await logOut(page);
    await submitPassword(page, USERNAME);
    await visible(page.getByRole('heading', { level: 1, name: /^Welkom, / }));
    await logOut(page);
    journey.expectNoPageErrors();
  });
});
