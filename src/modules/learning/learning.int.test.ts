// The meetlat and the learning log end to end over HTTP: positions at moments side by side, a
// region's own definition loaded with a report per line, an entry discussed at a reflection meeting
// with a follow-up action and what became of it, refusals of personal data, and the meetlat page's
// statement budget (it does not grow with the number of moments).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { createTestDatabase } from '../../test-support/database.js';
import type { Database } from '../../platform/db/connect.js';
import { assessment, buildLearningWorld, type LearningWorld } from '../../test-support/learning.js';
import { today } from '../../platform/clock.js';

let db: Database;
let t: TestApp;
let w: LearningWorld;
let policy: Session;
let member: Session;
let lead: Session;
let sent: string[] | null = null;

beforeAll(async () => {
  db = await createTestDatabase({ onStatement: (s) => sent?.push(s) });
  t = await createTestApp({ database: db });
  w = await buildLearningWorld(t.db.kysely);
  policy = await login(t.app, w.zwolle.policy.username);
  member = await login(t.app, w.zwolle.member.username);
  lead = await login(t.app, w.zwolle.lead.username);
});
afterAll(async () => {
  await t?.close();
  await db?.close();
});

const call = (s: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });

async function counted(run: () => Promise<LightMyRequestResponse>) {
  sent = [];
  try {
    const res = await run();
    return { res, statements: sent.length };
  } finally {
    sent = null;
  }
}

interface View {
  meetlat: { isExample: boolean; steps: Array<{ id: string; indicators: string[] }>; levels: string[] } | null;
  municipalities: Array<{
    code: string;
    assessments: Array<{ assessedOn: string; focusStepId: string; positions: Array<{ level: number }> }>;
  }>;
  ownMunicipality: string | null;
  abilities: { position: boolean; import: boolean };
}

