// The escalation paths of a functional administrator toward case content, each closed: own roles and
// memberships are refused, a granting change waits for a second person (never the requester or the
// account itself), a password reset gives the administrator nothing to log in with, and the
// privacy officer sees every privileged change with who asked and who decided.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, testConfig, TEST_PASSWORD, type Session, type TestApp } from '../../test-support/app.js';
import { countDenied } from '../../test-support/audit.js';
import { addToTeam, buildOrganisation, buildTeam, buildUser, ensureGeography } from '../../test-support/factories.js';
import { droppedMails, lastTokenTo, newMailDropDir } from '../../test-support/mail-drop.js';

let t: TestApp;
let admin: Session;
let admin2: Session;
let adminId: string;
let admin2Id: string;
let officer: Session;
const drop = newMailDropDir();

beforeAll(async () => {
  t = await createTestApp({ config: testConfig({ MAIL_DROP_DIR: drop }) });
  await ensureGeography(t.db.kysely);
  const a = await buildUser(t.db.kysely, ['admin']);
  const b = await buildUser(t.db.kysely, ['admin']);
  adminId = a.id;
  admin2Id = b.id;
  admin = await login(t.app, a.username);
  admin2 = await login(t.app, b.username);
  officer = await login(t.app, (await buildUser(t.db.kysely, ['privacy_officer'])).username);
});
afterAll(async () => {
  await t.close();
});

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const call = (method: Method, url: string, payload?: object, s: Session = admin) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: s.headers });

