// Journey 1: the functional administrator builds a neighbourhood team with members from several
// organisations; a member from another organisation then finds the team ("two business cards")
// and a notification in their inbox.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { logIn, logOut, openLoginPage } from './support/auth.js';
import { ROOT } from './support/env.js';
import { eventually, type Journey, visible } from './support/journey.js';
import { saveAdminTeamResult } from './support/state.js';
import { expect, test } from './support/fixtures.js';

const TEAM_NAME = `Buurtteam E2E ${randomBytes(3).toString('hex')}`;
const CARRIER = 'Stichting Sociaal Team Zwolle';
const MUNICIPALITY = 'Zwolle';
/** Members to add, each from a different home organisation than the team's carrier. */
const MEMBERS = [
  { username: 'kampen.prof1', organisation: 'Welzijn Kampen', lead: false },
  { username: 'zwolle.lead', organisation: CARRIER, lead: true },
  { username: 'zwolle.prof4', organisation: 'Basisschool De Klimop Zwolle', lead: false },
] as const;
const MEMBER = MEMBERS[0];

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

function pendingTable(page: Page) {
  return page.getByRole('table', { name: `Wachten op goedkeuring voor ${TEAM_NAME}` });
}

function membersTable(page: Page) {
  return page.getByRole('table', { name: `Leden van ${TEAM_NAME}` });
}

