// Journey 2: the privacy officer finds in the audit log what the admin journey did (team created,
// members requested), sees each membership as a privileged change asked by one administrator and
// approved by another, finds the member's login, and verifies that the hash chain is intact.
// journey-runs-after: admin-team
import type { Page } from '@playwright/test';
import { logIn, logOut, openLoginPage } from './support/auth.js';
import { eventually, type Journey, visible } from './support/journey.js';
import { loadAdminTeamResult, type AdminTeamResult } from './support/state.js';
import { expect, test } from './support/fixtures.js';

function filters(page: Page) {
  return page.getByRole('search', { name: 'Auditlog filteren' });
}

function eventsTable(page: Page) {
  return page.getByRole('table', { name: /^\d+ gebeurtenis(sen)?$/ });
}

function eventRows(page: Page) {
  return eventsTable(page).locator('tbody').getByRole('row');
}

interface Filter {
  /** The account whose events to show, picked by its user name in the person list ("Naam (gebruikersnaam)"). */
  username?: string;
  /** The event as the list names it, e.g. "Teamlid aangevraagd". */
  event?: string;
  from?: string;
  action?: string;
}

/** The value of the option whose text matches, so the URL can be awaited; empty when none asked for. */
async function pick(page: Page, label: string, text: string | RegExp | undefined): Promise<string> {
  const select = filters(page).getByLabel(label, { exact: true });
  if (text === undefined) {
    await select.selectOption({ value: '' });
    return '';
  }
  const option = select.locator('option').filter({ hasText: text });
  await eventually(() => option.count()).toBe(1);
  const value = (await option.getAttribute('value')) ?? '';
  await select.selectOption({ value });
  return value;
}

/**
 * Picks every filter (empty when not given) and applies the filter; waits until the URL carries it.
 * (Not via "Filters wissen" first: the form is re-created when the URL changes, and picking in the
 * old one while that happens would be lost.) People and events are picked from lists: no codes or
 * ids are typed.
 */
async function applyFilter(page: Page, filter: Filter): Promise<void> {
  const form = filters(page);
  const userId = await pick(page, 'Persoon', filter.username ? `(${filter.username})` : undefined);
  const event = await pick(page, 'Gebeurtenis', filter.event ? new RegExp(`^${filter.event}$`) : undefined);
  await form.getByLabel('Vanaf datum').fill(filter.from ?? '');
  await form.getByLabel('Actie').selectOption(filter.action ? { label: filter.action } : { value: '' });
  await form.getByRole('button', { name: 'Filteren' }).click();
  await page.waitForURL(
    (url) =>
      (url.searchParams.get('userId') ?? '') === userId &&
      (url.searchParams.get('event') ?? '') === event &&
      url.searchParams.get('from') === (filter.from ?? null) &&
      url.searchParams.has('action') === Boolean(filter.action),
  );
  await visible(eventsTable(page));
}

/** The "Wat" column of every row: the event in words, then its outcome ("Teamlid aangevraagd Toegestaan"). */
async function whatColumn(page: Page): Promise<string[]> {
  const texts = await eventRows(page).locator('td:nth-of-type(2)').allInnerTexts();
  return texts.map((text) => text.replace(/\s+/g, ' ').trim());
}

