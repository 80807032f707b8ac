// Journey (issue 3, item 11) in one go, on a family the journey registers itself: a professional
// registers a family with two children and a grandmother in the network; opens the trajectory as
// regisseur with a colleague from another organisation; runs a top-3 table with mother, father,
// Veilig Thuis and the neighbour; turns it into a plan whose actions belong to the mother, the
// grandmother and the colleague; records the family's sign-off and prints the plan; scores Positive
// Health twice and sees the chart. An unrelated professional is refused, breaks the glass with a
// reason, and the privacy officer finds it on the review list. axe on every page.
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { logIn, logOut } from './support/auth.js';
import { eventually, type Journey, visible } from './support/journey.js';
import { expect, test } from './support/fixtures.js';

const FAMILY = `Combi${randomBytes(2).toString('hex')}`;
const MOTHER = { givenName: 'Esra', birthDate: '1987-03-14' };
const FATHER = { givenName: 'Ruben', birthDate: '1985-11-02' };
const CHILDREN = [
  { givenName: 'Lotte', birthDate: '2014-06-21' },
  { givenName: 'Milan', birthDate: '2018-01-09' },
];
const GRANDMOTHER = { givenName: 'Riet', familyName: 'Hoekstra' };
const LODGER = { givenName: 'Sem' };
const OUTSIDER = 'kampen.prof1';
const REASON = 'Melding van school na schooltijd; de regisseur is niet bereikbaar en er is zorg om de veiligheid.';
const full = (p: { givenName: string }) => `${p.givenName} ${FAMILY}`;

const PARTICIPANTS = [
  {
    kind: 'Gezinslid',
    pick: `${full(MOTHER)} (Ouder of verzorger)`,
    name: full(MOTHER),
    role: 'moeder',
    safety: '6',
    strengths: 'Oma Riet helpt elke woensdag',
    concerns: [
      { words: 'De rekeningen stapelen zich op.', shared: 'Geldzorgen' },
      { words: 'We schreeuwen te veel tegen elkaar.', shared: 'Spanning bij de opvoeding' },
    ],
  },
  {
    kind: 'Gezinslid',
    pick: `${full(FATHER)} (Ouder of verzorger)`,
    name: full(FATHER),
    role: 'vader',
    safety: '7',
    strengths: '',
    concerns: [
      { words: 'Thuis is het altijd gespannen.', shared: 'Spanning bij de opvoeding' },
      { words: 'Ik weet niet hoeveel schuld we hebben.', shared: 'Geldzorgen' },
      { words: 'Lotte wil niet naar school.', shared: 'Schoolverzuim' },
    ],
  },
  {
    kind: 'Ketenpartner',
    pick: null,
    name: 'Medewerker Veilig Thuis',
    role: 'Veilig Thuis',
    safety: '4',
    strengths: '',
    concerns: [
      { words: 'Twee meldingen van huiselijk geweld in een half jaar.', shared: 'Veiligheid van de kinderen' },
      { words: 'De ouders zijn overbelast.', shared: 'Spanning bij de opvoeding' },
    ],
  },
  {
    kind: 'Netwerk',
    pick: null,
    name: 'Buurman Henk',
    role: 'buurman',
    safety: '5',
    strengths: '',
    concerns: [
      { words: "Ik hoor 's avonds vaak geschreeuw.", shared: 'Veiligheid van de kinderen' },
      { words: 'Milan staat vaak al vroeg op straat.', shared: 'Schoolverzuim' },
    ],
  },
] as const;
// Points (3 for someone's first concern, 2 for the second, 1 for the third): Spanning 7, Veiligheid 6, Geldzorgen 5, Schoolverzuim 3.
const EXPECTED_TALLY = [
  '1|Spanning bij de opvoeding|7',
  '2|Veiligheid van de kinderen|6',
  '3|Geldzorgen|5',
  '4|Schoolverzuim|3',
];