async function userRow(id: string) {
  return t.db.kysely
    .selectFrom('app_user')
    .select(['roles', 'version', 'email', 'password_hash', 'totp_enabled'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

async function pendingChangeFor(targetUserId: string) {
  return t.db.kysely
    .selectFrom('privileged_change')
    .select(['id', 'kind', 'status', 'requested_by'])
    .where('target_user_id', '=', targetUserId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
}

describe('an administrator cannot give itself access to case content', () => {
  it.each([
    ['professional', ['admin', 'professional']],
    ['team_lead', ['admin', 'team_lead']],
    ['privacy_officer', ['admin', 'privacy_officer']],
  ])('refuses its own %s role with own_account_change, audited', async (_role, roles) => {
    const before = await countDenied(t.db.kysely);
    const { version } = await userRow(adminId);
    const res = await call('PATCH', `/api/admin/users/${adminId}`, { version, roles });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('own_account_change');
    expect((await userRow(adminId)).roles).toEqual(['admin']);
    expect(await countDenied(t.db.kysely)).toBe(before + 1);
    expect(
      await t.db.kysely.selectFrom('privileged_change').select('id').where('target_user_id', '=', adminId).execute(),
    ).toEqual([]);
  });

  it('refuses adding itself to a team, as member or lead', async () => {
    const team = await buildTeam(t.db.kysely);
    for (const isLead of [false, true]) {
      const res = await call('POST', `/api/admin/teams/${team}/members`, { userId: adminId, isLead });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('own_account_change');
    }
    const rows = await t.db.kysely
      .selectFrom('team_membership')
      .select('user_id')
      .where('team_id', '=', team)
      .execute();
    expect(rows).toEqual([]);
  });

  it('refuses setting its own coordinator area and resetting its own second factor or password', async () => {
    expect(
      (
        await call('PUT', `/api/support-families/coordinators/${adminId}/area`, {
          municipalities: ['0193'],
          regions: [],
        })
      ).json().code,
    ).toBe('own_account_change');
    expect((await call('POST', `/api/admin/users/${adminId}/totp-reset`)).json().code).toBe('own_account_change');
    expect((await call('POST', `/api/admin/users/${adminId}/password-reset`)).json().code).toBe('own_account_change');
  });
});

describe('a granting change takes effect only after a second person approves', () => {
  it('a care role for another account: pending, not approvable by the requester or the account, effective after the second admin', async () => {
    const colleague = await buildUser(t.db.kysely, ['signaller']);
    const s = await login(t.app, colleague.username);
    const res = await call('PATCH', `/api/admin/users/${colleague.id}`, {
      version: 1,
      roles: ['signaller', 'professional'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().roles).toEqual(['signaller']);
    expect(res.json().pendingChanges).toEqual([
      expect.objectContaining({ kind: 'user_roles', summary: 'roles: +professional' }),
    ]);
    expect((await call('GET', '/api/auth/me', undefined, s)).json().user.roles).toEqual(['signaller']);

    const change = await pendingChangeFor(colleague.id);
    const own = await call('POST', `/api/privileged-changes/${change.id}/approve`, {});
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('privileged_change_own_request');
    expect((await userRow(colleague.id)).roles).toEqual(['signaller']);
    // Approvers are told in the app; the requester is not asked to approve their own request.
    const inbox2 = (await call('GET', '/api/inbox', undefined, admin2)).json();
    expect(inbox2.items.some((i: { kind: string }) => i.kind === 'privileged_change_pending')).toBe(true);

    const ok = await call(
      'POST',
      `/api/privileged-changes/${change.id}/approve`,
      { note: 'nieuwe collega wijkteam' },
      admin2,
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved', decidedBy: { displayName: expect.any(String) } });
    expect((await userRow(colleague.id)).roles).toEqual(['signaller', 'professional']);
    const again = await call('POST', `/api/privileged-changes/${change.id}/reject`, {}, admin2);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('privileged_change_decided');
  });

  it('nobody approves a change of their own access, and the database refuses it too', async () => {
    // admin2 asks for privacy_officer on admin; admin is the account it is about.
    const { version } = await userRow(adminId);
    expect(
      (await call('PATCH', `/api/admin/users/${adminId}`, { version, roles: ['admin', 'privacy_officer'] }, admin2))
        .statusCode,
    ).toBe(200);
    const change = await pendingChangeFor(adminId);
    const res = await call('POST', `/api/privileged-changes/${change.id}/approve`, {});
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('privileged_change_own_access');
    expect((await userRow(adminId)).roles).toEqual(['admin']);
    await expect(
      t.db.kysely
        .updateTable('privileged_change')
        .set({ status: 'approved', decided_by: adminId, decided_at: new Date() })
        .where('id', '=', change.id)
        .execute(),
    ).rejects.toThrow();
    expect(
      (
        await call(
          'POST',
          `/api/privileged-changes/${change.id}/reject`,
          {},
          await login(t.app, (await buildUser(t.db.kysely, ['admin'])).username),
        )
      ).statusCode,
    ).toBe(200);
  });

  it('a new account with a care role: no admin password, roles pending, a one-time link to the user', async () => {
    const org = await buildOrganisation(t.db.kysely);
    const withPassword = await call('POST', '/api/admin/users', {
      username: 'zelf.gekozen',
      displayName: 'Zelf Gekozen',
      email: 'zelf@example.invalid',
      homeOrganisationId: org,
      roles: ['professional'],
      password: 'het-wachtwoord-van-de-beheerder',
    });
    expect(withPassword.statusCode).toBe(422);
    expect(withPassword.json().code).toBe('admin_password_not_allowed');
    const res = await call('POST', '/api/admin/users', {
      username: 'zelf.gekozen',
      displayName: 'Zelf Gekozen',
      email: 'zelf@example.invalid',
      homeOrganisationId: org,
      roles: ['professional', 'signaller'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      roles: ['signaller'],
      pendingChanges: [expect.objectContaining({ summary: 'roles: +professional' })],
    });
    const outbox = (await call('GET', '/api/admin/outbox')).json();
    const mail = outbox.items.find((m: { to: string }) => m.to === 'zelf@example.invalid');
    expect(mail).toMatchObject({ redacted: true });
    expect(mail.body).toContain('token=[verwijderd]');
    const token = lastTokenTo(drop, 'zelf@example.invalid');
    expect(mail.body).not.toContain(token);
    const set = await t.app.inject({
      method: 'POST',
      url: '/api/public/password',
      payload: { token, password: 'mijn-eigen-wachtwoord' },
    });
    expect(set.statusCode).toBe(204);
    await login(t.app, 'zelf.gekozen', 'mijn-eigen-wachtwoord');
  });

  it('an e-mail change of a privileged account waits (else: change it to your own address, then reset)', async () => {
    const prof = await buildUser(t.db.kysely, ['professional'], { email: 'echt@example.invalid' });
    const res = await call('PATCH', `/api/admin/users/${prof.id}`, {
      version: 1,
      email: 'beheerder@example.invalid',
      displayName: 'Nieuwe Naam',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ email: 'echt@example.invalid', displayName: 'Nieuwe Naam' });
    expect((await pendingChangeFor(prof.id)).kind).toBe('user_profile');
    expect((await call('POST', `/api/admin/users/${prof.id}/password-reset`)).statusCode).toBe(204);
    expect(droppedMails(drop, 'beheerder@example.invalid')).toEqual([]);
    expect(droppedMails(drop, 'echt@example.invalid')).toHaveLength(1);
  });

  it('team membership: the lead of that team may approve, a lead of another team may not', async () => {
    const team = await buildTeam(t.db.kysely);
    const otherTeam = await buildTeam(t.db.kysely);
    const lead = await buildUser(t.db.kysely, ['professional', 'team_lead']);
    const otherLead = await buildUser(t.db.kysely, ['professional', 'team_lead']);
    await addToTeam(t.db.kysely, team, lead.id, true);
    await addToTeam(t.db.kysely, otherTeam, otherLead.id, true);
    const newcomer = await buildUser(t.db.kysely, ['professional']);
    const asked = await call('POST', `/api/admin/teams/${team}/members`, { userId: newcomer.id });
    expect(asked.statusCode).toBe(202);
    expect(asked.json().pendingMembers).toEqual([expect.objectContaining({ userId: newcomer.id })]);
    const change = await pendingChangeFor(newcomer.id);
    const leadSession = await login(t.app, lead.username);
    const otherSession = await login(t.app, otherLead.username);
    expect((await call('GET', '/api/privileged-changes?status=pending', undefined, leadSession)).json().items).toEqual([
      expect.objectContaining({ id: change.id, canDecide: true }),
    ]);
    expect((await call('GET', '/api/privileged-changes', undefined, otherSession)).json().items).toEqual([]);
    expect((await call('POST', `/api/privileged-changes/${change.id}/approve`, {}, otherSession)).statusCode).toBe(403);
    expect(
      await t.db.kysely.selectFrom('team_membership').select('user_id').where('user_id', '=', newcomer.id).execute(),
    ).toEqual([]);
    expect((await call('POST', `/api/privileged-changes/${change.id}/approve`, {}, leadSession)).statusCode).toBe(200);
    expect(
      await t.db.kysely.selectFrom('team_membership').select('team_id').where('user_id', '=', newcomer.id).execute(),
    ).toEqual([{ team_id: team }]);
    // Taking access away needs no second person, and is recorded.
    expect((await call('DELETE', `/api/admin/teams/${team}/members/${newcomer.id}`)).statusCode).toBe(204);
    const removal = await t.db.kysely
      .selectFrom('privileged_change')
      .select(['status', 'decided_by'])
      .where('target_user_id', '=', newcomer.id)
      .where('status', '=', 'applied')
      .executeTakeFirstOrThrow();
    expect(removal).toEqual({ status: 'applied', decided_by: null });
  });

  it('a wider coordinator area waits; a narrower one is at once', async () => {
    const coordinator = await buildUser(t.db.kysely, ['coordinator']);
    const url = `/api/support-families/coordinators/${coordinator.id}/area`;
    const wider = await call('PUT', url, { municipalities: ['0193'], regions: [] });
    expect(wider.statusCode).toBe(200);
    expect(wider.json()).toMatchObject({ municipalities: [], pending: { municipalities: ['0193'] } });
    const change = await pendingChangeFor(coordinator.id);
    expect((await call('POST', `/api/privileged-changes/${change.id}/approve`, {}, admin2)).statusCode).toBe(200);
    expect((await call('GET', url)).json()).toMatchObject({ municipalities: ['0193'], pending: null });
    const narrower = await call('PUT', url, { municipalities: [], regions: [] });
    expect(narrower.statusCode).toBe(200);
    expect(narrower.json()).toMatchObject({ municipalities: [], pending: null });
  });

  it('a second-factor reset goes through the same two-person path', async () => {
    const prof = await buildUser(t.db.kysely, ['professional']);
    await t.db.kysely
      .updateTable('app_user')
      .set({ totp_enabled: true, totp_secret_enc: 'x' })
      .where('id', '=', prof.id)
      .execute();
    const res = await call('POST', `/api/admin/users/${prof.id}/totp-reset`);
    expect(res.statusCode).toBe(202);
    expect((await userRow(prof.id)).totp_enabled).toBe(true);
    const change = await pendingChangeFor(prof.id);
    expect((await call('POST', `/api/privileged-changes/${change.id}/approve`, {})).statusCode).toBe(403);
    expect((await call('POST', `/api/privileged-changes/${change.id}/approve`, {}, admin2)).statusCode).toBe(200);
    expect((await userRow(prof.id)).totp_enabled).toBe(false);
  });
});

describe('a password reset gives the administrator nothing to log in with', () => {
  it('the old password stops working, the link is in neither the response nor the outbox, and works once', async () => {
    const prof = await buildUser(t.db.kysely, ['professional'], { email: 'reset.me@example.invalid' });
    const s = await login(t.app, prof.username);
    const res = await call('POST', `/api/admin/users/${prof.id}/password-reset`);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect((await call('GET', '/api/auth/me', undefined, s)).statusCode).toBe(401);
    const oldLogin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: prof.username, password: TEST_PASSWORD },
    });
    expect(oldLogin.statusCode).toBe(401);
    // The admin cannot set a password any more.
    const set = await call('POST', `/api/admin/users/${prof.id}/password`, { password: 'door-de-beheerder-gekozen' });
    expect(set.statusCode).toBe(404);

    const token = lastTokenTo(drop, 'reset.me@example.invalid');
    const outbox = JSON.stringify((await call('GET', '/api/admin/outbox')).json());
    expect(outbox).toContain('reset.me@example.invalid');
    expect(outbox).not.toContain(token);
    const stored = await t.db.kysely
      .selectFrom('mail_outbox')
      .select('body_text')
      .where('to_address', '=', 'reset.me@example.invalid')
      .execute();
    for (const m of stored) expect(m.body_text).not.toContain(token);

    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/public/password',
      payload: { token, password: 'kort' },
    });
    expect(weak.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/public/password',
      payload: { token, password: 'een-nieuw-eigen-wachtwoord' },
    });
    expect(ok.statusCode).toBe(204);
    await login(t.app, prof.username, 'een-nieuw-eigen-wachtwoord');
    const reuse = await t.app.inject({
      method: 'POST',
      url: '/api/public/password',
      payload: { token, password: 'nog-een-ander-wachtwoord' },
    });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().code).toBe('password_link_invalid');
  });

  it('an expired link is refused', async () => {
    const prof = await buildUser(t.db.kysely, ['professional'], { email: 'verlopen@example.invalid' });
    expect((await call('POST', `/api/admin/users/${prof.id}/password-reset`)).statusCode).toBe(204);
    const token = lastTokenTo(drop, 'verlopen@example.invalid');
    await t.db.kysely
      .updateTable('password_link')
      .set({ created_at: new Date(Date.now() - 3 * 86_400_000), expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', prof.id)
      .execute();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/password',
      payload: { token, password: 'een-nieuw-eigen-wachtwoord' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('password_link_invalid');
  });
});

describe('the privacy officer sees every privileged change', () => {
  it('is notified, and lists who asked, who decided and when', async () => {
    const inbox = (await call('GET', '/api/inbox', undefined, officer)).json();
    expect(inbox.items.some((i: { kind: string }) => i.kind === 'privileged_change_notice')).toBe(true);
    const res = await call('GET', '/api/audit/privileged-changes', undefined, officer);
    expect(res.statusCode).toBe(200);
    const approved = res
      .json()
      .items.find((c: { status: string; kind: string }) => c.status === 'approved' && c.kind === 'user_roles');
    expect(approved).toMatchObject({
      requestedBy: { username: expect.any(String) },
      decidedBy: { username: expect.any(String) },
      requestedAt: expect.any(String),
      decidedAt: expect.any(String),
    });
    expect(approved.requestedBy.username).not.toBe(approved.decidedBy.username);
    expect((await call('GET', '/api/audit/privileged-changes')).statusCode).toBe(403);
    expect(admin2Id).not.toBe(adminId);
  });
});
