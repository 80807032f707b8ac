// The living plan over HTTP: versions with author and time, stale edits refused (409), two
// concurrent edits on one version (exactly one wins, nothing lost), comparison, sign-off, deadline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';
import { today as dutchDate } from '../../platform/clock.js';

let t: TestApp;
let prof: Session;
let colleague: Session;
let familyUser: Session;
let familyId: string;
beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  const regisseur = await buildUser(db, ['professional']);
  const member = await buildUser(db, ['professional']);
  prof = await login(t.app, regisseur.username);
  colleague = await login(t.app, member.username);
  ({ familyId } = await buildFamilyWithTrajectory(db, {
    teamId: await buildTeam(db),
    regisseurId: regisseur.id,
    members: [member.id],
  }));
  await db
    .updateTable('trajectory')
    .set({ opened_at: new Date(Date.now() - 50 * 86_400_000) })
    .where('family_id', '=', familyId)
    .execute();
  const portal = await buildUser(db, ['family']);
  await db.insertInto('family_account').values({ user_id: portal.id, family_id: familyId }).execute();
  familyUser = await login(t.app, portal.username);
});
afterAll(async () => {
  await t.close();
});

const TODAY = dutchDate();
const url = () => `/api/families/${familyId}/plan`;
const put = (s: Session, baseVersion: number, content: object, note?: string) =>
  t.app.inject({
    method: 'PUT',
    url: url(),
    headers: s.headers,
    payload: { baseVersion, content, ...(note ? { note } : {}) },
  });

const V1 = {
  strengths: [
    { id: 's1', kind: 'own_strength', text: 'Moeder kookt elke dag voor het gezin' },
    { kind: 'network', text: 'Oma past op woensdag op' },
  ],
  goals: [
    {
      id: 'g1',
      domain: 'finances',
      what: 'Overzicht van alle schulden',
      byWhen: '2026-06-01',
      howWeKnow: 'De budgetcoach heeft een lijst',
    },
  ],
  actions: [
    {
      id: 'a1',
      goalId: 'g1',
      what: 'Post openen met de buurvrouw',
      owner: { kind: 'network', name: 'Buurvrouw Ans' },
      due: '2026-05-01',
    },
  ],
  reviews: [{ date: '2026-07-01' }],
};

