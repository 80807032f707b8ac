// Journey: the regisseur runs a top-3 table with three participants, sees the computed top-3,
// confirms it, takes it over into the family plan, edits the plan (a new version), compares the
// versions, records the family's sign-off and opens the printable plan; opens the first version
// read-only from the version list and prints it (in Dutch, also with the app in English); then a
// colleague saves while the regisseur is editing: the save is refused, the regisseur sees what
// the colleague changed and puts their own changes on top, nothing lost; with more versions than
// the plan page shows, the version list pages and any two versions can still be compared by number.
// axe on every page.
import { request as apiRequest, type Page } from '@playwright/test';
import { logIn } from './support/auth.js';
import { BASE_URL, DEMO_PASSWORD } from './support/env.js';
import { eventually, type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

interface DeadlineItem {
  familyId: string;
  familyReference: string;
  deadline: { currentVersion: number | null };
}
interface PlanItem {
  id?: string;
  text?: string;
  what?: string;
  status?: string;
}
interface PlanState {
  current: { version: number; content: Record<string, PlanItem[]> } | null;
}

/** A colleague (the lead of the family's team) saves a new version through the API, in their own session. */
async function colleagueSaves(
  familyId: string,
  change: (content: Record<string, PlanItem[]>) => void,
): Promise<number> {
  const ctx = await apiRequest.newContext({ baseURL: BASE_URL });
  try {
    const login = await ctx.post('/api/auth/login', { data: { username: 'demo.team_lead', password: DEMO_PASSWORD } });
    expect(login.status()).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const plan = (await (await ctx.get(`/api/families/${familyId}/plan`)).json()) as PlanState;
    const content = plan.current?.content ?? {};
    change(content);
    const saved = await ctx.put(`/api/families/${familyId}/plan`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { baseVersion: plan.current?.version ?? 0, content, note: 'Afspraak met de buurvrouw' },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    return ((await saved.json()) as PlanState).current?.version ?? 0;
  } finally {
    await ctx.dispose();
  }
}

const VERSIONS_TABLE = 'Versies van het gezinsplan, de nieuwste eerst';

const PARTICIPANTS = [
  {
    kind: 'Gezinslid',
    name: 'Moeder',
    role: 'moeder',
    safety: '6',
    strengths: 'Ik breng de kinderen elke dag naar school',
    concerns: [
      { words: 'De post durf ik niet meer open te maken.', shared: 'Geldzorgen' },
      { words: 'We maken veel ruzie.', shared: 'Spanning bij de opvoeding' },
    ],
  },
  {
    kind: 'Gezinslid',
    name: 'Vader',
    role: 'vader',
    safety: '7',
    strengths: '',
    concerns: [
      { words: 'We zijn het vaak oneens over de kinderen.', shared: 'Spanning bij de opvoeding' },
      { words: 'Het geld is altijd op.', shared: 'Geldzorgen' },
      { words: 'Hij gaat niet graag naar school.', shared: 'Schoolverzuim' },
    ],
  },
  {
    kind: 'Ketenpartner',
    name: 'Medewerker Veilig Thuis',
    role: 'Veilig Thuis',
    safety: '4',
    strengths: '',
    concerns: [
      { words: 'Er is twee keer politie geweest.', shared: 'Veiligheid van de kinderen' },
      { words: 'De ouders zijn overbelast.', shared: 'Spanning bij de opvoeding' },
    ],
  },
] as const;

async function addParticipant(page: Page, p: (typeof PARTICIPANTS)[number]): Promise<void> {
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Deelnemer toevoegen' }) });
  await form.getByLabel('Soort deelnemer', { exact: true }).selectOption({ label: p.kind });
  await form.getByLabel('Naam', { exact: true }).fill(p.name);
  await form.getByLabel('Rol aan tafel', { exact: true }).fill(p.role);
  for (const [i, c] of p.concerns.entries()) {
    const rank = i + 1;
    await form.getByLabel(`Zorg ${rank} in eigen woorden`, { exact: true }).fill(c.words);
    const select = form.getByLabel(`Zorg ${rank} hoort bij gedeelde zorg`, { exact: true });
    const known = (await select.locator('option').allInnerTexts()).includes(c.shared);
    if (known) await select.selectOption({ label: c.shared });
    else await form.getByLabel(`Naam van de nieuwe gedeelde zorg ${rank}`, { exact: true }).fill(c.shared);
  }
  if (p.strengths) await form.getByLabel('Wat gaat goed', { exact: true }).fill(p.strengths);
  await form.getByLabel('Veiligheid (0 tot 10)', { exact: true }).fill(p.safety);
  await form.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  await visible(page.getByRole('heading', { level: 3, name: `${p.name} (${p.role})` }));
}

test.describe('the regisseur runs a top-3 table and turns it into the family plan', () => {
  let journey: Journey;
  let page: Page;
  let familyId = '';

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('top3-plan');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('demo.professional opens the meetings of a family without a plan yet', async () => {
    await logIn(page, 'demo.professional');
    const res = await page.context().request.get('/api/me/plan-deadlines');
    expect(res.status()).toBe(200);
    const items = ((await res.json()) as { items: DeadlineItem[] }).items;
    expect(items.some((i) => i.deadline.currentVersion !== null)).toBe(true); // the seed gave some families a plan
    const fresh = items.find((i) => i.deadline.currentVersion === null);
    expect(fresh, 'a seeded family of demo.professional without a plan').toBeDefined();
    familyId = fresh?.familyId ?? '';
    await page.goto(`/families/${familyId}/meetings`);
    await visible(page.getByRole('heading', { level: 1, name: 'Tafelgesprekken' }));
    await journey.checkpoint('meetings');
  });

  test('records a meeting with three participants, each in their own words', async () => {
    await page.getByLabel('Plaats', { exact: true }).fill('Wijkcentrum De Weide');
    await page.getByRole('button', { name: 'Tafelgesprek aanmaken' }).click();
    await page.waitForURL((url) => /\/meetings\/[0-9a-f-]{36}$/.test(url.pathname));
    await visible(page.getByRole('heading', { level: 1, name: /^Top-3-gesprek van / }));
    await journey.checkpoint('meeting-new');
    for (const p of PARTICIPANTS) await addParticipant(page, p);
    await visible(page.getByText('“De post durf ik niet meer open te maken.”', { exact: false }));
    await journey.checkpoint('meeting-participants');
  });

  test('sees the computed top-3 with points, and confirms it', async () => {
    const table = page.getByRole('table', { name: /Punten per gedeelde zorg \(samen 16 punten\)/ });
    await visible(table);
    await eventually(async () =>
      (await table.locator('tbody tr').allInnerTexts()).map((r) => r.split('\t').slice(0, 3).join('|')),
    ).toEqual([
      '1|Spanning bij de opvoeding|7',
      '2|Geldzorgen|5',
      '3|Veiligheid van de kinderen|3',
      '4|Schoolverzuim|1',
    ]);
    await expect(
      page.getByLabel('Eerste zorg (pakken we als eerste aan)', { exact: true }).inputValue(),
    ).resolves.not.toBe('');
    await page.getByRole('button', { name: 'Top-3 vaststellen' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Vastgestelde top-3' }));
    await visible(page.getByText('De volgorde volgt de punten.'));
    await journey.checkpoint('meeting-confirmed');
  });

  test('takes the top-3 over into the family plan with one action', async () => {
    await page.getByRole('button', { name: 'Neem over in het gezinsplan' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'De top-3 staat in het gezinsplan (versie 1).' }));
    await page.getByRole('link', { name: 'Open het gezinsplan' }).click();
    await page.waitForURL((url) => url.pathname === `/families/${familyId}/plan`);
    await visible(page.getByRole('heading', { level: 1, name: /^Gezinsplan / }));
    await visible(page.getByTestId('plan-deadline'));
    await visible(page.getByText(/^Versie 1, door Demo Professional/));
    await visible(page.getByText('Zorg 1: Spanning bij de opvoeding', { exact: false }));
    await journey.checkpoint('plan-v1');
  });

  test('edits the plan: a goal and an action owned by the mother make version 2', async () => {
    await page.getByRole('button', { name: 'Plan bewerken' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Plan bewerken (op basis van versie 1)' }));
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByLabel('Leefgebied van doel 1', { exact: true }).selectOption({ label: 'Financiën' });
    await page.getByLabel('Doel 1: wat willen we bereiken', { exact: true }).fill('Alle schulden op een rij');
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByLabel('Actie 1: wat', { exact: true }).fill('Elke week samen de post openen');
    await page.getByLabel('Actie 1: wie doet het', { exact: true }).fill('Moeder');
    await page
      .getByLabel('Actie 1: hoort bij doel', { exact: true })
      .selectOption({ label: 'Alle schulden op een rij' });
    await page.getByLabel('Wat is er veranderd?', { exact: true }).fill('Eerste doel en actie');
    await journey.checkpoint('plan-editor');
    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await visible(page.getByText(/^Versie 2, door Demo Professional/));
    await visible(page.getByRole('status').filter({ hasText: 'Opgeslagen als versie 2.' }));
    await journey.checkpoint('plan-v2');
  });

  test('compares version 1 with version 2', async () => {
    const diff = await visible(page.getByTestId('plan-diff'));
    await eventually(() => diff.innerText()).toContain('Erbij: Alle schulden op een rij');
    expect(await diff.innerText()).toContain('Erbij: Elke week samen de post openen');
  });

  test("records the family's sign-off on version 2", async () => {
    await page.getByLabel('Naam van het gezinslid', { exact: true }).fill('Moeder');
    await page.getByRole('button', { name: 'Akkoord vastleggen' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Het akkoord met versie 2 is vastgelegd.' }));
    const versions = page.getByRole('table', { name: VERSIONS_TABLE });
    await eventually(() => versions.locator('tbody tr').first().innerText()).toContain('Moeder op');
    await eventually(() => page.getByTestId('plan-deadline').innerText()).toContain(
      'Het gezin heeft met versie 2 ingestemd.',
    );
    await journey.checkpoint('plan-signed');
    // The dossier follows the signed plan: no longer "Aangemeld" once the family agreed.
    await page.goto(`/families/${familyId}`);
    await eventually(() => page.getByTestId('trajectory-status').innerText()).toBe('Uitvoering');
    await page.goto(`/families/${familyId}/plan`);
    await visible(page.getByRole('link', { name: 'Afdrukversie voor het gezin' }).first());
  });

  test('opens the printable plan in plain language', async () => {
    await page.getByRole('link', { name: 'Afdrukversie voor het gezin' }).first().click();
    await page.waitForURL((url) => url.pathname === `/families/${familyId}/plan/print`);
    await visible(page.getByRole('heading', { level: 1, name: 'Ons gezinsplan' }));
    await visible(page.getByRole('heading', { level: 2, name: 'Hier maken we ons zorgen over' }));
    await visible(page.getByText('Spanning bij de opvoeding (hier beginnen we mee)'));
    await visible(page.getByText(/^Moeder was het eens met dit plan op /));
    await journey.checkpoint('plan-print');
  });

  test('opens version 1 from the version list: read-only, with its author, time and sign-off', async () => {
    await page.goto(`/families/${familyId}/plan`);
    await page.getByRole('table', { name: VERSIONS_TABLE }).getByRole('link', { name: 'Versie 1 bekijken' }).click();
    await page.waitForURL((url) => url.pathname === `/families/${familyId}/plan/versions/1`);
    await visible(page.getByRole('heading', { level: 1, name: /^Gezinsplan .+, versie 1$/ }));
    expect(await page.getByTestId('plan-version-state').innerText()).toContain(
      'Dit is een oudere versie; de huidige is versie 2.',
    );
    expect(await page.getByTestId('plan-version-meta').innerText()).toMatch(/^Versie 1, door Demo Professional op /);
    await visible(page.getByText('Het gezin heeft met deze versie (nog) niet ingestemd.'));
    await visible(page.getByText('Zorg 1: Spanning bij de opvoeding', { exact: false }));
    expect(await page.getByText('Alle schulden op een rij').count()).toBe(0); // the goal came in version 2
    expect(await page.getByRole('button', { name: 'Plan bewerken' }).count()).toBe(0);
    await journey.checkpoint('plan-version-1');
  });

  test('prints version 1, in Dutch even when the app is in English', async () => {
    await page.getByRole('link', { name: 'Afdrukversie van versie 1 voor het gezin' }).click();
    await page.waitForURL((url) => url.pathname === `/families/${familyId}/plan/versions/1/print`);
    await visible(page.getByRole('heading', { level: 1, name: 'Ons gezinsplan' }));
    await visible(page.getByText(/Versie 1, gemaakt op /));
    await visible(page.getByText('Het gezin heeft nog geen akkoord gegeven op deze versie.'));
    await journey.checkpoint('plan-version-1-print');
    await page.evaluate(() => window.localStorage.setItem('keukentafel.language', 'en'));
    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: 'Ons gezinsplan' }));
    await visible(page.getByRole('heading', { level: 2, name: 'Hier maken we ons zorgen over' }));
    await visible(page.getByRole('button', { name: 'Afdrukken' }));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.kt-print').getAttribute('lang')).toBe('nl');
    await visible(page.getByRole('navigation', { name: 'Main menu' })); // the rest of the app is in English
    await journey.checkpoint('plan-print-en');
    await page.evaluate(() => window.localStorage.setItem('keukentafel.language', 'nl'));
  });

  test('a colleague saves while the regisseur edits: refused, the changes shown, nothing lost', async () => {
    await page.goto(`/families/${familyId}/plan`);
    await page.getByRole('button', { name: 'Plan bewerken' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Plan bewerken (op basis van versie 2)' }));
    await page.getByRole('button', { name: 'Sterk punt toevoegen' }).click();
    await page
      .getByLabel(/^Sterk punt \d+: tekst$/)
      .last()
      .fill('Oma haalt de kinderen op woensdag op');
    await page.getByLabel('Actie 1: stand', { exact: true }).selectOption({ label: 'bezig' });

    const version = await colleagueSaves(familyId, (c) => {
      c.safetyAgreements = [...(c.safetyAgreements ?? []), { text: 'Bij ruzie belt moeder de buurvrouw' }];
      c.actions = (c.actions ?? []).map((a) =>
        a.what === 'Elke week samen de post openen' ? { ...a, what: 'Elke week samen met oma de post openen' } : a,
      );
    });
    expect(version).toBe(3);

    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    const conflict = await visible(page.getByTestId('plan-conflict'));
    await visible(conflict.getByRole('heading', { level: 3, name: 'Een collega heeft het plan intussen gewijzigd' }));
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('plan-conflict');
    await eventually(() => conflict.getByRole('alert').innerText()).toMatch(
      /Demo Teamleider heeft op .+ versie 3 opgeslagen, terwijl jij versie 2 aan het bewerken was/,
    );
    // The app says "je", never "u".
    expect(await conflict.innerText()).not.toMatch(/\b(u|uw)\b/);
    const diff = await visible(page.getByTestId('plan-conflict-diff'));
    await eventually(() => diff.innerText()).toContain('Erbij: Bij ruzie belt moeder de buurvrouw');
    expect(await diff.innerText()).toContain('Veranderd: Elke week samen met oma de post openen');
    // The draft is still there.
    expect(
      await page
        .getByLabel(/^Sterk punt \d+: tekst$/)
        .last()
        .inputValue(),
    ).toBe('Oma haalt de kinderen op woensdag op');
    expect(await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).count()).toBe(0);
    await journey.checkpoint('plan-conflict');

    await conflict.getByRole('button', { name: 'Mijn wijzigingen op versie 3 zetten' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Plan bewerken (op basis van versie 3)' }));
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('plan-editor');
    await visible(
      page
        .getByTestId('plan-rebased')
        .filter({ hasText: 'Je wijzigingen staan nu op versie 3 (in plaats van versie 2).' }),
    );
    expect(await page.getByLabel('Veiligheidsafspraak 1: tekst', { exact: true }).inputValue()).toBe(
      'Bij ruzie belt moeder de buurvrouw',
    );
    expect(await page.getByLabel('Actie 1: wat', { exact: true }).inputValue()).toBe(
      'Elke week samen met oma de post openen',
    );
    expect(await page.getByLabel('Actie 1: stand', { exact: true }).inputValue()).toBe('in_progress');
    await journey.checkpoint('plan-rebased');

    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Opgeslagen als versie 4.' }));
    await visible(page.getByText('Sterk punt: Oma haalt de kinderen op woensdag op'));
    await visible(page.getByText('Bij ruzie belt moeder de buurvrouw'));
    await visible(page.getByText(/^Elke week samen met oma de post openen — Moeder \(gezinslid\).* — bezig/));
    await journey.checkpoint('plan-v4');
    journey.expectNoPageErrors();
  });

  test('the timeline opens the version it names', async () => {
    await page.goto(`/families/${familyId}/timeline`);
    await page.getByRole('link', { name: 'Gezinsplan bekijken (versie 3)' }).first().click();
    await page.waitForURL((url) => url.pathname === `/families/${familyId}/plan/versions/3`);
    await visible(page.getByRole('heading', { level: 1, name: /^Gezinsplan .+, versie 3$/ }));
    expect(await page.getByTestId('plan-version-meta').innerText()).toMatch(/^Versie 3, door Demo Teamleider op /);
    await journey.checkpoint('plan-version-3');
    journey.expectNoPageErrors();
  });

  test('a long history: the version list pages, any two versions are compared by number', async () => {
    // Version 4 is the regisseur's; the colleague adds 8 more: 12 in all, 2 more than the page shows.
    for (let n = 1; n <= 8; n++) {
      const version = await colleagueSaves(familyId, (c) => {
        c.reviews = [...(c.reviews ?? []), { date: `2027-0${n}-15`, note: `Tussenevaluatie ${n}` } as PlanItem];
      });
      expect(version).toBe(4 + n);
    }
    await page.goto(`/families/${familyId}/plan`);
    const versions = page.getByRole('table', { name: VERSIONS_TABLE });
    await eventually(() => versions.locator('tbody tr').count()).toBe(10);
    expect(await versions.locator('tbody tr').first().innerText()).toMatch(/^12\b/);
    const pager = page.getByTestId('list-pager');
    await eventually(() => pager.innerText()).toContain('1–10 van 12');
    await pager.getByRole('button', { name: 'Volgende pagina' }).click();
    await eventually(() => pager.innerText()).toContain('11–12 van 12');
    await eventually(() => versions.locator('tbody tr').count()).toBe(2);
    await visible(versions.getByRole('link', { name: 'Versie 1 bekijken' }));
    expect(new URL(page.url()).searchParams.get('versionsPage')).toBe('2');
    await journey.checkpoint('plan-versions-page-2');

    // Version 1 is on no page in view, yet it can be compared with the current one by its number.
    const compare = page.getByTestId('plan-compare-form');
    expect(await compare.getByLabel('Oude versie', { exact: true }).inputValue()).toBe('11');
    expect(await compare.getByLabel('Nieuwe versie', { exact: true }).inputValue()).toBe('12');
    await compare.getByLabel('Oude versie', { exact: true }).fill('13');
    await compare.getByRole('button', { name: 'Vergelijken' }).click();
    const summary = await visible(page.getByTestId('error-summary'));
    expect(await summary.innerText()).toContain('Vul een versienummer van 1 tot en met 12 in.');
    await summary.getByRole('link', { name: 'Vul een versienummer van 1 tot en met 12 in.' }).click();
    await eventually(() =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? null),
    ).toBe('13');
    await journey.checkpoint('plan-compare-error');
    await compare.getByLabel('Oude versie', { exact: true }).fill('1');
    await compare.getByRole('button', { name: 'Vergelijken' }).click();
    await eventually(() => page.getByTestId('error-summary').count()).toBe(0);
    const diff = await visible(page.getByTestId('plan-diff'));
    await eventually(() => diff.innerText()).toContain('Erbij: Alle schulden op een rij');
    expect(await diff.innerText()).toContain('Erbij: 2027-08-15');
    await journey.checkpoint('plan-compare-1-12');
    journey.expectNoPageErrors();
  });
});
