// Journey: the regisseur opens a seeded family from Gezinnen, follows "Tijdlijn" from the dossier,
// sees events of several kinds newest first (plan version, meeting, trajectory opened), shows older
// events with "Oudere gebeurtenissen tonen" (from a small first page, ?limit=3: a demo family has fewer
// events than the page's 50) and filters by kind. axe on every page.
import type { Page } from '@playwright/test';
import { logIn } from './support/auth.js';
import { eventually, type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

interface FamilyList {
  items: Array<{ id: string; reference: string }>;
}
interface Timeline {
  hasMore: boolean;
  events: Array<{ id: string; kind: string; at: string }>;
}
const NEEDED = ['plan_version', 'meeting_held', 'trajectory_opened'];

test.describe("the regisseur reads a family's timeline", () => {
  let journey: Journey;
  let page: Page;
  let family = { id: '', reference: '' };

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('timeline');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('demo.professional opens a seeded family from Gezinnen and follows "Tijdlijn"', async () => {
    await logIn(page, 'demo.professional');
    // The first page of Gezinnen, as the list shows it: take a family whose timeline has a plan and a meeting.
    const list = (await (await page.context().request.get('/api/families')).json()) as FamilyList;
    for (const item of list.items) {
      const tl = (await (
        await page.context().request.get(`/api/families/${item.id}/timeline?limit=500`)
      ).json()) as Timeline;
      // A family registered today by another journey has its meeting (a date) before its opening (a time): skip it.
      const kinds = tl.events.map((e) => e.kind);
      const afterOpening = (k: string) => kinds.indexOf(k) < kinds.lastIndexOf('trajectory_opened');
      if (NEEDED.every((k) => kinds.includes(k)) && afterOpening('plan_version') && afterOpening('meeting_held')) {
        family = item;
        break;
      }
    }
    expect(family.id, 'a seeded family of demo.professional with a plan version and a meeting').not.toBe('');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gezinnen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Mijn gezinnen' }));
    await journey.checkpoint('families');
    await page.getByRole('link', { name: family.reference, exact: true }).click();
    await visible(page.getByRole('link', { name: 'Tijdlijn', exact: true }));
    await journey.checkpoint('dossier');
    await page.getByRole('link', { name: 'Tijdlijn', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Tijdlijn' }));
    await visible(page.getByTestId('timeline'));
    await journey.checkpoint('timeline');
  });

  test('sees events of several kinds, newest first, with dates as <time>', async () => {
    const items = page.getByTestId('timeline').locator('li');
    const kinds = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind') ?? ''));
    for (const k of NEEDED) expect(kinds, `a ${k} event`).toContain(k);
    const opened = kinds.lastIndexOf('trajectory_opened');
    expect(kinds.indexOf('plan_version')).toBeLessThan(opened);
    expect(kinds.indexOf('meeting_held')).toBeLessThan(opened);
    const times = await items
      .locator('time')
      .evaluateAll((ts) => ts.map((t) => Date.parse(t.getAttribute('datetime') ?? '')));
    expect(times.every((x) => !Number.isNaN(x))).toBe(true);
    // A date-only event (held on, measured on) counts as the start of its day, as the server sorts it.
    expect(times).toEqual([...times].sort((a, b) => b - a));
    await visible(
      page
        .getByTestId('timeline')
        .locator('li[data-kind="plan_version"]')
        .first()
        .getByRole('link', { name: /Gezinsplan bekijken/ }),
    );
    await visible(
      page
        .getByTestId('timeline')
        .locator('li[data-kind="meeting_held"]')
        .first()
        .getByRole('link', { name: 'Tafelgesprek bekijken' }),
    );
  });

  test('shows older events from a small first page, the focus on the first newly shown one', async () => {
    const all = (await (
      await page.context().request.get(`/api/families/${family.id}/timeline?limit=53`)
    ).json()) as Timeline;
    expect(all.events.length, 'more events than the first page of 3').toBeGreaterThan(3);
    await page.goto(`/families/${family.id}/timeline?limit=3`);
    const items = page.getByTestId('timeline').locator('li');
    await eventually(() => items.count()).toBe(3);
    const older = page.getByRole('button', { name: 'Oudere gebeurtenissen tonen' });
    await visible(older);
    await journey.checkpoint('timeline-first-3');
    await older.click();
    await eventually(() => items.count()).toBe(all.events.length);
    // The list kept its first three and continues with the next ones; the focus is on the first new one.
    expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind')))).toEqual(
      all.events.map((e) => e.kind),
    );
    await expect(items.nth(3)).toBeFocused();
    expect(page.url()).toContain('limit=53');
    // Nothing older than these: no button.
    if (!all.hasMore) await expect(older).toHaveCount(0);
    else await visible(older);
    await journey.checkpoint('timeline-older');
  });

  test('filters by kind, and a meeting event leads to the meeting', async () => {
    await page.getByLabel('Soort gebeurtenis', { exact: true }).selectOption({ label: 'Tafelgesprek' });
    const items = page.getByTestId('timeline').locator('li');
    await eventually(async () => [
      ...new Set(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind')))),
    ]).toEqual(['meeting_held']);
    expect(page.url()).toContain('kind=meeting_held');
    await journey.checkpoint('timeline-meetings');
    await items.first().getByRole('link', { name: 'Tafelgesprek bekijken' }).click();
    await eventually(() => page.url()).toMatch(new RegExp(`/families/${family.id}/meetings/[0-9a-f-]{36}$`));
    await journey.checkpoint('meeting');
  });
});
