import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { buildOrganisation, buildTeam, buildUser, ensureGeography } from '../../test-support/factories.js';
import { checkRouteMatrix, type RouteCase } from '../../test-support/access-matrix.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await ensureGeography(t.db.kysely);
});
afterAll(async () => {
  await t.close();
});

describe('administration routes: only admins, every denial audited', () => {
  it('follows the role matrix', async () => {
    const db = t.db.kysely;
    const org = await buildOrganisation(db);
    const team = await buildTeam(db);
    const target = await buildUser(db, ['professional']);
    const version = async () =>
      (await db.selectFrom('app_user').select('version').where('id', '=', target.id).executeTakeFirstOrThrow()).version;
    const admin = ['admin'] as const;
    const requester = await buildUser(db, ['admin']);
    const pendingChange = async () => {
      const someone = await buildUser(db, ['signaller'], { email: 'x@example.invalid' });
      const row = await db
        .insertInto('privileged_change')
        .values({
          kind: 'user_roles',
          target_user_id: someone.id,
          payload: JSON.stringify({ add: ['professional'] }),
          summary: 'roles: +professional',
          requested_by: requester.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    };
    const routes: RouteCase[] = [
      { method: 'GET', url: '/api/admin/users', allowed: admin },
      { method: 'POST', url: '/api/admin/users/search', payload: () => ({ q: 'nieuw' }), allowed: admin },
      {
        method: 'POST',
        url: '/api/admin/users',
        payload: () => ({
          username: `new.${randomUUID().slice(0, 8)}`,
          displayName: 'Nieuw',
          homeOrganisationId: org,
          email: 'nieuw@example.invalid',
          roles: ['professional'],
        }),
        allowed: admin,
      },
      { method: 'GET', url: `/api/admin/users/${target.id}`, allowed: admin },
      {
        method: 'PATCH',
        url: `/api/admin/users/${target.id}`,
        payload: async () => ({ version: await version(), displayName: 'Gewijzigd' }),
        allowed: admin,
      },
      { method: 'POST', url: `/api/admin/users/${target.id}/password-reset`, allowed: admin },
      {
        method: 'POST',
        url: async () => {
          await db.updateTable('app_user').set({ totp_enabled: true }).where('id', '=', target.id).execute();
          await db
            .deleteFrom('privileged_change')
            .where('target_user_id', '=', target.id)
            .where('kind', '=', 'totp_reset')
            .execute();
          return `/api/admin/users/${target.id}/totp-reset`;
        },
        allowed: admin,
      },
      { method: 'GET', url: '/api/privileged-changes', allowed: ['admin', 'team_lead'] },
      // A fresh pending change per call, asked by another administrator: only an admin may decide.
      {
        method: 'POST',
        url: async () => `/api/privileged-changes/${await pendingChange()}/approve`,
        payload: () => ({}),
        allowed: admin,
      },
      {
        method: 'POST',
        url: async () => `/api/privileged-changes/${await pendingChange()}/reject`,
        payload: () => ({}),
        allowed: admin,
      },
      { method: 'POST', url: `/api/admin/users/${target.id}/unlock`, allowed: admin },
      { method: 'GET', url: '/api/admin/organisations', allowed: admin },
      {
        method: 'POST',
        url: '/api/admin/organisations',
        payload: () => ({ name: `Org ${randomUUID()}`, type: 'school' }),
        allowed: admin,
      },
      { method: 'GET', url: '/api/admin/teams', allowed: admin },
      {
        method: 'POST',
        url: '/api/admin/teams',
        payload: () => ({ name: `Team ${randomUUID()}`, type: 'cjg', organisationId: org, municipalityCode: '0193' }),
        allowed: admin,
      },
      { method: 'GET', url: `/api/admin/teams/${team}`, allowed: admin },
      {
        method: 'POST',
        url: async () => {
          await db
            .deleteFrom('privileged_change')
            .where('team_id', '=', team)
            .where('status', '=', 'pending')
            .execute();
          return `/api/admin/teams/${team}/members`;
        },
        payload: () => ({ userId: target.id }),
        allowed: admin,
      },
      {
        method: 'DELETE',
        url: async () => {
          const member = await buildUser(db, ['professional']);
          await db.insertInto('team_membership').values({ team_id: team, user_id: member.id }).execute();
          return `/api/admin/teams/${team}/members/${member.id}`;
        },
        allowed: admin,
      },
      { method: 'GET', url: '/api/admin/role-policies', allowed: admin },
      {
        method: 'PUT',
        url: '/api/admin/role-policies/policy',
        payload: () => ({ totpRequired: false }),
        allowed: admin,
      },
      { method: 'GET', url: '/api/admin/outbox', allowed: admin },
    ];
    await checkRouteMatrix(t, routes);
  });
});
