import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import {
  addToTeam,
  buildFamilyWithTrajectory,
  buildOrganisation,
  buildPerson,
  buildTeam,
  buildUser,
} from '../../test-support/factories.js';
import { canMove, nextStatuses } from './status-flow.js';
import { fixClock, restoreClock } from '../../test-support/clock.js';

let t: TestApp;
let team: string;
let regisseur: { id: string; username: string };
let colleague: { id: string; username: string };
let s: Session;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  team = await buildTeam(db);
  regisseur = await buildUser(db, ['professional']);
  colleague = await buildUser(db, ['professional'], { organisationId: await buildOrganisation(db, 'care_provider') });
  await addToTeam(db, team, regisseur.id);
  await addToTeam(db, team, colleague.id);
  s = await login(t.app, regisseur.username);
});
afterEach(restoreClock);
afterAll(async () => {
  await t.close();
});

const post = (url: string, payload: object, session: Session = s) =>
  t.app.inject({ method: 'POST', url, payload, headers: session.headers });
const family = (status: 'registered' | 'in_progress' = 'registered') =>
  buildFamilyWithTrajectory(t.db.kysely, { teamId: team, regisseurId: regisseur.id, status });

describe('the status flow', () => {
  it('goes one step forward at a time, back only from evaluation to in progress, and closed is final', () => {
    expect(nextStatuses('registered')).toEqual(['intake']);
    expect(canMove('evaluation', 'in_progress')).toBe(true);
    expect(canMove('in_progress', 'plan')).toBe(false);
    expect(canMove('registered', 'plan')).toBe(false);
    expect(nextStatuses('closed')).toEqual([]);
  });

  it('walks registered → intake → plan → in progress → evaluation → in progress, refusing a skip, and keeps the history', async () => {
    const { trajectoryId } = await family();
    expect((await post(`/api/trajectories/${trajectoryId}/status`, { status: 'plan' })).json().code).toBe(
      'status_not_allowed',
    );
    for (const status of ['intake', 'plan', 'in_progress', 'evaluation', 'in_progress']) {
      const res = await post(`/api/trajectories/${trajectoryId}/status`, { status });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).toBe(status);
    }
    const history = await t.db.kysely
      .selectFrom('trajectory_status_change')
      .select(['from_status', 'to_status'])
      .where('trajectory_id', '=', trajectoryId)
      .orderBy('changed_at')
      .execute();
    expect(history.map((h) => h.to_status)).toEqual(['intake', 'plan', 'in_progress', 'evaluation', 'in_progress']);
    expect((await post(`/api/trajectories/${trajectoryId}/status`, { status: 'closed' })).statusCode).toBe(400);
  });

  it('closes with the national ending reason, satisfaction and managing-without-help; afterwards nothing can be written', async () => {
    const { trajectoryId } = await family('in_progress');
    expect(
      (await post(`/api/trajectories/${trajectoryId}/close`, { endingReason: '01', satisfaction: 8 })).statusCode,
    ).toBe(400);
    expect((await post(`/api/trajectories/${trajectoryId}/close`, { endingReason: '06' })).statusCode).toBe(400);
    const res = await post(`/api/trajectories/${trajectoryId}/close`, {
      endingReason: '03',
      satisfaction: 7,
      satisfactionInformant: 'parent',
      managingWithoutHelp: '02',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'closed',
      endingReason: '03',
      satisfaction: 7,
      satisfactionInformant: 'parent',
      managingWithoutHelp: '02',
      nextStatuses: [],
    });
    expect(res.json().closedAt).not.toBeNull();
    expect((await post(`/api/trajectories/${trajectoryId}/status`, { status: 'in_progress' })).statusCode).toBe(403);
    expect((await post(`/api/trajectories/${trajectoryId}/close`, { endingReason: '01' })).statusCode).toBe(403);
  });
});

