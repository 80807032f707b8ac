// Registering involvement and matching: same youth, same address, same parent; who is notified
// (registrants and the coordinator: inbox + content-free mail), the coordinator's "contact made",
// informing by age, withdrawal, and "who is involved" in the family dossier.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../test-support/app.js';
import {
  buildFamilyWithTrajectory,
  buildPerson,
  buildTeam,
  buildUser,
  ensureGeography,
} from '../../test-support/factories.js';
import { buildRegistrant, nextBsn, registration, type Registrant } from '../../test-support/involvement.js';
import { fixClock, restoreClock } from '../../test-support/clock.js';

let t: TestApp;
let coordinator: { id: string; username: string };
beforeAll(async () => {
  t = await createTestApp();
  await ensureGeography(t.db.kysely);
  coordinator = await buildUser(t.db.kysely, ['professional'], { email: 'coord@example.test' });
  await t.db.kysely
    .insertInto('involvement_coordinator')
    .values({ municipality_code: '0193', user_id: coordinator.id, set_by: coordinator.id })
    .onConflict((oc) => oc.doNothing())
    .execute();
});
afterEach(restoreClock);
afterAll(async () => {
  await t.close();
});

const register = (r: Registrant, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/involvement/registrations', headers: r.session.headers, payload });
const inbox = (userId: string, kind: string) =>
  t.db.kysely
    .selectFrom('notification')
    .select('link')
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .execute();

describe('referral index: registration and matches', () => {
  it('matches a school and a GP on the same young person and notifies both and the coordinator, with contact details only', async () => {
    const school = await buildRegistrant(t, 'school');
    const gp = await buildRegistrant(t, 'gp_practice', ['professional']);
    const bsn = nextBsn();
    const first = await register(school, registration(bsn));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json<{ matches: unknown[] }>().matches).toEqual([]);
    expect(first.body).not.toContain(bsn);

    const second = await register(
      gp,
      registration(bsn, { riskGround: 'b', contactName: 'Huisarts Jansen', contactPhone: '038-7654321' }),
    );
    expect(second.statusCode, second.body).toBe(201);
    const { matches } = second.json<{ matches: Array<{ id: string; kind: string; created: boolean }> }>();
    expect(matches).toEqual([{ id: expect.any(String), kind: 'youth', created: true }]);
    const link = `/involvement/matches/${matches[0]?.id}`;
    expect(await inbox(school.id, 'involvement_match')).toEqual([{ link }]);
    expect(await inbox(gp.id, 'involvement_match')).toEqual([{ link }]);
    expect(await inbox(coordinator.id, 'involvement_match_coordinator')).toContainEqual({ link });
    expect(await inbox(coordinator.id, 'involvement_match')).not.toContainEqual({ link }); // one notice each
    const mails = await t.db.kysely.selectFrom('job').select('payload').where('kind', '=', 'mail.new_item').execute();
    expect(mails.map((m) => (m.payload as { userId: string }).userId)).toEqual(
      expect.arrayContaining([school.id, gp.id, coordinator.id]),
    );

    const view = await t.app.inject({
      method: 'GET',
      url: `/api/involvement/matches/${matches[0]?.id}`,
      headers: school.session.headers,
    });
    expect(view.statusCode).toBe(200);
    const match = view.json<{
      parties: Array<{ contactName: string; mine: boolean }>;
      abilities: { recordContact: boolean };
      coordinator: { source: string };
      child: unknown;
    }>();
    // Which child: the school's own registration gives the birth date; no dossier, so no name.
    expect(match.child).toEqual({ name: null, familyId: null, familyReference: null, birthDate: '2014-05-06' });
    expect(match.parties.map((p) => [p.contactName, p.mine])).toEqual([
      ['Mentor De Vries', true],
      ['Huisarts Jansen', false],
    ]);
    expect(match.abilities.recordContact).toBe(false);
    expect(match.coordinator.source).toBe('municipality');
    expect(view.body).not.toContain(bsn);
    expect(view.body).not.toMatch(/riskGround|"b"/);
  });

  it('matches on the same address and on the same parent, but not within one organisation', async () => {
    const police = await buildRegistrant(t, 'police');
    const clinic = await buildRegistrant(t, 'child_health_clinic');
    const address = { postcode: '8011 AB', houseNumber: '12a' };
    expect(
      (await register(police, registration(nextBsn(), { postcode: '8011AB', houseNumber: '12A' }))).statusCode,
    ).toBe(201);
    const sameOrg = await register(police, registration(nextBsn(), address));
    expect(sameOrg.json<{ matches: unknown[] }>().matches).toEqual([]);
    const other = await register(clinic, registration(nextBsn(), { ...address, birthDate: '2024-01-01' }));
    expect(other.json<{ matches: Array<{ kind: string }> }>().matches.map((m) => m.kind)).toEqual(['address']);

    const parentBsn = nextBsn();
    expect(
      (await register(police, registration(nextBsn(), { parentBsn }))).json<{ matches: unknown[] }>().matches,
    ).toEqual([]);
    const viaParent = await register(clinic, registration(nextBsn(), { parentBsn }));
    expect(viaParent.json<{ matches: Array<{ kind: string }> }>().matches.map((m) => m.kind)).toEqual(['parent']);
  });

  it('makes the regisseur of an open trajectory the coordinator, who records that contact was made', async () => {
    const db = t.db.kysely;
    const regisseur = await buildUser(db, ['professional']);
    const { familyId } = await buildFamilyWithTrajectory(db, {
      teamId: await buildTeam(db),
      regisseurId: regisseur.id,
    });
    const bsn = nextBsn();
    await buildPerson(db, familyId, { kind: 'child', bsn, appSecret: t.config.appSecret, givenName: 'Sem' });
    const school = await buildRegistrant(t, 'school');
    const gp = await buildRegistrant(t, 'gp_practice');
    await register(school, registration(bsn));
    const { matches } = (await register(gp, registration(bsn))).json<{ matches: Array<{ id: string }> }>();
    const id = matches[0]?.id ?? '';
    expect(await inbox(regisseur.id, 'involvement_match_coordinator')).toEqual([
      { link: `/involvement/matches/${id}` },
    ]);
    // The municipality's match coordinator is informed too, and the regisseur gets no second notice.
    expect(await inbox(coordinator.id, 'involvement_match')).toContainEqual({ link: `/involvement/matches/${id}` });
    expect(await inbox(regisseur.id, 'involvement_match')).toEqual([]);

    const byParty = await t.app.inject({
      method: 'POST',
      url: `/api/involvement/matches/${id}/contact`,
      headers: school.session.headers,
      payload: {},
    });
    expect(byParty.statusCode).toBe(403);
    const s = await login(t.app, regisseur.username);
    const listed = await t.app.inject({ method: 'GET', url: '/api/involvement/matches', headers: s.headers });
    expect(listed.json<{ items: Array<{ id: string; abilities: { recordContact: boolean } }> }>().items).toContainEqual(
      expect.objectContaining({ id, abilities: { recordContact: true } }),
    );
    const recorded = await t.app.inject({
      method: 'POST',
      url: `/api/involvement/matches/${id}/contact`,
      headers: s.headers,
      payload: { note: 'Gebeld op 3 maart', method: 'phone' },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({
      contactNote: 'Gebeld op 3 maart',
      contactMethod: 'phone',
      coordinator: { source: 'regisseur' },
    });
    // The other parties see that, when and how contact was made — not the coordinator's note.
    const asParty = await t.app.inject({
      method: 'GET',
      url: `/api/involvement/matches/${id}`,
      headers: school.session.headers,
    });
    expect(asParty.json()).toMatchObject({
      contactNote: null,
      contactMethod: 'phone',
      contactRecordedAt: expect.any(String),
    });
    expect(asParty.body).not.toContain('Gebeld op 3 maart');

    // Who is involved, in the dossier, for those with dossier access.
    const involved = await t.app.inject({
      method: 'GET',
      url: `/api/families/${familyId}/involvement`,
      headers: s.headers,
    });
    expect(involved.statusCode).toBe(200);
    expect(involved.json<{ items: Array<{ personName: string; contactName: string }> }>().items).toHaveLength(2);
    expect(involved.body).not.toContain(bsn);
  });

  it('ignores a young person removed from a family: not in its dossier, its regisseur does not coordinate', async () => {
    const db = t.db.kysely;
    const regisseur = await buildUser(db, ['professional']);
    const { familyId } = await buildFamilyWithTrajectory(db, {
      teamId: await buildTeam(db),
      regisseurId: regisseur.id,
    });
    const bsn = nextBsn();
    const personId = await buildPerson(db, familyId, {
      kind: 'child',
      bsn,
      appSecret: t.config.appSecret,
      givenName: 'Vertrokken',
    });
    await db
      .updateTable('person')
      .set({ removed_on: '2025-01-01', removed_at: new Date(), removed_by: regisseur.id })
      .where('id', '=', personId)
      .execute();
    const school = await buildRegistrant(t, 'school');
    const gp = await buildRegistrant(t, 'gp_practice');
    await register(school, registration(bsn));
    const { matches } = (await register(gp, registration(bsn))).json<{ matches: Array<{ id: string }> }>();
    const match = await db
      .selectFrom('involvement_match')
      .select(['coordinator_id', 'coordinator_source'])
      .where('id', '=', matches[0]?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(match).toEqual({ coordinator_id: coordinator.id, coordinator_source: 'municipality' });
    expect(await inbox(regisseur.id, 'involvement_match_coordinator')).toEqual([]);
    const s = await login(t.app, regisseur.username);
    const involved = await t.app.inject({
      method: 'GET',
      url: `/api/families/${familyId}/involvement`,
      headers: s.headers,
    });
    expect(involved.statusCode).toBe(200);
    expect(involved.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('refuses a second registration by the same organisation, the over-23s and an invalid BSN; stores nothing', async () => {
    const school = await buildRegistrant(t, 'school');
    const bsn = nextBsn();
    expect((await register(school, registration(bsn))).statusCode).toBe(201);
    const again = await register(school, registration(bsn));
    expect([again.statusCode, again.json<{ code: string }>().code]).toEqual([409, 'already_registered']);
    const old = await register(school, registration(nextBsn(), { birthDate: '2000-01-01' }));
    expect([old.statusCode, old.json<{ code: string }>().code]).toEqual([400, 'registration_too_old']);
    const bad = await register(school, registration('123456789'));
    expect(bad.statusCode).toBe(400);
    const rows = await t.db.kysely
      .selectFrom('involvement_registration')
      .select('id')
      .where('organisation_id', '=', school.organisationId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('lists registrations whose informing is open with the audience by age, and lets the registrant mark it done', async () => {
    // The audience follows the age on the day: fixed, so the 2012 birth stays 14 (it turns 16 in 2028).
    fixClock('2026-09-15T10:00:00Z');
    const school = await buildRegistrant(t, 'school');
    const young = (await register(school, registration(nextBsn(), { birthDate: '2020-01-01' }))).json<{
      registration: { id: string; informing: { audience: string } };
    }>().registration;
    const teen = (await register(school, registration(nextBsn(), { birthDate: '2012-01-01' }))).json<{
      registration: { id: string; informing: { audience: string } };
    }>().registration;
    expect(young.informing.audience).toBe('parents');
    expect(teen.informing.audience).toBe('youth_and_parents');
    const open = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/involvement/registrations?informing=open',
          headers: school.session.headers,
        })
      )
        .json<{ items: Array<{ id: string }> }>()
        .items.map((i) => i.id)
        .sort();
    expect(await open()).toEqual([young.id, teen.id].sort());
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/involvement/registrations/${young.id}/informed`,
      headers: school.session.headers,
    });
    expect(done.statusCode).toBe(200);
    expect(await open()).toEqual([teen.id]);
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/involvement/registrations/${young.id}/informed`,
      headers: school.session.headers,
    });
    expect(twice.statusCode).toBe(409);
  });

  it('withdraws on request: out of the index, into the archive, and the match closes', async () => {
    const school = await buildRegistrant(t, 'school');
    const gp = await buildRegistrant(t, 'gp_practice');
    const bsn = nextBsn();
    const mine = (await register(school, registration(bsn))).json<{ registration: { id: string } }>().registration.id;
    const { matches } = (await register(gp, registration(bsn))).json<{ matches: Array<{ id: string }> }>();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/involvement/registrations/${mine}/withdraw`,
      headers: school.session.headers,
    });
    expect(res.statusCode).toBe(204);
    const archived = await t.db.kysely
      .selectFrom('involvement_archive')
      .select(['end_reason'])
      .where('id', '=', mine)
      .executeTakeFirst();
    expect(archived).toEqual({ end_reason: 'withdrawn' });
    const match = await t.db.kysely
      .selectFrom('involvement_match')
      .select('closed_at')
      .where('id', '=', matches[0]?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(match.closed_at).not.toBeNull();
    // The other organisation's next colleague registering hears of the archived one — once.
    const third = await buildRegistrant(t, 'police');
    expect((await register(third, registration(bsn))).json<{ historyNotice: boolean }>().historyNotice).toBe(true);
    const fourth = await buildRegistrant(t, 'veilig_thuis');
    expect((await register(fourth, registration(bsn))).json<{ historyNotice: boolean }>().historyNotice).toBe(false);
  });
});