describe('the family plan', () => {
  it('starts empty, with the 6-week deadline already running late', async () => {
    const res = await t.app.inject({ method: 'GET', url: url(), headers: prof.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ current: null, versions: [], abilities: { edit: true, signOff: false } });
    expect(res.json().deadline).toMatchObject({ state: 'late', currentSigned: false, currentVersion: null });
  });

  it('every change is a new version with its author; ids are assigned and kept', async () => {
    const first = await put(prof, 0, V1, 'Eerste opzet met het gezin');
    expect(first.statusCode, first.body).toBe(200);
    const v1 = first.json().current;
    expect(v1).toMatchObject({ version: 1, note: 'Eerste opzet met het gezin', source: 'edit' });
    expect(v1.author.name).toMatch(/^Testpersoon/);
    expect(v1.content.strengths[1].id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(v1.content.actions[0]).toMatchObject({
      status: 'open',
      owner: { kind: 'network', name: 'Buurvrouw Ans', userId: null },
    });
    const content = {
      ...v1.content,
      actions: [{ ...v1.content.actions[0], status: 'in_progress' }],
      safetyAgreements: [{ text: 'Bij ruzie gaat vader een blokje om' }],
    };
    const second = await put(colleague, 1, content);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(second.json().current.content.strengths[1].id).toBe(v1.content.strengths[1].id);
  });

  it('refuses a stale edit with 409 stale_version and a clear message; nothing is overwritten', async () => {
    const saves = () =>
      t.db.kysely
        .selectFrom('audit_event')
        .select('id')
        .where('event', '=', 'plan.version_created')
        .where('subject_id', '=', familyId)
        .execute();
    const before = (await saves()).length;
    const res = await put(prof, 1, { goals: [] });
    expect(res.statusCode).toBe(409);
    // No version was written, so no audit row says one was (as the rolled-back transaction kept none).
    expect(await saves()).toHaveLength(before);
    expect(res.json()).toMatchObject({ code: 'stale_version' });
    expect(res.json().detail).toContain('the current version is 2');
    expect(res.json().messages.nl).toContain('intussen gewijzigd');
    const now = (await t.app.inject({ method: 'GET', url: url(), headers: prof.headers })).json();
    expect(now.current.version).toBe(2);
    expect(now.current.content.goals).toHaveLength(1);
  });

  it('two concurrent edits on the same version: exactly one wins, the other gets a conflict', async () => {
    const current = (await t.app.inject({ method: 'GET', url: url(), headers: prof.headers })).json().current;
    const a = {
      ...current.content,
      goals: [...current.content.goals, { id: 'ga', domain: 'housing', what: 'Groter huis zoeken' }],
    };
    const b = {
      ...current.content,
      goals: [...current.content.goals, { id: 'gb', domain: 'school_work', what: 'Elke dag naar school' }],
    };
    const results = await Promise.all([put(prof, current.version, a), put(colleague, current.version, b)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const now = (await t.app.inject({ method: 'GET', url: url(), headers: prof.headers })).json();
    expect(now.current.version).toBe(current.version + 1);
    const winner = results
      .find((r) => r.statusCode === 200)
      ?.json()
      .current.content.goals.at(-1).id;
    expect(now.current.content.goals.at(-1).id).toBe(winner);
    const loser = results.find((r) => r.statusCode === 409);
    expect(loser?.json().code).toBe('stale_version');
  });

  it('many concurrent edits from version 0 on a new family: exactly one creates the plan', async () => {
    const db = t.db.kysely;
    const r = await buildUser(db, ['professional']);
    const s = await login(t.app, r.username);
    const fam = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: r.id });
    const results = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        t.app.inject({
          method: 'PUT',
          url: `/api/families/${fam.familyId}/plan`,
          headers: s.headers,
          payload: { baseVersion: 0, content: { safetyAgreements: [{ text: `Afspraak ${i}` }] } },
        }),
      ),
    );
    expect(results.map((x) => x.statusCode).sort()).toEqual([200, 409, 409, 409]);
    expect(
      await db.selectFrom('plan_version').select('version').where('family_id', '=', fam.familyId).execute(),
    ).toEqual([{ version: 1 }]);
  });

  it('compares any two versions: added, removed and changed items per section', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${url()}/compare?from=1&to=3`, headers: prof.headers });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.from.version).toBe(1);
    expect(d.sections.actions.changed).toEqual([expect.objectContaining({ id: 'a1', fields: ['status'] })]);
    expect(d.sections.safetyAgreements.added).toHaveLength(1);
    expect(d.sections.goals.added).toHaveLength(1);
    expect(d.sections.strengths).toEqual({ added: [], removed: [], changed: [] });
    const missing = await t.app.inject({ method: 'GET', url: `${url()}/compare?from=1&to=99`, headers: prof.headers });
    expect(missing.statusCode).toBe(404);
    const one = await t.app.inject({ method: 'GET', url: `${url()}/versions/1`, headers: prof.headers });
    expect(one.json().content.goals).toHaveLength(1);
    // The family reads its plan in the portal, never a professional's version or comparison.
    for (const path of [`${url()}/versions/1`, `${url()}/compare?from=1&to=3`]) {
      const refused = await t.app.inject({ method: 'GET', url: path, headers: familyUser.headers });
      expect(refused.statusCode, path).toBe(403);
    }
  });

  it("records the family's agreement per version: by a professional with the name, or by the family itself in the portal", async () => {
    expect((await t.app.inject({ method: 'GET', url: url(), headers: familyUser.headers })).statusCode).toBe(403);
    const plan = (await t.app.inject({ method: 'GET', url: url(), headers: prof.headers })).json();
    expect(plan.abilities).toEqual({ edit: true, signOff: true });
    const v = plan.current.version;
    const noName = await t.app.inject({
      method: 'POST',
      url: `${url()}/versions/${v}/sign-off`,
      headers: prof.headers,
      payload: { signedOn: '2026-03-01' },
    });
    expect(noName.statusCode).toBe(400);
    const old = await t.app.inject({
      method: 'POST',
      url: `${url()}/versions/1/sign-off`,
      headers: prof.headers,
      payload: { signedOn: '2026-03-01', signedByName: 'Moeder' },
    });
    expect(old.json().code).toBe('stale_version');
    const future = await t.app.inject({
      method: 'POST',
      url: `${url()}/versions/${v}/sign-off`,
      headers: prof.headers,
      payload: { signedOn: '2999-01-01', signedByName: 'Moeder' },
    });
    expect(future.json().code).toBe('sign_off_in_future');
    // A dossier still "registered" (as after registration) moves on when the plan is agreed.
    await t.db.kysely
      .updateTable('trajectory')
      .set({ status: 'registered' })
      .where('family_id', '=', familyId)
      .execute();
    const byProf = await t.app.inject({
      method: 'POST',
      url: `${url()}/versions/${v}/sign-off`,
      headers: prof.headers,
      payload: { signedOn: TODAY, signedByName: 'Moeder' },
    });
    expect(byProf.statusCode, byProf.body).toBe(201);
    // The agreed plan moves the dossier on: no longer "registered", with the change on record.
    const trajectory = await t.db.kysely
      .selectFrom('trajectory')
      .select(['id', 'status'])
      .where('family_id', '=', familyId)
      .executeTakeFirstOrThrow();
    expect(trajectory.status).toBe('in_progress');
    const changes = await t.db.kysely
      .selectFrom('trajectory_status_change')
      .select(['from_status', 'to_status'])
      .where('trajectory_id', '=', trajectory.id)
      .where('to_status', '=', 'in_progress')
      .execute();
    expect(changes).toHaveLength(1);
    // The family's login cannot record a sign-off on the professionals' route; it agrees in the portal.
    const onProfessionalRoute = await t.app.inject({
      method: 'POST',
      url: `${url()}/versions/${v}/sign-off`,
      headers: familyUser.headers,
      payload: { signedOn: TODAY, signedByName: 'Iemand anders' },
    });
    expect(onProfessionalRoute.statusCode).toBe(403);
    const portalPlan = await t.app.inject({
      method: 'GET',
      url: `/api/portal/families/${familyId}/plan`,
      headers: familyUser.headers,
    });
    expect(portalPlan.json().signOff).toEqual({ needed: true, signedOn: null });
    expect(portalPlan.json().abilities.signOff).toBe(true);
    const staleByFamily = await t.app.inject({
      method: 'POST',
      url: `/api/portal/families/${familyId}/plan/versions/1/sign-off`,
      headers: familyUser.headers,
    });
    expect(staleByFamily.json().code).toBe('stale_version');
    for (let i = 0; i < 2; i++) {
      // Twice: the second changes nothing.
      const byFamily = await t.app.inject({
        method: 'POST',
        url: `/api/portal/families/${familyId}/plan/versions/${v}/sign-off`,
        headers: familyUser.headers,
      });
      expect(byFamily.statusCode, byFamily.body).toBe(204);
    }
    const signedPortal = await t.app.inject({
      method: 'GET',
      url: `/api/portal/families/${familyId}/plan`,
      headers: familyUser.headers,
    });
    expect(signedPortal.json().signOff).toEqual({ needed: false, signedOn: TODAY });
    const after = (await t.app.inject({ method: 'GET', url: url(), headers: prof.headers })).json();
    expect(
      after.current.signOffs.map((s: { signedByName: string; byPortalUser: boolean }) => [
        s.signedByName.startsWith('Testpersoon') ? 'portal' : s.signedByName,
        s.byPortalUser,
      ]),
    ).toEqual([
      ['Moeder', false],
      ['portal', true],
    ]);
    expect(after.deadline).toMatchObject({ currentSigned: true, firstSignedOn: TODAY });
    const audit = await t.db.kysely
      .selectFrom('audit_event')
      .select(['subject_type', 'actor_role', 'outcome'])
      .where('event', 'in', ['plan.signed_off', 'portal.plan_signed_off'])
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { subject_type: 'family', actor_role: 'professional', outcome: 'allowed' },
      { subject_type: 'family', actor_role: 'family', outcome: 'denied' },
      // The stale attempt rolled back with its transaction; the two sign-offs are audited.
      { subject_type: 'portal_family', actor_role: 'family', outcome: 'allowed' },
      { subject_type: 'portal_family', actor_role: 'family', outcome: 'allowed' },
    ]);
  });

  it('refuses unknown goal references, and a family edit', async () => {
    const plan = (await t.app.inject({ method: 'GET', url: url(), headers: prof.headers })).json();
    const bad = await put(prof, plan.current.version, {
      actions: [{ goalId: 'nope', what: 'x', owner: { kind: 'organisation', name: 'GGD' } }],
    });
    expect(bad.json().code).toBe('unknown_goal');
    const fam = await put(familyUser, plan.current.version, {});
    expect(fam.statusCode).toBe(403);
  });

  it("lists my families' plan deadlines", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me/plan-deadlines', headers: prof.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.find((i: { familyId: string }) => i.familyId === familyId).deadline.state).toBe('met_late');
    // The family's login is refused here: the portal shows its plan and whether it waits for its agreement.
    const fam = await t.app.inject({ method: 'GET', url: '/api/me/plan-deadlines', headers: familyUser.headers });
    expect(fam.statusCode).toBe(403);
  });
});

describe('a long history', () => {
  // More versions than the view carries (VERSIONS_SHOWN = 10), an agreement to an old one among them.
  const TOTAL = 23;
  const SIGNED = 3;
  let longId: string;
  const longUrl = () => `/api/families/${longId}/plan`;
  type Header = { version: number; signOffs: Array<{ version: number; signedByName: string }> };
  type Page = { items: Header[]; total: number; page: number; pageSize: number };
  let prof: Session; // this family's regisseur (the outer one is a different family's)
  const versionsPage = (query: string, s: Session = prof) =>
    t.app.inject({ method: 'GET', url: `${longUrl()}/versions${query}`, headers: s.headers });
  const numbers = (headers: Header[]) => headers.map((h) => h.version);
  const range = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => from - i);

  beforeAll(async () => {
    const db = t.db.kysely;
    const regisseur = await buildUser(db, ['professional']);
    prof = await login(t.app, regisseur.username);
    ({ familyId: longId } = await buildFamilyWithTrajectory(db, {
      teamId: await buildTeam(db),
      regisseurId: regisseur.id,
    }));
    for (let v = 1; v <= TOTAL; v++) {
      const res = await t.app.inject({
        method: 'PUT',
        url: longUrl(),
        headers: prof.headers,
        payload: { baseVersion: v - 1, content: { reviews: [{ date: `2026-07-${String(v).padStart(2, '0')}` }] } },
      });
      expect(res.statusCode, res.body).toBe(200);
      if (v === SIGNED) {
        const signed = await t.app.inject({
          method: 'POST',
          url: `${longUrl()}/versions/${v}/sign-off`,
          headers: prof.headers,
          payload: { signedOn: TODAY, signedByName: 'Moeder' },
        });
        expect(signed.statusCode, signed.body).toBe(201);
      }
    }
  });

  it('the plan read carries the newest 10 headers and the count; the deadline still sees the early agreement', async () => {
    const res = await t.app.inject({ method: 'GET', url: longUrl(), headers: prof.headers });
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json<{
      versions: Header[];
      versionCount: number;
      current: Header;
      deadline: { firstSignedOn: string | null; currentSigned: boolean; currentVersion: number };
    }>();
    expect(numbers(plan.versions)).toEqual(range(TOTAL, TOTAL - 9));
    expect(plan.versionCount).toBe(TOTAL);
    expect(plan.current.version).toBe(TOTAL);
    // Version 3's agreement is not among the headers, yet it met the deadline; the current version waits.
    expect(plan.versions.flatMap((v) => v.signOffs)).toEqual([]);
    expect(plan.deadline).toMatchObject({ firstSignedOn: TODAY, currentSigned: false, currentVersion: TOTAL });
    // The count is the number of versions there are (the numbering has no gaps).
    const stored = await t.db.kysely
      .selectFrom('plan_version')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('family_id', '=', longId)
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(TOTAL);
  });

  it('a save answers with the newest 10 too, the new version on top, and the new count', async () => {
    const before = await t.app.inject({ method: 'GET', url: longUrl(), headers: prof.headers });
    const saved = await t.app.inject({
      method: 'PUT',
      url: longUrl(),
      headers: prof.headers,
      payload: { baseVersion: TOTAL, content: before.json().current.content },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const plan = saved.json<{ versions: Header[]; versionCount: number }>();
    expect(numbers(plan.versions)).toEqual(range(TOTAL + 1, TOTAL - 8));
    expect(plan.versionCount).toBe(TOTAL + 1);
  });

  it('the older versions come a page at a time, newest first, each with its sign-offs', async () => {
    const count = TOTAL + 1;
    const first = await versionsPage('?page=1&pageSize=10');
    expect(first.statusCode, first.body).toBe(200);
    const p1 = first.json<Page>();
    expect(p1).toMatchObject({ total: count, page: 1, pageSize: 10 });
    const view = (await t.app.inject({ method: 'GET', url: longUrl(), headers: prof.headers })).json();
    expect(p1.items).toEqual(view.versions); // page 1 is what the view carries
    const p2 = (await versionsPage('?page=2&pageSize=10')).json<Page>();
    expect(numbers(p2.items)).toEqual(range(count - 10, count - 19));
    const p3 = (await versionsPage('?page=3&pageSize=10')).json<Page>();
    expect(numbers(p3.items)).toEqual(range(count - 20, 1));
    expect(p3.items.find((h) => h.version === SIGNED)?.signOffs).toEqual([
      expect.objectContaining({ version: SIGNED, signedByName: 'Moeder', signedOn: TODAY }),
    ]);
    expect(p3.items.filter((h) => h.version !== SIGNED).flatMap((h) => h.signOffs)).toEqual([]);
    // All pages together: every version exactly once.
    expect([...p1.items, ...p2.items, ...p3.items].map((h) => h.version)).toEqual(range(count, 1));
    // Past the end: no items, the real total.
    expect((await versionsPage('?page=4&pageSize=10')).json<Page>()).toEqual({
      items: [],
      total: count,
      page: 4,
      pageSize: 10,
    });
    // Defaults: page 1 of 25.
    const all = (await versionsPage('')).json<Page>();
    expect(all).toMatchObject({ total: count, page: 1, pageSize: 25 });
    expect(numbers(all.items)).toEqual(range(count, 1));
    const odd = (await versionsPage('?page=2&pageSize=7')).json<Page>();
    expect(numbers(odd.items)).toEqual(range(count - 7, count - 13));
  });

  it('a plan without versions has an empty first page', async () => {
    const db = t.db.kysely;
    const r = await buildUser(db, ['professional']);
    const s = await login(t.app, r.username);
    const fam = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: r.id });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/families/${fam.familyId}/plan/versions`,
      headers: s.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ items: [], total: 0, page: 1, pageSize: 25 });
    const plan = await t.app.inject({ method: 'GET', url: `/api/families/${fam.familyId}/plan`, headers: s.headers });
    expect(plan.json()).toMatchObject({ versions: [], versionCount: 0 });
  });

  it('bad paging is a 400 with the field named; the family login is refused (403); the read is audited', async () => {
    for (const [query, path] of [
      ['?page=0', 'page'],
      ['?pageSize=101', 'pageSize'],
      ['?page=abc', 'page'],
      ['?page=1e3', 'page'],
      ['?sort=oldest', ''],
    ] as const) {
      const res = await versionsPage(query);
      expect(res.statusCode, `${query} → ${res.body}`).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const problem = res.json<{ code: string; errors?: Array<{ path: string }>; messages: { nl: string } }>();
      expect(typeof problem.code).toBe('string');
      expect(problem.messages.nl.length).toBeGreaterThan(0);
      if (path) expect(problem.errors?.map((e) => e.path).join(' '), query).toContain(path);
    }
    const db = t.db.kysely;
    const portal = await buildUser(db, ['family']);
    await db.insertInto('family_account').values({ user_id: portal.id, family_id: longId }).execute();
    const family = await login(t.app, portal.username);
    expect((await versionsPage('?page=2&pageSize=10', family)).statusCode).toBe(403);
    const audited = await db
      .selectFrom('audit_event')
      .select(['outcome', 'actor_role', 'data_description'])
      .where('subject_id', '=', longId)
      .where('action', '=', 'read')
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    expect(audited).toEqual([
      { outcome: 'denied', actor_role: 'family', data_description: expect.stringContaining('portal') },
      { outcome: 'allowed', actor_role: 'professional', data_description: 'plan' },
    ]);
  });
});
