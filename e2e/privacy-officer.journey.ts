// Journey 2: the privacy officer finds in the audit log what the admin journey did (team created,
// members requested), sees each membership as a privileged change asked by one administrator and
// approved by another, finds the member's login, and verifies that the hash chain is intact.
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
  username?: string;
  subjectId?: string;
  from?: string;
  action?: string;
}

/**
 * Sets every filter field (empty when not given) and applies the filter; waits until the URL
 * carries it. (Not via "Filters wissen" first: the form is re-created when the URL changes, and
 * typing into the old one while that happens would be lost.)
 */
async function applyFilter(page: Page, filter: Filter): Promise<void> {
  const form = filters(page);
  await form.getByLabel('Gebruikersnaam').fill(filter.username ?? '');
  await form.getByLabel('Onderwerp-id').fill(filter.subjectId ?? '');
  await form.getByLabel('Vanaf datum').fill(filter.from ?? '');
  await form.getByLabel('Actie').selectOption(filter.action ? { label: filter.action } : { value: '' });
  await form.getByRole('button', { name: 'Filteren' }).click();
  await page.waitForURL(
    (url) =>
      url.searchParams.get('username') === (filter.username ?? null) &&
      url.searchParams.get('subjectId') === (filter.subjectId ?? null) &&
      url.searchParams.get('from') === (filter.from ?? null) &&
      url.searchParams.has('action') === Boolean(filter.action),
  );
  await visible(eventsTable(page));
}

/** The "Wat" column of every row: "<action> <event> <outcome>". */
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

  // FIXME(issue 12): the audit log's filters became pickers (person, role, event, purpose) and its table
  // shows words instead of codes; these three steps still drive the old code/UUID filters and are to be
  // rewritten for the new form. The chain check and the privileged-change steps below still run.
  test.fixme("finds the admin's member requests to the new team", async () => {
    await applyFilter(page, { username: 'demo.admin', action: 'Wijzigen', subjectId: admin.teamId, from: yesterday });
    const count = admin.addedUsernames.length;
    await visible(page.getByRole('table', { name: `${count} gebeurtenissen`, exact: true }));
    await eventually(() => eventRows(page).count()).toBe(count);
    for (const what of await whatColumn(page)) expect(what).toMatch(/^Wijzigen team\.member_requested Toegestaan$/);
    for (const who of await eventRows(page).locator('td:nth-of-type(1)').allInnerTexts())
      expect(who).toContain('demo.admin');
    for (const subject of await eventRows(page).locator('td:nth-of-type(3)').allInnerTexts())
      expect(subject).toBe(`team ${admin.teamId}`);
    await journey.checkpoint('audit-member-added');
  });

  test.fixme("finds the admin's creation of the team", async () => {
    await applyFilter(page, { username: 'demo.admin', action: 'Aanmaken', subjectId: admin.teamId });
    await visible(page.getByRole('table', { name: '1 gebeurtenis', exact: true }));
    expect(await whatColumn(page)).toEqual(['Aanmaken team.create Toegestaan']);
    await journey.checkpoint('audit-team-create');
  });

  test.fixme("finds the member's login", async () => {
    await applyFilter(page, { username: admin.memberUsername, action: 'Inloggen' });
    // The previous result stays on screen while the new filter loads: wait for the login rows.
    const onlyLogins = (whats: string[]) => whats.length > 0 && whats.every((w) => /^Inloggen auth\.login /.test(w));
    await eventually(async () => onlyLogins(await whatColumn(page))).toBe(true);
    expect(await whatColumn(page)).toContain('Inloggen auth.login Toegestaan');
    for (const who of await eventRows(page).locator('td:nth-of-type(1)').allInnerTexts())
      expect(who).toContain(admin.memberUsername);
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
