import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userHasRoleSql } from '../../platform/access/actor.js';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildOrganisation, buildUser, ensureGeography } from '../../test-support/factories.js';

let t: TestApp;
let admin: Session;
let admin2: Session;
beforeAll(async () => {
  t = await createTestApp();
  await ensureGeography(t.db.kysely);
  admin = await login(t.app, (await buildUser(t.db.kysely, ['admin'])).username);
  admin2 = await login(t.app, (await buildUser(t.db.kysely, ['admin'])).username);
});
afterAll(async () => {
  await t.close();
});

const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, s: Session = admin) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: s.headers });

describe('teams with members from several organisations', () => {
  it('creates a team for a municipality, adds a member from another organisation, and notifies them without personal data', async () => {
    const carrier = await buildOrganisation(t.db.kysely, 'neighbourhood_team_carrier');
    const school = await buildOrganisation(t.db.kysely, 'school');
    const member = await buildUser(t.db.kysely, ['professional'], {
      organisationId: school,
      email: 'leerkracht@example.invalid',
    });
    const created = await call('POST', '/api/admin/teams', {
      name: 'Buurtteam Binnenstad',
      type: 'neighbourhood_team',
      organisationId: carrier,
      municipalityCode: '0193',
      neighbourhoodCodes: ['BU01930000'],
    });
    expect(created.statusCode).toBe(201);
    const team = created.json();
    expect(team).toMatchObject({
      name: 'Buurtteam Binnenstad',
      municipality: { code: '0193', name: 'Zwolle' },
      neighbourhoods: [{ code: 'BU01930000' }],
      members: [],
    });
    const asked = await call('POST', `/api/admin/teams/${team.id}/members`, { userId: member.id });
    expect(asked.statusCode).toBe(202);
    expect(asked.json().members).toEqual([]);
    const [pending] = asked.json().pendingMembers;
    expect(pending).toMatchObject({ userId: member.id, isLead: false });
    // A membership gives access to the team's families: a second administrator approves it.
    const approved = await call('POST', `/api/privileged-changes/${pending.changeId}/approve`, {}, admin2);
    expect(approved.statusCode).toBe(200);
    const added = await call('GET', `/api/admin/teams/${team.id}`);
    const memberRow = added.json().members[0];
    expect(memberRow).toMatchObject({ userId: member.id, isLead: false });
    const schoolName = (
      await t.db.kysely.selectFrom('organisation').select('name').where('id', '=', school).executeTakeFirstOrThrow()
    ).name;
    expect(memberRow.organisationName).toBe(schoolName);

    const s = await login(t.app, member.username);
    const me = (await call('GET', '/api/auth/me', undefined, s)).json();
    expect(me.user.homeOrganisation.id).toBe(school);
    expect(me.user.teams).toEqual([expect.objectContaining({ id: team.id, organisationName: expect.any(String) })]);
    const inbox = (await call('GET', '/api/inbox', undefined, s)).json();
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]).toMatchObject({ kind: 'team_membership_added', readAt: null });

    expect(await t.worker.drain()).toBeGreaterThan(0);
    const mail = await t.db.kysely
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', 'leerkracht@example.invalid')
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.transport).toBe('local');
    expect(mail[0]?.body_text).not.toContain('Buurtteam');
    expect(mail[0]?.body_text).not.toContain(member.username);
    expect(
      (await call('GET', '/api/admin/outbox'))
        .json()
        .items.some((m: { to: string }) => m.to === 'leerkracht@example.invalid'),
    ).toBe(true);

    expect((await call('POST', `/api/inbox/${inbox.items[0].id}/read`, undefined, s)).statusCode).toBe(204);
    expect((await call('GET', '/api/inbox', undefined, s)).json().unread).toBe(0);
  });

  it("refuses a neighbourhood outside the team's municipality and writes nothing", async () => {
    const carrier = await buildOrganisation(t.db.kysely);
    const before = await t.db.kysely
      .selectFrom('team')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await call('POST', '/api/admin/teams', {
      name: 'Verkeerd',
      type: 'cjg',
      organisationId: carrier,
      municipalityCode: '0193',
      neighbourhoodCodes: ['BU01660000'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('neighbourhood_outside_municipality');
    const after = await t.db.kysely
      .selectFrom('team')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});

describe('users', () => {
  it('searches staff by name in a POST body, and refuses a name in the URL', async () => {
    const org = await buildOrganisation(t.db.kysely);
    const found = await buildUser(t.db.kysely, ['professional'], { organisationId: org, username: 'zoek.vanderberg' });
    await buildUser(t.db.kysely, ['professional'], { organisationId: org });
    const res = await call('POST', '/api/admin/users/search', { q: 'vanderBerg', organisationId: org });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((u: { id: string }) => u.id)).toEqual([found.id]);
    const all = await call('GET', `/api/admin/users?organisationId=${org}`);
    expect(all.statusCode).toBe(200);
    expect(all.json().total).toBe(2);
    expect((await call('GET', '/api/admin/users?q=vanderberg')).statusCode).toBe(400);
  });

  it('creates a user who can log in, and refuses a duplicate username with 409', async () => {
    const org = await buildOrganisation(t.db.kysely);
    const body = {
      username: 'nieuwe.collega',
      displayName: 'Nieuwe Collega',
      homeOrganisationId: org,
      roles: ['signaller', 'policy'],
      password: 'een-lang-wachtwoord',
    };
    const res = await call('POST', '/api/admin/users', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'nieuwe.collega', roles: ['signaller', 'policy'], version: 1 });
    expect(res.body).not.toContain('password');
    expect((await call('POST', '/api/admin/users', body)).statusCode).toBe(409);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'Nieuwe.Collega', password: 'een-lang-wachtwoord' },
        })
      ).statusCode,
    ).toBe(200);
  });

  it('refuses a stale edit with a clear conflict and keeps the newer data', async () => {
    const user = await buildUser(t.db.kysely, ['professional']);
    const first = await call('PATCH', `/api/admin/users/${user.id}`, { version: 1, displayName: 'Eerste wijziging' });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await call('PATCH', `/api/admin/users/${user.id}`, { version: 1, displayName: 'Late wijziging' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    expect((await call('GET', `/api/admin/users/${user.id}`)).json().displayName).toBe('Eerste wijziging');
  });

  it('deactivating a user ends their sessions; the last active admin cannot be removed', async () => {
    const user = await buildUser(t.db.kysely, ['professional']);
    const s = await login(t.app, user.username);
    expect((await call('PATCH', `/api/admin/users/${user.id}`, { version: 1, active: false })).statusCode).toBe(200);
    expect((await call('GET', '/api/auth/me', undefined, s)).statusCode).toBe(401);

    const admins = await t.db.kysely
      .selectFrom('app_user')
      .select(['id', 'version'])
      .where(userHasRoleSql('admin'))
      .where('active', '=', true)
      .execute();
    for (const a of admins.slice(1))
      await t.db.kysely.updateTable('app_user').set({ active: false }).where('id', '=', a.id).execute();
    const me = (await call('GET', '/api/auth/me')).json().user;
    const last = admins.find((a) => a.id === me.id) ?? admins[0];
    // The last admin cannot step down: nobody changes their own roles (and one admin must remain).
    const res = await call('PATCH', `/api/admin/users/${last?.id}`, {
      version: last?.version,
      roles: ['professional'],
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('own_account_change');
    expect((await call('GET', '/api/auth/me')).json().user.roles).toEqual(['admin']);
    for (const a of admins.slice(1))
      await t.db.kysely.updateTable('app_user').set({ active: true }).where('id', '=', a.id).execute();
  });

  it('requires an AGB code for care providers only', async () => {
    expect(
      (await call('POST', '/api/admin/organisations', { name: 'Zorg Zonder Code', type: 'care_provider' })).json().code,
    ).toBe('agb_required');
    expect(
      (
        await call('POST', '/api/admin/organisations', { name: 'School Met Code', type: 'school', agbCode: '12345678' })
      ).json().code,
    ).toBe('agb_not_allowed');
    const ok = await call('POST', '/api/admin/organisations', {
      name: 'Jeugdhulp Test',
      type: 'care_provider',
      agbCode: '98765432',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().agbCode).toBe('98765432');
  });

  it('audits admin actions with actor, role and what changed', async () => {
    const rows = await t.db.kysely
      .selectFrom('audit_event')
      .select(['event', 'outcome', 'actor_role', 'data_description'])
      .where('event', '=', 'team.member_requested')
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ outcome: 'allowed', actor_role: 'admin' });
  });
});