describe('hand-over of the regisseur role', () => {
  it('is explicit, needs a note and a team colleague, keeps the history and notifies the successor', async () => {
    const { trajectoryId, familyId } = await family('in_progress');
    const outsider = await buildUser(t.db.kysely, ['professional']);
    expect(
      (
        await post(`/api/trajectories/${trajectoryId}/handover`, { toUserId: outsider.id, note: 'Neem jij het over?' })
      ).json().code,
    ).toBe('not_team_member');
    expect(
      (await post(`/api/trajectories/${trajectoryId}/handover`, { toUserId: colleague.id, note: 'x' })).statusCode,
    ).toBe(400);
    const res = await post(`/api/trajectories/${trajectoryId}/handover`, {
      toUserId: colleague.id,
      note: 'Moeder heeft meer klik met jou; schulden spelen.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().regisseur.userId).toBe(colleague.id);
    expect(res.json().handovers).toEqual([
      expect.objectContaining({ note: 'Moeder heeft meer klik met jou; schulden spelen.' }),
    ]);
    expect(res.json().members).toEqual(
      expect.arrayContaining([expect.objectContaining({ userId: regisseur.id, isRegisseur: false })]),
    );
    expect(res.json().regisseur.organisationName).toMatch(/Organisatie/);
    expect(
      (
        await post(`/api/trajectories/${trajectoryId}/handover`, { toUserId: colleague.id, note: 'Nog een keer' })
      ).json().code,
    ).toBe('already_regisseur');
    const audit = await t.db.kysely
      .selectFrom('audit_event')
      .select(['outcome', 'client_ref'])
      .where('event', '=', 'trajectory.handover')
      .where('outcome', '=', 'allowed')
      .execute();
    expect(audit.length).toBe(1);
    const note = await t.db.kysely
      .selectFrom('notification')
      .select('link')
      .where('user_id', '=', colleague.id)
      .where('kind', '=', 'regisseur_handover')
      .execute();
    expect(note).toEqual([{ link: `/families/${familyId}` }]);
  });

  it('adds a team colleague to the trajectory, and refuses someone outside the team', async () => {
    const { trajectoryId } = await family();
    const res = await post(`/api/trajectories/${trajectoryId}/members`, { userId: colleague.id });
    expect(res.json().members.map((m: { userId: string }) => m.userId)).toContain(colleague.id);
    expect(
      (
        await post(`/api/trajectories/${trajectoryId}/members`, {
          userId: (await buildUser(t.db.kysely, ['professional'])).id,
        })
      ).json().code,
    ).toBe('not_team_member');
  });
});

describe('the story, told once', () => {
  it('is versioned with author and time; a stale edit is refused', async () => {
    const { familyId } = await family();
    const put = (body: object) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/families/${familyId}/stories/story`,
        payload: body,
        headers: s.headers,
      });
    expect((await put({ body: "Wij zijn met z'n vieren.", toldBy: 'moeder', baseVersion: 0 })).json().version).toBe(1);
    expect((await put({ body: "Wij zijn met z'n vieren en oma helpt.", baseVersion: 1 })).json().version).toBe(2);
    const stale = await put({ body: 'Oude versie', baseVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    const dossier = (await t.app.inject({ url: `/api/families/${familyId}`, headers: s.headers })).json();
    expect(dossier.story).toMatchObject({
      version: 2,
      body: "Wij zijn met z'n vieren en oma helpt.",
      inOwnWords: true,
      author: expect.stringContaining('Testpersoon'),
    });
  });
});

describe('consent by age', () => {
  it('computes who must consent per child and whether each consent is complete', async () => {
    // The rule follows the age on the day: fixed, so the 2012 birth stays under 16 (it turns 16 in 2028).
    fixClock('2026-09-15T10:00:00Z');
    const { familyId } = await family();
    const mother = await buildPerson(t.db.kysely, familyId, { kind: 'parent', givenName: 'Moeder' });
    const father = await buildPerson(t.db.kysely, familyId, {
      kind: 'parent',
      givenName: 'Vader',
      hasAuthority: false,
    });
    const young = await buildPerson(t.db.kysely, familyId, {
      kind: 'child',
      givenName: 'Jong',
      birthDate: '2019-01-01',
    });
    const teen = await buildPerson(t.db.kysely, familyId, {
      kind: 'child',
      givenName: 'Puber',
      birthDate: '2012-01-01',
    });
    const org = await buildOrganisation(t.db.kysely, 'school');
    const partial = await post(`/api/families/${familyId}/consents`, {
      organisationId: org,
      scopes: ['story', 'plan'],
      givenOn: '2026-03-01',
      givenByPersonIds: [mother, father],
    });
    expect(partial.statusCode, partial.body).toBe(201);
    const overview = partial.json();
    expect(overview.children).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          personId: young,
          rule: 'parents',
          required: [{ personId: mother, name: expect.stringContaining('Moeder') }],
        }),
        expect.objectContaining({ personId: teen, rule: 'youth_and_parents' }),
      ]),
    );
    expect(overview.consents[0]).toMatchObject({
      complete: false,
      missing: [{ personId: teen, name: expect.stringContaining('Puber') }],
    });
    expect(overview.complete).toBe(false);
    const full = (
      await post(`/api/families/${familyId}/consents`, {
        organisationId: org,
        scopes: ['contact'],
        givenOn: '2026-03-02',
        givenByPersonIds: [mother, teen],
      })
    ).json();
    expect(full.consents.find((c: { scopes: string[] }) => c.scopes.includes('contact')).complete).toBe(true);
    const stranger = (await family()).familyId;
    const strangerPerson = await buildPerson(t.db.kysely, stranger, { kind: 'parent' });
    expect(
      (
        await post(`/api/families/${familyId}/consents`, {
          organisationId: org,
          scopes: ['plan'],
          givenOn: '2026-03-02',
          givenByPersonIds: [strangerPerson],
        })
      ).json().code,
    ).toBe('consent_giver_not_in_family');
  });
});
