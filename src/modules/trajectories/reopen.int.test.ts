// A family comes back: the real flow over HTTP (register, story, plan signed, close) and then a new
// trajectory for the same family record. The past stays, the timeline shows both openings, the
// caseload shows the new trajectory, and its plan deadline counts from its own start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { addToTeam, buildOrganisation, buildTeam, buildUser, ensureGeography } from '../../test-support/factories.js';
import { today as dutchDate } from '../../platform/clock.js';

let t: TestApp;
let regisseur: Session;
let pastMember: Session;
let colleague: Session;
let colleagueId = '';
let team = '';
let familyId = '';
let firstTrajectoryId = '';
const TODAY = dutchDate();
const request = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
const ok = async (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
  const res = await request(s, method, url, payload);
  expect(res.statusCode, `${method} ${url} ${res.body.slice(0, 300)}`).toBeLessThan(300);
  return res.json<Record<string, unknown> & { id: string }>();
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  await ensureGeography(db);
  team = await buildTeam(db);
  const [r, m, c] = [
    await buildUser(db, ['professional']),
    await buildUser(db, ['professional']),
    await buildUser(db, ['professional'], { organisationId: await buildOrganisation(db, 'care_provider') }),
  ];
  for (const u of [r, m, c]) await addToTeam(db, team, u.id);
  colleagueId = c.id;
  [regisseur, pastMember, colleague] = [
    await login(t.app, r.username),
    await login(t.app, m.username),
    await login(t.app, c.username),
  ];
  const created = await ok(regisseur, 'POST', '/api/families', {
    teamId: team,
    postcode: '8011 AB',
    houseNumber: '9',
    municipalityCode: '0193',
    members: [
      { kind: 'parent', givenName: 'Ilse', familyName: 'Terugkeer', birthDate: '1988-04-01', hasAuthority: true },
      { kind: 'child', givenName: 'Daan', familyName: 'Terugkeer', birthDate: '2015-06-07' },
    ],
    trajectory: { entryPoint: 'school', firstContactOn: '2026-01-10', memberIds: [m.id] },
  });
  familyId = created.id;
  firstTrajectoryId = created.trajectoryId as string;
  await ok(regisseur, 'PUT', `/api/families/${familyId}/stories/story`, {
    body: 'Wij redden het weer samen.',
    baseVersion: 0,
  });
  await ok(regisseur, 'PUT', `/api/families/${familyId}/plan`, {
    baseVersion: 0,
    content: { reviews: [{ date: '2026-03-01' }] },
  });
  await ok(regisseur, 'POST', `/api/families/${familyId}/plan/versions/1/sign-off`, {
    signedOn: '2026-02-01',
    signedByName: 'Ilse',
  });
  await ok(regisseur, 'POST', `/api/trajectories/${firstTrajectoryId}/close`, {
    endingReason: '01',
    satisfaction: 8,
    satisfactionInformant: 'parent',
  });
  // The first trajectory ran early this year; the sign-off above belonged to it.
  await db
    .updateTable('trajectory')
    .set({ opened_at: new Date('2026-01-10T09:00:00Z') })
    .where('id', '=', firstTrajectoryId)
    .execute();
});
afterAll(async () => {
  await t.close();
});