test.describe('admin builds a team with a member from another organisation', () => {
  let journey: Journey;
  let page: Page;
  let teamId = '';
  let memberDisplayName = '';
  const neighbourhoods: string[] = [];

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('admin-team');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('the admin logs in and opens team administration', async () => {
    await openLoginPage(page);
    await journey.checkpoint('login');

    await logIn(page, 'demo.admin');
    await visible(page.getByRole('heading', { level: 1, name: 'Welkom, Demo Beheerder' }));
    await journey.checkpoint('home');

    await mainNav(page).getByRole('link', { name: 'Beheer' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/users');
    await visible(page.getByRole('heading', { level: 1, name: 'Gebruikers' }));
    await journey.checkpoint('admin-users');

    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Teams' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Teams' }));
    await visible(page.getByRole('table', { name: /^\d+ teams?$/ }));
    await journey.checkpoint('admin-teams');
  });

  test('the admin creates a neighbourhood team in Zwolle', async () => {
    await page.getByRole('link', { name: 'Nieuw team' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/teams/new');
    await visible(page.getByRole('heading', { level: 1, name: 'Nieuw team' }));
    await journey.checkpoint('admin-team-new');

    await page.getByLabel('Naam van het team', { exact: true }).fill(TEAM_NAME);
    await page.getByLabel('Soort team', { exact: true }).selectOption({ label: 'Wijkteam' });
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: CARRIER });
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: MUNICIPALITY });

    // Choosing the municipality offers its neighbourhoods; the team works in the first two.
    const hoods = await visible(page.getByRole('group', { name: 'Buurten' }));
    const boxes = hoods.getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThan(2);
    for (const box of [boxes.nth(0), boxes.nth(1)]) {
      await box.check();
      expect(await box.isChecked()).toBe(true);
      const label = (await page.locator(`label[for="${await box.getAttribute('id')}"]`).innerText()).trim();
      neighbourhoods.push(label.replace(/\s*\([^()]*\)$/, '')); // "<name> (<district>)"
    }
    await journey.checkpoint('admin-team-new-filled');

    await page.getByRole('button', { name: 'Team aanmaken' }).click();
    await page.waitForURL((url) => /^\/admin\/teams\/[0-9a-f-]{36}$/.test(url.pathname));
    teamId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await visible(page.getByRole('heading', { level: 1, name: TEAM_NAME }));
    await visible(page.getByRole('status').filter({ hasText: 'Het team is aangemaakt.' }));

    const facts = await page.locator('main').innerText();
    expect(facts).toContain('Wijkteam');
    expect(facts).toContain(CARRIER);
    for (const hood of neighbourhoods) expect(facts).toContain(hood);
    await visible(page.getByText('Dit team heeft nog geen leden.'));
    await journey.checkpoint('admin-team-created');
  });

  test('the admin asks for members from other organisations: they wait for a second person', async () => {
    const search = page.getByRole('search', { name: 'Gebruiker zoeken om toe te voegen' });
    const picker = page.getByRole('radiogroup', { name: 'Kies een gebruiker' });

    for (const [index, member] of MEMBERS.entries()) {
      await search.getByLabel('Zoek gebruiker').fill(member.username);
      await search.getByRole('button', { name: 'Zoeken' }).click();
      // The picker names each candidate's home organisation: "<name> (<username>) – <organisation>".
      const option = picker.getByRole('radio', { name: `(${member.username}) – ${member.organisation}` });
      await visible(option);
      await option.check();
      if (member.lead) await page.getByRole('checkbox', { name: 'Teamleider' }).check();
      if (index === 0) await journey.checkpoint('admin-team-pick-member');
      await page.getByRole('button', { name: 'Toevoegen aan team' }).click();
      // A membership gives access to the team's families: it waits for a second person.
      await visible(page.getByRole('status').filter({ hasText: 'Het teamlid is aangevraagd en wacht op goedkeuring' }));
      const row = pendingTable(page)
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: member.username, exact: true }) });
      await visible(row);
      // Cells after the name: username, role in the team, status.
      await eventually(() => row.getByRole('cell').count()).toBe(3);
      expect((await row.getByRole('cell').allInnerTexts()).slice(0, 2)).toEqual([
        member.username,
        member.lead ? 'Teamleider' : 'Teamlid',
      ]);
      expect(await row.getByRole('cell').nth(2).innerText()).toContain('Wacht op goedkeuring');
      // Requested members leave the search results.
      await visible(page.getByText(`Geen gebruikers gevonden voor ‘${member.username}’ die nog geen lid zijn.`));
    }
    // Nobody is a member yet: the approval is still outstanding.
    await visible(page.getByText('Dit team heeft nog geen leden.'));
    await journey.checkpoint('admin-team-pending');
  });

  test('the admin cannot approve its own requests', async () => {
    await mainNav(page).getByRole('link', { name: 'Goedkeuringen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Goedkeuringen' }));
    const pending = await visible(page.getByRole('table', { name: /wachten? op goedkeuring$/ }));
    const ours = pending.getByRole('row').filter({ hasText: TEAM_NAME });
    await eventually(() => ours.count()).toBe(MEMBERS.length);
    expect(await ours.getByRole('button', { name: /^Goedkeuren/ }).count()).toBe(0);
    expect(await ours.first().innerText()).toContain('Een ander beslist hierover');
    await journey.checkpoint('approvals-own-requests');
    await logOut(page);
  });

  test('a second administrator approves the memberships', async () => {
    await logIn(page, 'demo.admin2');
    await mainNav(page).getByRole('link', { name: 'Goedkeuringen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Goedkeuringen' }));
    await journey.checkpoint('approvals-second-admin');
    for (const member of MEMBERS) {
      const pending = await visible(page.getByTestId('approvals-pending').getByRole('table'));
      await pending
        .getByRole('button', {
          name: new RegExp(`^Goedkeuren: .*${TEAM_NAME}.* voor ${member.username.replace('.', '\\.')}$`),
        })
        .click();
      await visible(page.getByRole('status').filter({ hasText: 'De wijziging is goedgekeurd en geldt nu.' }));
      await eventually(() =>
        page.getByTestId('approvals-decided').getByRole('row').filter({ hasText: member.username }).count(),
      ).toBeGreaterThan(0);
      await journey.checkpoint(`approved-${member.username}`);
    }
    await journey.checkpoint('approvals-approved');

    await page.goto(`/admin/teams/${teamId}`);
    await visible(page.getByRole('heading', { level: 1, name: TEAM_NAME }));
    for (const member of MEMBERS) {
      const row = membersTable(page)
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: member.username, exact: true }) });
      // Cells after the name: username, home organisation, role in the team, actions.
      await eventually(() => row.getByRole('cell').allInnerTexts()).toEqual([
        member.username,
        member.organisation,
        member.lead ? 'Teamleider' : 'Teamlid',
        'Verwijderen',
      ]);
    }

    // Two business cards: the member from Kampen works in a team carried by another organisation.
    const memberRow = membersTable(page).getByRole('row').filter({ hasText: MEMBER.username });
    memberDisplayName = (await memberRow.getByRole('rowheader').innerText()).trim();
    expect(memberDisplayName).not.toBe('');
    expect(MEMBER.organisation).not.toBe(CARRIER);
    expect(await membersTable(page).getByRole('row').count()).toBe(MEMBERS.length + 1);
    const organisations = new Set(await membersTable(page).locator('tbody tr td:nth-of-type(2)').allInnerTexts());
    expect(organisations.size).toBe(MEMBERS.length);

    await saveAdminTeamResult({
      teamId,
      teamName: TEAM_NAME,
      addedUsernames: MEMBERS.map((member) => member.username),
      memberUsername: MEMBER.username,
    });

    await journey.checkpoint('admin-team-members');

    // The member's own page lists the team; its link leads back to the team.
    await memberRow.getByRole('link', { name: memberDisplayName }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Gebruiker ${MEMBER.username}` }));
    const teamLink = page.getByRole('main').getByRole('link', { name: TEAM_NAME, exact: true });
    await visible(teamLink);
    await journey.checkpoint('admin-user-detail');

    await teamLink.click();
    await visible(page.getByRole('heading', { level: 1, name: TEAM_NAME }));
    await eventually(() => membersTable(page).getByRole('row').count()).toBe(MEMBERS.length + 1);
    // The README's screenshot: a team with members from three organisations.
    await journey.checkpoint('admin-team-detail', {
      extraScreenshot: join(ROOT, 'artifacts', 'e2e', 'readme-screenshot.png'),
    });

    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Teams' }).click();
    const teamRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: TEAM_NAME }) });
    await visible(teamRow);
    const cells = teamRow.getByRole('cell');
    await eventually(() => cells.nth(4).innerText()).toBe(String(MEMBERS.length));
    expect((await cells.allInnerTexts()).slice(0, 3)).toEqual(['Wijkteam', CARRIER, MUNICIPALITY]);
    const hoodsCell = await cells.nth(3).innerText();
    for (const hood of neighbourhoods) expect(hoodsCell).toContain(hood);
    await journey.checkpoint('admin-teams-with-new-team');
  });

  test('the other administration pages', async () => {
    const adminNav = page.getByRole('navigation', { name: 'Beheer' });

    await adminNav.getByRole('link', { name: 'Gebruikers' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Gebruikers' }));
    await page.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Nieuwe gebruiker' }));
    await visible(page.getByRole('button', { name: 'Gebruiker aanmaken' }));
    await journey.checkpoint('admin-user-new');

    await adminNav.getByRole('link', { name: 'Organisaties' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Organisaties' }));
    const organisations = await visible(page.getByRole('table', { name: /^\d+ organisaties$/ }));
    await visible(organisations.getByRole('row').filter({ hasText: MEMBER.organisation }));
    await journey.checkpoint('admin-organisations');

    await adminNav.getByRole('link', { name: 'Beveiliging' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Beveiliging' }));
    await visible(page.getByRole('table', { name: 'Tweestapsverificatie per rol' }));
    await journey.checkpoint('admin-security');

    await adminNav.getByRole('link', { name: 'Verzonden e-mail' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Verzonden e-mail' }));
    await journey.checkpoint('admin-outbox');
  });

  test('the admin logs out', async () => {
    await logOut(page);
    await journey.checkpoint('logged-out');
  });

  test('the member logs in and sees the new team next to their home organisation', async () => {
    await logIn(page, MEMBER.username);
    await visible(page.getByRole('heading', { level: 1, name: `Welkom, ${memberDisplayName}` }));

    const homeCard = page.getByRole('article').filter({ hasText: 'Thuisorganisatie' });
    await visible(homeCard.getByRole('heading', { name: MEMBER.organisation }));
    const teamCard = page.getByRole('article').filter({ has: page.getByRole('heading', { name: TEAM_NAME }) });
    await visible(teamCard);
    const teamCardText = await teamCard.innerText();
    expect(teamCardText).toContain('Lid van');
    expect(teamCardText).toContain(`Wijkteam · ${MUNICIPALITY}`);
    expect(teamCardText).toContain(`Namens ${CARRIER}`);

    // The header announces the unread notification.
    await visible(mainNav(page).getByRole('link', { name: 'Postvak IN 1 ongelezen melding' }));
    await journey.checkpoint('member-home');

    await mainNav(page).getByRole('link', { name: 'Mijn profiel' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Mijn profiel' }));
    const teamRow = page
      .getByRole('table', { name: 'Teams waarvan je lid bent' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: TEAM_NAME }) });
    await visible(teamRow);
    expect(await teamRow.getByRole('cell').allInnerTexts()).toEqual(['Wijkteam', CARRIER, MUNICIPALITY, 'Teamlid']);
    expect(await page.locator('main').innerText()).toContain(`${MEMBER.organisation} (Welzijnsorganisatie)`);
    await journey.checkpoint('member-profile');
  });

  test('the member finds an unread notification in the inbox and marks it read', async () => {
    await mainNav(page)
      .getByRole('link', { name: /^Postvak IN/ })
      .click();
    await visible(page.getByRole('heading', { level: 1, name: 'Postvak IN' }));
    await visible(page.getByRole('status').filter({ hasText: 'Je hebt 1 ongelezen melding.' }));
    const item = page
      .getByRole('list', { name: 'Meldingen' })
      .getByRole('listitem')
      .filter({ hasText: 'Je bent toegevoegd aan een team.' });
    await visible(item);
    expect(await item.innerText()).toContain('Nieuw');
    await journey.checkpoint('member-inbox');

    await item.getByRole('button', { name: /^Markeer als gelezen: Je bent toegevoegd aan een team\./ }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Je hebt 0 ongelezen meldingen.' }));
    await eventually(() => mainNav(page).getByRole('link', { name: 'Postvak IN', exact: true }).count()).toBe(1);
    await journey.checkpoint('member-inbox-read');
  });

  test('the member logs out: back at the login page, session ended', async () => {
    await logOut(page);
    await journey.checkpoint('member-logged-out');
    journey.expectNoPageErrors();
  });
});