describe('the meetlat', () => {
  it('shows the example meetlat and every municipality; a policy advisor positions their own at moments', async () => {
    for (const on of ['2026-01-01', '2026-06-01'])
      expect(
        (await call(policy, 'POST', '/api/learning/meetlat/assessments', assessment(w, '0193', on))).statusCode,
      ).toBe(201);
    // The same day again replaces that moment (a correction), it does not add one.
    const again = await call(
      policy,
      'POST',
      '/api/learning/meetlat/assessments',
      assessment(w, '0193', '2026-06-01', 5),
    );
    expect(again.statusCode, again.body).toBe(201);
    const view = (await call(policy, 'GET', '/api/learning/meetlat')).json<View>();
    expect(view.meetlat?.isExample).toBe(true);
    expect(view.meetlat?.steps).toHaveLength(9);
    expect(view.meetlat?.steps[0]?.indicators).toContain('entry_point_specialised_share');
    expect(view.municipalities.map((m) => m.code).sort()).toEqual(['0166', '0193']);
    const zwolle = view.municipalities.find((m) => m.code === '0193');
    expect(zwolle?.assessments.map((a) => a.assessedOn)).toEqual(['2026-01-01', '2026-06-01']);
    expect(zwolle?.assessments[1]?.positions.map((p) => p.level)[0]).toBe(5);
    expect(view.ownMunicipality).toBe('0193');
    expect(view.abilities).toEqual({ position: true, import: true });
    // A team member reads but does not position.
    const asMember = (await call(member, 'GET', '/api/learning/meetlat')).json<View>();
    expect(asMember.abilities).toEqual({ position: false, import: false });
    // Each step's evidence comes from the indicator registry; the region's figures only for the policy advisor.
    type Evidence = { key: string; source: string; indicator: string | null; value: number | null };
    const evidenceOf = (v: View) =>
      (v.meetlat as unknown as { steps: Array<{ evidence: Evidence[] }>; evidencePeriod: string | null }) ?? null;
    const withFigures = evidenceOf(view);
    expect(withFigures.evidencePeriod).toMatch(/^20\d\d-H[12]$/);
    const first = withFigures.steps[0]!.evidence.find((e) => e.key === 'entry_point_specialised_share');
    expect(first).toMatchObject({ source: 'outcome', indicator: 'specialised_referral' });
    expect(evidenceOf(asMember).evidencePeriod).toBeNull();
    expect(
      evidenceOf(asMember)
        .steps.flatMap((s) => s.evidence)
        .every((e) => e.value === null),
    ).toBe(true);
  });

  it('refuses positions that skip a step, exceed the levels, lie in the future or hold personal data', async () => {
    const base = assessment(w, '0193', '2026-07-01');
    const cases: Array<[object, string]> = [
      [{ ...base, positions: base.positions.slice(1) }, 'positions'],
      [{ ...base, positions: base.positions.map((p, i) => (i === 2 ? { ...p, level: 7 } : p)) }, 'positions.2.level'],
      [{ ...base, assessedOn: '2999-01-01' }, 'assessedOn'],
      [
        { ...base, positions: base.positions.map((p, i) => (i === 4 ? { ...p, reflection: 'Bel 06-12345678' } : p)) },
        'positions.4.reflection',
      ],
    ];
    for (const [body, path] of cases) {
      const res = await call(policy, 'POST', '/api/learning/meetlat/assessments', body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toContain(path);
    }
  });

  it('checks and loads a region’s own meetlat from CSV, with every problem named per line', async () => {
    const bad = 'positie;titel;beschrijving;indicatoren\n1;Vroeg erbij;;drop_out\n1;;x;nonsense\n';
    const res = await call(policy, 'POST', '/api/learning/meetlat/import', {
      format: 'csv',
      content: bad,
      name: 'Eigen',
    });
    expect(res.statusCode).toBe(400);
    const problems = res.json<{ code: string; errors: Array<{ path: string; kind: string }> }>();
    expect(problems.code).toBe('meetlat_definition_invalid');
    expect(problems.errors.map((e) => `${e.path}:${e.kind}`)).toEqual(
      expect.arrayContaining([
        'content.3.position:duplicate_position',
        'content.3.title:missing_title',
        'content.3.indicators:unknown_indicator',
        'content.0.steps:too_few_steps',
      ]),
    );
    const good =
      'positie;titel;beschrijving;indicatoren\n1;Vroeg;a;drop_out\n2;Dichtbij;b;repeat_use|satisfaction\n3;Samen;c;\n';
    const dry = await call(policy, 'POST', '/api/learning/meetlat/import', {
      format: 'csv',
      content: good,
      name: 'Eigen meetlat',
      dryRun: true,
    });
    expect(dry.json()).toMatchObject({
      stored: false,
      steps: [{ position: 1 }, { position: 2, indicators: ['repeat_use', 'satisfaction'] }, { position: 3 }],
    });
    expect((await call(policy, 'GET', '/api/learning/meetlat')).json<View>().meetlat?.isExample).toBe(true);
    const json = JSON.stringify({
      name: 'Eigen meetlat',
      levels: ['laag', 'midden', 'hoog'],
      steps: [{ title: 'A' }, { title: 'B' }, { title: 'C', indicators: ['drop_out'] }],
    });
    const stored = await call(policy, 'POST', '/api/learning/meetlat/import', { format: 'json', content: json });
    expect(stored.statusCode, stored.body).toBe(200);
    const view = (await call(policy, 'GET', '/api/learning/meetlat')).json<View>();
    expect(view.meetlat).toMatchObject({ isExample: false, levels: ['laag', 'midden', 'hoog'] });
    // The earlier meetlat's positions stay with it: the new one starts empty.
    expect(view.municipalities.every((m) => m.assessments.length === 0)).toBe(true);
    // Back to the example for the other tests.
    await t.db.kysely.updateTable('meetlat').set({ active: false }).where('region_code', '=', 'TEST').execute();
    await t.db.kysely.updateTable('meetlat').set({ active: true }).where('id', '=', w.meetlatId).execute();
  });

  it('reads the meetlat page in a few statements, however many moments there are', async () => {
    const first = await counted(() => call(policy, 'GET', '/api/learning/meetlat'));
    expect(first.res.statusCode).toBe(200);
    for (const on of ['2025-01-01', '2025-03-01', '2025-05-01'])
      await call(policy, 'POST', '/api/learning/meetlat/assessments', assessment(w, '0193', on));
    const later = await counted(() => call(policy, 'GET', '/api/learning/meetlat'));
    // session, home facts, decision facts, data with its audit row
    expect(later.statements).toBeLessThanOrEqual(4);
    expect(later.statements).toBe(first.statements);
    const log = await counted(() => call(policy, 'POST', '/api/learning/entries/search', { municipality: '0193' }));
    expect(log.res.statusCode).toBe(200);
    expect(log.statements).toBeLessThanOrEqual(3);
  });
});

interface Entry {
  id: string;
  title: string;
  discussions: Array<{ decision: string }>;
  actions: Array<{ id: string; status: string; owner: { id: string } }>;
}

describe('the learning log', () => {
  it('records an entry, discusses it at a reflection meeting with an action, and shows what became of it', async () => {
    const entry = await call(member, 'POST', '/api/learning/entries', {
      kind: 'chafed',
      title: 'Overleg met de school schuurt',
      body: 'De school wil eerder informatie dan het gezin wil delen.',
      municipality: '0193',
      teamId: w.zwolle.teamId,
      meetlatStepId: w.stepIds[2],
    });
    expect(entry.statusCode, entry.body).toBe(201);
    // A pilot link must name a pilot of the municipality (the foreign key of 030 backs it up).
    const noPilot = await call(member, 'POST', '/api/learning/entries', {
      kind: 'went_well',
      title: 'Spreekuur op school',
      body: 'Werkt goed.',
      municipality: '0193',
      pilotId: '00000000-0000-4000-8000-000000000000',
    });
    expect(noPilot.statusCode).toBe(400);
    expect(JSON.stringify(noPilot.json())).toContain('pilotId');
    const entryId = entry.json<{ id: string }>().id;
    const meeting = await call(lead, 'POST', '/api/learning/meetings', {
      municipality: '0193',
      teamId: w.zwolle.teamId,
      heldOn: today(),
      title: 'Reflectieoverleg team',
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const meetingId = meeting.json<{ id: string }>().id;
    const detail = await call(lead, 'GET', `/api/learning/meetings/${meetingId}`);
    expect(
      detail.json<{ candidates: Array<{ id: string }>; owners: Array<{ id: string }> }>().candidates.map((c) => c.id),
    ).toContain(entryId);
    expect(detail.json<{ owners: Array<{ id: string }> }>().owners.map((o) => o.id)).toEqual(
      expect.arrayContaining([w.zwolle.member.id, w.zwolle.lead.id, w.zwolle.policy.id]),
    );
    const discussed = await call(lead, 'POST', `/api/learning/meetings/${meetingId}/discussions`, {
      entryId,
      decision: 'Samen met de school een werkafspraak maken.',
      actions: [
        { description: 'Werkafspraak met de school opstellen', ownerId: w.zwolle.member.id, dueOn: '2999-01-31' },
      ],
    });
    expect(discussed.statusCode, discussed.body).toBe(201);
    const found = await call(member, 'POST', '/api/learning/entries/search', {
      municipality: '0193',
      q: 'school schuurt',
    });
    const page = found.json<{ items: Entry[]; total: number }>();
    expect(page.total).toBe(1);
    expect(page.items[0]?.discussions[0]?.decision).toBe('Samen met de school een werkafspraak maken.');
    const action = page.items[0]?.actions[0];
    expect(action?.status).toBe('open');
    // The owner marks it done.
    expect((await call(member, 'PATCH', `/api/learning/actions/${action?.id}`, { status: 'done' })).statusCode).toBe(
      200,
    );
    const open = await call(member, 'POST', '/api/learning/entries/search', {
      municipality: '0193',
      state: 'open_actions',
    });
    expect(open.json<{ items: Entry[] }>().items.map((e) => e.id)).not.toContain(entryId);
  });

  it('refuses personal data in any text field, pointing at the field, and stores nothing', async () => {
    const before = await t.db.kysely.selectFrom('learning_entry').select('id').execute();
    const res = await call(member, 'POST', '/api/learning/entries', {
      kind: 'went_well',
      title: 'Goed gesprek',
      body: 'Met Sem Jansen (12-03-2015) ging het goed',
      municipality: '0193',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'personal_data_refused',
      errors: [{ path: 'body', kind: 'personal_data_birth_date' }],
    });
    expect(await t.db.kysely.selectFrom('learning_entry').select('id').execute()).toHaveLength(before.length);
  });

  it('pages and searches the log', async () => {
    for (let i = 0; i < 6; i++)
      await call(policy, 'POST', '/api/learning/entries', {
        kind: 'went_well',
        title: `Spreekuur ${i}`,
        body: 'Werkt.',
        municipality: '0193',
      });
    const p = await call(policy, 'POST', '/api/learning/entries/search', {
      municipality: '0193',
      q: 'spreekuur',
      pageSize: 4,
      page: 2,
    });
    expect(p.json()).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(p.json<{ items: unknown[] }>().items).toHaveLength(2);
  });
});