describe('a family whose trajectory was closed comes back', () => {
  it('before: the past people see the closed dossier read-only, and are offered a new trajectory', async () => {
    const dossier = await ok(pastMember, 'GET', `/api/families/${familyId}`);
    expect(dossier.emergency).toBe(false);
    expect(dossier.abilities).toEqual({ edit: false, openTrajectory: true, readInvolvement: true });
  });

  it('opens a new trajectory on the same family record; the history stays', async () => {
    const res = await request(colleague, 'POST', `/api/families/${familyId}/trajectories`, {
      teamId: team,
      entryPoint: 'self_referral',
      firstContactOn: TODAY,
    });
    expect(res.statusCode, 'the colleague never knew this family').toBe(403);

    const opened = await ok(regisseur, 'POST', `/api/families/${familyId}/trajectories`, {
      teamId: team,
      entryPoint: 'self_referral',
      firstContactOn: TODAY,
      memberIds: [colleagueId],
    });
    expect(opened.familyId).toBe(familyId);
    const again = await request(regisseur, 'POST', `/api/families/${familyId}/trajectories`, {
      teamId: team,
      entryPoint: 'other',
      firstContactOn: TODAY,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'trajectory_still_open',
      detail: expect.stringContaining('open traject'),
    });

    const dossier = await ok(regisseur, 'GET', `/api/families/${familyId}`);
    expect(dossier.trajectory).toMatchObject({
      id: opened.id,
      status: 'registered',
      entryPoint: 'self_referral',
      firstContactOn: TODAY,
      closedAt: null,
      endingReason: null,
    });
    expect((dossier.trajectory as { members: Array<{ userId: string }> }).members.map((m) => m.userId)).toContain(
      colleagueId,
    );
    expect(dossier.abilities).toMatchObject({ edit: true, openTrajectory: false });
    expect((dossier.members as unknown[]).length).toBe(2);
    expect(dossier.story).toMatchObject({ version: 1, body: 'Wij redden het weer samen.' });
    const old = await t.db.kysely
      .selectFrom('trajectory')
      .select(['status', 'ending_reason', 'satisfaction'])
      .where('id', '=', firstTrajectoryId)
      .executeTakeFirstOrThrow();
    expect(old).toEqual({ status: 'closed', ending_reason: '01', satisfaction: 8 });
    const plan = await ok(regisseur, 'GET', `/api/families/${familyId}/plan`);
    expect((plan.versions as unknown[]).length).toBe(1);
  });

  it('keeps the family policy: a past member outside the new trajectory reads but does not write', async () => {
    const dossier = await ok(pastMember, 'GET', `/api/families/${familyId}`);
    // The dossier must not offer what the save refuses (it did: edit true, then a 403 on every save).
    expect(dossier.abilities).toMatchObject({ edit: false, openTrajectory: false });
    const write = await request(pastMember, 'PUT', `/api/families/${familyId}/stories/story`, {
      body: 'Nieuwe versie',
      baseVersion: 1,
    });
    expect(write.statusCode).toBe(403);
    expect(
      (
        await request(colleague, 'PUT', `/api/families/${familyId}/stories/intake`, {
          body: 'Intake bij terugkeer',
          baseVersion: 0,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('the timeline shows both openings and the closing in between', async () => {
    const { events } = (await ok(regisseur, 'GET', `/api/families/${familyId}/timeline`)) as unknown as {
      events: Array<{ kind: string; params: Record<string, unknown>; actor: string | null }>;
    };
    const trajectoryEvents = events.filter((e) => e.kind === 'trajectory_opened' || e.kind === 'trajectory_closed');
    expect(trajectoryEvents.map((e) => [e.kind, e.params.entryPoint ?? e.params.endingReason])).toEqual([
      ['trajectory_opened', 'self_referral'],
      ['trajectory_closed', '01'],
      ['trajectory_opened', 'school'],
    ]);
    expect(trajectoryEvents[0]?.actor).toMatch(/Testpersoon/);
  });

  it('the caseload shows the new trajectory, and the plan deadline counts from its start, not from the old sign-off', async () => {
    for (const s of [regisseur, colleague]) {
      const { items } = (await ok(s, 'GET', '/api/me/caseload')) as unknown as {
        items: Array<{
          familyId: string;
          trajectoryStatus: string;
          myRole: string;
          deadline: { state: string; dueOn: string };
        }>;
      };
      const mine = items.filter((i) => i.familyId === familyId);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        trajectoryStatus: 'registered',
        myRole: s === regisseur ? 'regisseur' : 'member',
        deadline: { state: 'on_track' },
      });
    }
    expect(
      ((await ok(pastMember, 'GET', '/api/me/caseload')).items as Array<{ familyId: string }>).map((i) => i.familyId),
    ).not.toContain(familyId);
    const plan = await ok(regisseur, 'GET', `/api/families/${familyId}/plan`);
    expect(plan.deadline).toMatchObject({
      state: 'on_track',
      startedOn: TODAY,
      firstSignedOn: null,
      daysLeft: 42,
      currentVersion: 1,
      currentSigned: false,
    });
    const deadlines = await ok(regisseur, 'GET', '/api/me/plan-deadlines');
    expect(
      (deadlines.items as Array<{ familyId: string; deadline: { state: string } }>).find((i) => i.familyId === familyId)
        ?.deadline.state,
    ).toBe('on_track');
    // A new agreement meets the new deadline.
    await ok(regisseur, 'POST', `/api/families/${familyId}/plan/versions/1/sign-off`, {
      signedOn: TODAY,
      signedByName: 'Ilse',
    });
    expect((await ok(regisseur, 'GET', `/api/families/${familyId}/plan`)).deadline).toMatchObject({
      state: 'met',
      firstSignedOn: TODAY,
      currentSigned: true,
    });
  });
});