async function fillMember(page: Page, n: number, kind: string, m: { givenName: string; birthDate: string }) {
  const group = page.getByRole('group', { name: `Gezinslid ${n}`, exact: true });
  await group.getByLabel('Soort gezinslid').selectOption({ label: kind });
  await group.getByLabel('Voornaam').fill(m.givenName);
  await group.getByLabel('Achternaam').fill(FAMILY);
  await group.getByLabel('Geboortedatum').fill(m.birthDate);
  if (kind === 'Ouder of verzorger')
    await group
      .getByRole('radiogroup', { name: 'Heeft deze ouder gezag?' })
      .getByRole('radio', { name: 'Ja', exact: true })
      .check();
}

async function addParticipant(page: Page, p: (typeof PARTICIPANTS)[number]): Promise<void> {
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Deelnemer toevoegen' }) });
  if (p.pick) {
    // Family members are picked from the dossier: name and kind come along, the role is theirs to say.
    await form.getByLabel('Uit het gezin of het netwerk', { exact: true }).selectOption({ label: p.pick });
    await expect(form.getByLabel('Naam', { exact: true }).inputValue()).resolves.toBe(p.name);
    await expect(
      form.getByLabel('Soort deelnemer', { exact: true }).locator('option:checked').innerText(),
    ).resolves.toBe(p.kind);
  } else {
    await form.getByLabel('Soort deelnemer', { exact: true }).selectOption({ label: p.kind });
    await form.getByLabel('Naam', { exact: true }).fill(p.name);
  }
  await form.getByLabel('Rol aan tafel', { exact: true }).fill(p.role);
  for (const [i, c] of p.concerns.entries()) {
    const rank = i + 1;
    await form.getByLabel(`Zorg ${rank} in eigen woorden`, { exact: true }).fill(c.words);
    const select = form.getByLabel(`Zorg ${rank} hoort bij gedeelde zorg`, { exact: true });
    if ((await select.locator('option').allInnerTexts()).includes(c.shared))
      await select.selectOption({ label: c.shared });
    else await form.getByLabel(`Naam van de nieuwe gedeelde zorg ${rank}`, { exact: true }).fill(c.shared);
  }
  if (p.strengths) await form.getByLabel('Wat gaat goed', { exact: true }).fill(p.strengths);
  await form.getByLabel('Veiligheid (0 tot 10)', { exact: true }).fill(p.safety);
  await form.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  await visible(page.getByRole('heading', { level: 3, name: `${p.name} (${p.role})` }));
}

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