test.describe('privacy officer reviews the audit log', () => {
  let journey: Journey;
  let page: Page;
  let admin: AdminTeamResult;
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

  test.beforeAll(async ({ openJourney }) => {
    admin = await loadAdminTeamResult();
    journey = await openJourney('privacy-officer');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('the privacy officer logs in and opens the audit log', async () => {
    await openLoginPage(page);
    await journey.checkpoint('login');
    await logIn(page, 'demo.privacy_officer');
    await visible(page.getByRole('heading', { level: 1, name: 'Welkom, Demo Privacy Officer' }));
    await journey.checkpoint('home');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Auditlog' }).click();
    await page.waitForURL((url) => url.pathname === '/audit');
    await visible(page.getByRole('heading', { level: 1, name: 'Auditlog' }));
    await visible(eventsTable(page));
    expect(await eventRows(page).count()).toBeGreaterThan(0);
    await journey.checkpoint('audit');
  });

  test("finds the admin's member requests to the new team", async () => {
    await applyFilter(page, { username: 'demo.admin', event: 'Teamlid aangevraagd', from: yesterday });
    // Without a subject filter the seed's own requests by demo.admin may be listed too: at least the journey's.
    const onlyRequests = (whats: string[]) =>
      whats.length >= admin.addedUsernames.length && whats.every((w) => w === 'Teamlid aangevraagd Toegestaan');
    await eventually(async () => onlyRequests(await whatColumn(page))).toBe(true);
    for (const who of await eventRows(page).locator('td:nth-of-type(1)').allInnerTexts())
      expect(who).toContain('Demo Beheerder');
    for (const subject of await eventRows(page).locator('td:nth-of-type(3)').allInnerTexts())
      expect(subject).toMatch(/^Team/);
    await journey.checkpoint('audit-member-added');
  });

  test("finds the admin's creation of the team", async () => {
    await applyFilter(page, { username: 'demo.admin', event: 'Team: Aanmaken', action: 'Aanmaken', from: yesterday });
    // The previous result stays on screen while the new filter loads: wait for the creation rows only.
    const onlyCreations = (whats: string[]) =>
      whats.length > 0 && whats.every((w) => w === 'Team: Aanmaken Toegestaan');
    await eventually(async () => onlyCreations(await whatColumn(page))).toBe(true);
    await journey.checkpoint('audit-team-create');
  });

  test("finds the member's login", async () => {
    await applyFilter(page, { username: admin.memberUsername, event: 'Ingelogd' });
    // The previous result stays on screen while the new filter loads: wait for the login rows.
    const onlyLogins = (whats: string[]) => whats.length > 0 && whats.every((w) => /^Ingelogd /.test(w));
    await eventually(async () => onlyLogins(await whatColumn(page))).toBe(true);
    expect(await whatColumn(page)).toContain('Ingelogd Toegestaan');
    await journey.checkpoint('audit-member-login');
  });

  test('sees each membership as a privileged change: asked by one administrator, approved by another', async () => {
    await visible(page.getByRole('heading', { level: 2, name: 'Wijzigingen in bevoegdheden' }));
    const table = await visible(page.getByRole('table', { name: /wijzigingen? in bevoegdheden$/ }));
    const rows = table.getByRole('row').filter({ hasText: admin.teamName });
    await eventually(() => rows.count()).toBe(admin.addedUsernames.length);
    for (const text of await rows.allInnerTexts()) {
      expect(text).toContain('Teamlidmaatschap');
      expect(text).toContain('Goedgekeurd');
      expect(text).toContain('door Demo Beheerder,'); // asked
      expect(text).toContain('door Demo Beheerder 2,'); // approved
    }
    for (const username of admin.addedUsernames)
      expect((await rows.allInnerTexts()).some((text) => text.includes(`(${username})`))).toBe(true);
    await journey.checkpoint('audit-privileged-changes');
  });

  test('verifies the hash chain: intact', async () => {
    await page.getByRole('button', { name: 'Keten controleren' }).click();
    const result = page
      .getByRole('status')
      .filter({ hasText: /^De keten is intact: [\d.]+ gebeurtenissen gecontroleerd\./ });
    await visible(result);
    const checked = Number((await result.innerText()).match(/intact: ([\d.]+)/)?.[1]?.replaceAll('.', ''));
    expect(checked).toBeGreaterThan(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await visible(page.getByRole('heading', { level: 2, name: 'Noodtoegang beoordelen' }));
    await journey.checkpoint('audit-chain-verified');
  });

  test('the privacy officer logs out', async () => {
    await logOut(page);
    journey.expectNoPageErrors();
  });
});
