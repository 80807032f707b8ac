// Logging in and out through the login page, as a user does (Dutch UI).
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { DEMO_PASSWORD } from './env.js';
import { visible } from './journey.js';

export async function openLoginPage(page: Page): Promise<void> {
  await page.goto('/login');
  await visible(page.getByRole('heading', { level: 1, name: 'Inloggen' }));
}

/** Fills in the password step and submits it; the caller asserts where that leads. */
export async function submitPassword(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

/** Logs in without a second factor and waits for the start page ("Welkom, …"). */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith('/login')) await openLoginPage(page);
  await submitPassword(page, username, password);
  await visible(page.getByRole('heading', { level: 1, name: /^Welkom, / }));
  await visible(page.getByRole('navigation', { name: 'Hoofdmenu' }));
}

/** The session as the server sees it (shares the browser's cookies). */
export async function meStatus(page: Page): Promise<number> {
  const response = await page.context().request.get('/api/auth/me');
  return response.status();
}

/** Logs out with the header button: back on the login page, and the session is gone server-side. */
export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await visible(page.getByRole('heading', { level: 1, name: 'Inloggen' }));
  expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
  expect(await meStatus(page)).toBe(401);
}

/**
 * Logs in with DigiD through the demo's development identity provider (the OIDC flow, not the password
 * form): the login page's DigiD link, then "log in as" the first person whose role matches. `onProvider`
 * runs on the provider's page (a checkpoint); ends on the start page ("Welkom, …").
 */
export async function logInWithDigid(page: Page, who: RegExp, onProvider?: () => Promise<void>): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith('/login')) await openLoginPage(page);
  await page.getByRole('link', { name: 'Inloggen met DigiD' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/dev-idp/interaction/'));
  await visible(page.getByRole('heading', { level: 1, name: 'Inloggen als…' }));
  await onProvider?.();
  await page.getByRole('button', { name: who }).first().click();
  await visible(page.getByRole('heading', { level: 1, name: /^Welkom, / }));
}