test.describe('one family, one plan, one regisseur: the whole way through', { tag: '@postgres' }, () => {
  let journey: Journey;
  let page: Page;
  let dossierPath = '';
  let reference = '';
  let colleague = '';
  let colleagueOption = '';
  let ownOrganisation = '';

  test.beforeAll(async ({ openJourney }) => {
    journey = await openJourney('dossier-combined');
    page = journey.page;
  });
  test.afterAll(async () => {
    await journey?.close();
  });
  test.describe.configure({ mode: 'serial' });

  test('demo.professional registers a family with two children and a grandmother in the network', async () => {
    await logIn(page, 'demo.professional');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gezinnen' }).click();
    await page.getByRole('link', { name: 'Nieuw gezin aanmelden' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Nieuw gezin aanmelden' }));
    await page.getByLabel('Postcode').fill('8017JK');
    await page.getByLabel('Huisnummer').fill('7');
    await page.getByLabel('Gemeente').selectOption({ label: 'Zwolle' });
    const members = [
      { kind: 'Ouder of verzorger', m: MOTHER },
      { kind: 'Ouder of verzorger', m: FATHER },
      { kind: 'Kind of jongere (0–23)', m: CHILDREN[0] as { givenName: string; birthDate: string } },
      { kind: 'Kind of jongere (0–23)', m: CHILDREN[1] as { givenName: string; birthDate: string } },
    ];
    while ((await page.getByRole('group', { name: /^Gezinslid \d+$/ }).count()) < members.length)
      await page.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
    for (const [i, { kind, m }] of members.entries()) await fillMember(page, i + 1, kind, m);
    await page.getByRole('button', { name: 'Netwerklid toevoegen' }).click();
    const network = page.getByRole('group', { name: 'Netwerklid 1', exact: true });
    await network.getByLabel('Voornaam').fill(GRANDMOTHER.givenName);
    await network.getByLabel('Achternaam').fill(GRANDMOTHER.familyName);
    await network.getByLabel('Relatie').selectOption({ label: 'Grootouder' });
    await page.getByLabel('Binnengekomen via').selectOption({ label: 'Huisarts / POH jeugd' });
    await expect(page.getByLabel('Regisseur', { exact: true }).locator('option:checked').innerText()).resolves.toBe(
      'Ikzelf',
    );
    // A colleague of the team whose home organisation is not mine: the "two business cards".
    const me = (await (await page.context().request.get('/api/auth/me')).json()) as {
      user: { homeOrganisation: { name: string } };
    };
    ownOrganisation = me.user.homeOrganisation.name;
    const team = page.getByRole('group', { name: "Collega's in het traject" });
    const labels = (
      await team
        .getByRole('checkbox')
        .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''))
    ).filter(Boolean);
    colleagueOption = labels.find((l) => /\(.+\)$/.test(l) && !l.endsWith(`(${ownOrganisation})`)) ?? '';
    expect(colleagueOption, 'a team colleague from another home organisation').not.toBe('');
    colleague = colleagueOption.replace(/ \(.+\)$/, '');
    await team.getByLabel(colleagueOption, { exact: true }).check();
    await journey.checkpoint('family-new-filled');
    await page.getByRole('button', { name: 'Gezin aanmelden' }).click();
    await page.waitForURL((url) => /^\/families\/[0-9a-f-]{36}$/.test(url.pathname));
    dossierPath = new URL(page.url()).pathname;
    const heading = await visible(page.getByRole('heading', { level: 1, name: /^Gezin G-0193-/ }));
    reference = (await heading.innerText()).replace(/^Gezin /, '').trim();
    const table = page.getByRole('table', { name: `Gezinsleden van ${reference}` });
    for (const p of [MOTHER, FATHER, ...CHILDREN]) await visible(table.getByRole('rowheader', { name: full(p) }));
    const net = page.getByRole('table', { name: `Netwerk van ${reference}` });
    await visible(
      net.getByRole('row', { name: new RegExp(`${GRANDMOTHER.givenName} ${GRANDMOTHER.familyName}.*Grootouder`) }),
    );
    await journey.checkpoint('dossier-new');
  });

  test('the trajectory has the professional as regisseur and a colleague from another organisation', async () => {
    expect(await page.getByTestId('trajectory-regisseur').innerText()).toBe(`Demo Professional (${ownOrganisation})`);
    const team = page.getByRole('table', { name: 'Betrokken professionals (met hun organisatie)' });
    await visible(team.getByRole('row', { name: /^Demo Professional .*Regisseur$/ }));
    await visible(team.getByRole('row', { name: new RegExp(`^${colleague} .*Teamlid$`) }));
    const organisations = await team.locator('tbody tr td:first-of-type').allInnerTexts();
    expect(new Set(organisations).size).toBe(2);
    await journey.checkpoint('dossier-team');
  });

  test('runs a top-3 table with mother, father, Veilig Thuis and the neighbour and sees the derived top-3', async () => {
    await page.getByRole('link', { name: 'Tafelgesprekken' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Tafelgesprekken' }));
    await journey.checkpoint('meetings');
    await page.getByLabel('Plaats', { exact: true }).fill('Thuis aan de keukentafel');
    await page.getByRole('button', { name: 'Tafelgesprek aanmaken' }).click();
    await page.waitForURL((url) => /\/meetings\/[0-9a-f-]{36}$/.test(url.pathname));
    await visible(page.getByRole('heading', { level: 1, name: /^Top-3-gesprek van / }));
    for (const p of PARTICIPANTS) await addParticipant(page, p);
    const table = page.getByRole('table', { name: 'Punten per gedeelde zorg (samen 21 punten)' });
    await eventually(async () =>
      (await table.locator('tbody tr').allInnerTexts()).map((r) => r.split('\t').slice(0, 3).join('|')),
    ).toEqual(EXPECTED_TALLY);
    await journey.checkpoint('meeting-top3');
    await page.getByRole('button', { name: 'Top-3 vaststellen' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Vastgestelde top-3' }));
    await journey.checkpoint('meeting-confirmed');
  });

  test('turns it into a plan with goals and actions owned by the mother, the grandmother and the colleague', async () => {
    await page.getByRole('button', { name: 'Neem over in het gezinsplan' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'De top-3 staat in het gezinsplan (versie 1).' }));
    await page.getByRole('link', { name: 'Open het gezinsplan' }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Gezinsplan ${reference}` }));
    await page.getByRole('button', { name: 'Plan bewerken' }).click();
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByLabel('Leefgebied van doel 1', { exact: true }).selectOption({ label: 'Financiën' });
    await page.getByLabel('Doel 1: wat willen we bereiken', { exact: true }).fill('Overzicht van alle schulden');
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByLabel('Leefgebied van doel 2', { exact: true }).selectOption({ label: 'Opvoeding' });
    await page.getByLabel('Doel 2: wat willen we bereiken', { exact: true }).fill('Rustiger momenten thuis');
    // Owners are chosen from the dossier: the mother, the grandmother in the network, the colleague in the team.
    const actions = [
      {
        what: 'Elke week samen de post openen',
        owner: { kind: 'gezinslid', name: full(MOTHER), option: `${full(MOTHER)} (Ouder of verzorger)` },
        goal: 'Overzicht van alle schulden',
      },
      {
        what: 'Op woensdag en vrijdag de kinderen uit school halen',
        owner: {
          kind: 'netwerk',
          name: `${GRANDMOTHER.givenName} ${GRANDMOTHER.familyName}`,
          option: `${GRANDMOTHER.givenName} ${GRANDMOTHER.familyName} (netwerk: Grootouder)`,
        },
        goal: 'Rustiger momenten thuis',
      },
      {
        what: 'Aanmelden bij de schuldhulpverlening',
        owner: { kind: 'professional', name: colleague, option: colleagueOption },
        goal: 'Overzicht van alle schulden',
      },
    ];
    for (const [i, a] of actions.entries()) {
      const n = i + 1;
      await page.getByRole('button', { name: 'Actie toevoegen' }).click();
      await page.getByLabel(`Actie ${n}: wat`, { exact: true }).fill(a.what);
      await page.getByLabel(`Actie ${n}: eigenaar`, { exact: true }).selectOption({ label: a.owner.option });
      await expect(page.getByLabel(`Actie ${n}: wie doet het`, { exact: true }).count()).resolves.toBe(0);
      await page.getByLabel(`Actie ${n}: hoort bij doel`, { exact: true }).selectOption({ label: a.goal });
    }
    await page.getByLabel('Wat is er veranderd?', { exact: true }).fill('Doelen en acties met het gezin afgesproken');
    await journey.checkpoint('plan-editor');
    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Opgeslagen als versie 2.' }));
    for (const a of actions)
      await visible(page.getByText(`${a.what} — ${a.owner.name} (${a.owner.kind})`, { exact: false }));
    // The colleague is stored as a professional with their account, not only a name.
    const plan = (await (
      await page.context().request.get(`/api/families/${dossierPath.split('/')[2] ?? ''}/plan`)
    ).json()) as {
      current: { content: { actions: Array<{ what: string; owner: { kind: string; userId: string | null } }> } };
    };
    expect(
      plan.current.content.actions.find((a) => a.what === 'Aanmelden bij de schuldhulpverlening')?.owner,
    ).toMatchObject({ kind: 'professional', userId: expect.any(String) });
    await journey.checkpoint('plan-v2');
  });

  test("records the family's sign-off", async () => {
    await page.getByLabel('Naam van het gezinslid', { exact: true }).fill(full(MOTHER));
    await page.getByRole('button', { name: 'Akkoord vastleggen' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Het akkoord met versie 2 is vastgelegd.' }));
    await eventually(() => page.getByTestId('plan-deadline').innerText()).toContain(
      'Het gezin heeft met versie 2 ingestemd.',
    );
    await journey.checkpoint('plan-signed');
  });

  test('prints the plan: the print stylesheet shows only the plain-language plan', async () => {
    await page.getByRole('link', { name: 'Afdrukversie voor het gezin' }).first().click();
    await visible(page.getByRole('heading', { level: 1, name: 'Ons gezinsplan' }));
    await journey.checkpoint('plan-print');
    await page.emulateMedia({ media: 'print' });
    try {
      for (const h of ['Hier maken we ons zorgen over', 'Dit willen we bereiken', 'Wie doet wat', 'Akkoord'])
        await visible(page.getByRole('heading', { level: 2, name: h }));
      await visible(page.getByText('Spanning bij de opvoeding (hier beginnen we mee)'));
      await visible(page.getByText(`${full(MOTHER)}: Elke week samen de post openen`));
      await visible(
        page.getByText(
          `${GRANDMOTHER.givenName} ${GRANDMOTHER.familyName}: Op woensdag en vrijdag de kinderen uit school halen`,
        ),
      );
      await visible(page.getByText(`${colleague}: Aanmelden bij de schuldhulpverlening`));
      await visible(page.getByText(new RegExp(`^${full(MOTHER)} was het eens met dit plan op `)));
      // On paper only the plan: no menu, no header, no buttons.
      await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).resolves.toBe(false);
      await expect(page.getByRole('button', { name: 'Afdrukken' }).isVisible()).resolves.toBe(false);
      await expect(page.getByRole('link', { name: 'Terug naar het gezinsplan' }).isVisible()).resolves.toBe(false);
      await page.screenshot({ path: `${journey.dir}/plan-print-media.png`, fullPage: true });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('scores Positive Health twice and sees the chart', async () => {
    await page.goto(dossierPath);
    await page.getByRole('link', { name: 'Meetinstrumenten' }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Meetinstrumenten ${reference}` }));
    await page.getByLabel('Instrument', { exact: true }).selectOption({ label: 'Positieve Gezondheid' });
    await page.getByLabel('Wie', { exact: true }).selectOption({ label: full(MOTHER) });
    await visible(page.getByText('Er zijn nog geen metingen voor deze keuze.'));
    await journey.checkpoint('instruments-empty');
    const rounds: Array<{ on: string; scores: Array<[string, string]> }> = [
      {
        on: isoDaysAgo(42),
        scores: [
          ['Lichaamsfuncties', '5'],
          ['Mentaal welbevinden', '3'],
          ['Zingeving', '5'],
          ['Kwaliteit van leven', '4'],
          ['Meedoen', '4'],
          ['Dagelijks functioneren', '5'],
        ],
      },
      {
        on: isoDaysAgo(0),
        scores: [
          ['Lichaamsfuncties', '6'],
          ['Mentaal welbevinden', '6'],
          ['Zingeving', '7'],
          ['Kwaliteit van leven', '6'],
          ['Meedoen', '5'],
          ['Dagelijks functioneren', '7'],
        ],
      },
    ];
    for (const [i, round] of rounds.entries()) {
      const form = page.getByTestId('measurement-form');
      await form.getByLabel('Datum van de meting', { exact: true }).fill(round.on);
      for (const [label, score] of round.scores) await form.getByLabel(`${label} (0–10)`, { exact: true }).fill(score);
      await form.getByRole('button', { name: 'Meting opslaan' }).click();
      await visible(page.getByRole('status').filter({ hasText: 'De meting is opgeslagen.' }));
      await eventually(() =>
        page
          .getByRole('table', { name: /Alle metingen van Positieve Gezondheid/ })
          .locator('thead th')
          .count(),
      ).toBe(i + 2);
    }
    await visible(page.getByRole('img', { name: /Eerste en laatste meting/ }));
    const comparison = page.getByRole('table', { name: 'Eerste en laatste score per domein' });
    await eventually(() =>
      comparison
        .getByRole('row', { name: /Mentaal welbevinden/ })
        .getByRole('cell')
        .nth(1)
        .textContent(),
    ).toBe('6');
    await journey.checkpoint('instruments-chart');
    journey.expectNoPageErrors();
    await logOut(page);
  });

  test('an unrelated professional is refused the dossier, then breaks the glass with a reason', async () => {
    await logIn(page, OUTSIDER);
    await page.goto(dossierPath);
    await visible(page.getByRole('heading', { level: 1, name: 'Geen toegang tot dit dossier' }));
    expect(await page.getByRole('heading', { name: 'Gezinsleden' }).count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain(FAMILY);
    await journey.checkpoint('refused');
    await page.getByLabel('Reden voor noodtoegang').fill(REASON);
    await page.getByRole('button', { name: 'Noodtoegang openen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Gezin ${reference}` }));
    await visible(page.getByText('Je bekijkt dit dossier met noodtoegang.', { exact: false }));
    await journey.checkpoint('emergency-dossier');
    await logOut(page);
  });

  test('the privacy officer sees the review entry for it', async () => {
    await logIn(page, 'demo.privacy_officer');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Auditlog' }).click();
    // Open reviews are listed at the top of the audit page; each has its own review page.
    const open = page.getByTestId('break-glass-open');
    await open
      .getByRole('link', { name: new RegExp(`dossier ${reference}`) })
      .first()
      .click();
    await visible(
      page.getByRole('heading', { level: 1, name: new RegExp(`^Noodtoegang van .* tot dossier ${reference}`) }),
    );
    await visible(page.getByText(REASON, { exact: false }).first());
    await journey.checkpoint('review-list');
    await logOut(page);
  });

  // Beyond item 11: the regisseur keeps the household up to date from the dossier.
  test('the regisseur adds a household member and a neighbour, corrects the grandmother, records who left', async () => {
    await logIn(page, 'demo.professional');
    await page.goto(dossierPath);
    await visible(page.getByRole('heading', { level: 1, name: `Gezin ${reference}` }));
    await page.getByText('Gezinslid toevoegen', { exact: true }).first().click();
    const add = page.getByRole('form', { name: 'Gezinslid toevoegen' });
    await add.getByLabel('Soort gezinslid').selectOption({ label: 'Ander lid van het huishouden' });
    await add.getByLabel('Voornaam').fill(LODGER.givenName);
    await expect(add.getByLabel('Achternaam').inputValue()).resolves.toBe(FAMILY);
    await add.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
    await visible(page.getByRole('status').filter({ hasText: `${full(LODGER)} is toegevoegd.` }));
    const members = page.getByRole('table', { name: `Gezinsleden van ${reference}` });
    await visible(members.getByRole('rowheader', { name: full(LODGER) }));

    await page.getByText('Netwerklid toevoegen', { exact: true }).first().click();
    const network = page.getByRole('form', { name: 'Netwerklid toevoegen' });
    await network.getByLabel('Voornaam').fill('Henk');
    await network.getByLabel('Achternaam').fill('Buurman');
    await network.getByLabel('Relatie').selectOption({ label: 'Buur' });
    await network.getByRole('button', { name: 'Netwerklid toevoegen' }).click();
    const networkTable = page.getByRole('table', { name: `Netwerk van ${reference}` });
    await visible(networkTable.getByRole('row', { name: /Henk Buurman.*Buur/ }));

    await page
      .getByRole('button', { name: `Gegevens van ${GRANDMOTHER.givenName} ${GRANDMOTHER.familyName} wijzigen` })
      .click();
    const editor = page.getByTestId('person-editor');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe(`Gegevens van ${GRANDMOTHER.givenName} ${GRANDMOTHER.familyName}`);
    await editor.getByLabel('Achternaam').fill('Hoekstra-Bos');
    await journey.checkpoint('person-editor');
    await editor.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await visible(networkTable.getByRole('rowheader', { name: `${GRANDMOTHER.givenName} Hoekstra-Bos` }));

    await page.getByRole('button', { name: `Gegevens van ${full(LODGER)} wijzigen` }).click();
    await editor.getByLabel('Reden (niet verplicht)').fill('Is verhuisd naar een eigen kamer');
    await editor.getByRole('button', { name: 'Vertrek vastleggen' }).click();
    const former = await visible(
      page.getByRole('table', { name: `Mensen die niet meer bij gezin ${reference} horen` }),
    );
    await visible(former.getByRole('row', { name: new RegExp(`${full(LODGER)}.*Is verhuisd naar een eigen kamer`) }));
    expect(await members.getByRole('rowheader', { name: full(LODGER) }).count()).toBe(0);
    await journey.checkpoint('dossier-former-member');
  });

  test('the family withdraws a consent; the dossier shows it as withdrawn and the timeline has it all', async () => {
    const form = page.getByRole('form', { name: 'Toestemming vastleggen' });
    await form.getByLabel('Organisatie').selectOption({ index: 1 });
    const organisation = (await form.getByLabel('Organisatie').locator('option:checked').innerText()).trim();
    await form.getByRole('group', { name: 'Wat mag deze organisatie inzien?' }).getByLabel('Gezinsplan').check();
    await form.getByRole('group', { name: 'Wie geeft toestemming?' }).getByLabel(full(MOTHER)).check();
    await form.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    const consents = page.getByRole('table', { name: 'Vastgelegde toestemming per organisatie' });
    await visible(consents.getByRole('rowheader', { name: organisation }));
    await page.getByRole('button', { name: `Toestemming voor ${organisation} intrekken` }).click();
    const withdraw = page.getByRole('form', { name: `Toestemming voor ${organisation} intrekken` });
    await withdraw.getByLabel('Toelichting (niet verplicht)').fill('Moeder wil dit niet meer');
    await journey.checkpoint('consent-withdraw');
    await withdraw.getByRole('button', { name: 'Toestemming intrekken' }).click();
    const withdrawn = await visible(page.getByRole('table', { name: 'Ingetrokken toestemming' }));
    await visible(withdrawn.getByRole('row', { name: new RegExp(`${organisation}.*ingetrokken op`) }));
    expect(await consents.count()).toBe(0);
    await journey.checkpoint('consent-withdrawn');

    await page
      .getByRole('navigation', { name: 'Verder in dit dossier' })
      .getByRole('link', { name: 'Tijdlijn' })
      .click();
    await visible(page.getByRole('heading', { level: 1, name: /^Tijdlijn/ }));
    const list = page.getByRole('list', { name: 'Gebeurtenissen, nieuwste eerst' });
    await visible(list.getByText(`${LODGER.givenName} (ander lid van het huishouden) hoort niet meer bij het gezin`));
    await visible(list.getByText('Henk (buur) is toegevoegd'));
    await visible(list.getByText(`Toestemming voor ${organisation} is ingetrokken`));
    await journey.checkpoint('timeline-people');
    journey.expectNoPageErrors();
  });
});
