// Routes every logged-in user may use for themselves: the matrix shows all roles get through and
// anonymous callers do not; the second test shows "themselves" means only their own items.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../platform/db/schema.js';
import { createTestApp, login, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildTeam, buildUser, ensureGeography } from '../../test-support/factories.js';
import { checkRouteMatrix } from '../../test-support/access-matrix.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await ensureGeography(t.db.kysely);
});
afterAll(async () => {
  await t.close();
});

describe('self-service routes', () => {
  it('are open to every role and closed to anonymous callers', async () => {
    await checkRouteMatrix(t, [
      { method: 'GET', url: '/api/auth/me', allowed: ROLES },
      { method: 'GET', url: '/api/auth/sessions', allowed: ROLES },
      { method: 'DELETE', url: '/api/auth/sessions/00000000-0000-4000-8000-000000000000', allowed: ROLES },
      { method: 'POST', url: '/api/auth/totp/setup', allowed: ROLES },
      { method: 'GET', url: '/api/inbox', allowed: ROLES },
      { method: 'POST', url: '/api/inbox/read-all', allowed: ROLES },
      {
        method: 'POST',
        url: '/api/inbox/read-many',
        payload: () => ({ ids: ['00000000-0000-4000-8000-000000000000'] }),
        allowed: ROLES,
      },
      { method: 'GET', url: '/api/geo/municipalities', allowed: ROLES },
    ]);
  }, 120_000);

  it("never touch another user's inbox", async () => {
    const db = t.db.kysely;
    const owner = await buildUser(db, ['professional']);
    const other = await buildUser(db, ['admin']);
    const item = await db
      .insertInto('notification')
      .values({ user_id: owner.id, kind: 'account_created' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const s = await login(t.app, other.username);
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/inbox/${item.id}/read`, headers: s.headers })).statusCode,
    ).toBe(404);
    await t.app.inject({ method: 'POST', url: '/api/inbox/read-all', headers: s.headers });
    await t.app.inject({
      method: 'POST',
      url: '/api/inbox/read-many',
      headers: s.headers,
      payload: { ids: [item.id] },
    });
    const row = await db
      .selectFrom('notification')
      .select('read_at')
      .where('id', '=', item.id)
      .executeTakeFirstOrThrow();
    expect(row.read_at).toBeNull();
    expect(
      (await t.app.inject({ url: '/api/inbox', headers: s.headers })).json().items.map((i: { id: string }) => i.id),
    ).not.toContain(item.id);
  });
});

describe('break the glass route', () => {
  it('is open to care roles only', async () => {
    const db = t.db.kysely;
    const newFamily = async () => ({
      familyId: (
        await buildFamilyWithTrajectory(db, {
          teamId: await buildTeam(db),
          regisseurId: (await buildUser(db, ['professional'])).id,
        })
      ).familyId,
      reason: 'Crisisdienst: kind in onveilige situatie, regisseur niet bereikbaar',
    });
    await checkRouteMatrix(t, [
      {
        method: 'POST',
        url: '/api/access/break-glass',
        payload: newFamily,
        allowed: ['professional', 'team_lead', 'consultant'],
      },
    ]);
  });
});
