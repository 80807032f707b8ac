// Who may use the plan routes: every role without a relationship (403, audited), and relationship ×
// trajectory state (reads for all involved; edits and sign-offs while open). The family's own login is
// refused here: it reads and signs its plan in the portal (portal.access.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../platform/db/schema.js';
import { login } from '../../test-support/app.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { checkFamilyRouteMatrix, type FamilyRouteCase } from '../../test-support/access-matrix.js';
import { addToTeam, buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';
import { checkRouteMatrix } from '../../test-support/access-matrix.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const base = (f: { familyId: string }) => `/api/families/${f.familyId}/plan`;
const ROUTES: FamilyRouteCase[] = [
  { name: 'read', access: 'read', method: 'GET', url: base },
  { name: 'version', access: 'read', method: 'GET', url: (f) => `${base(f)}/versions/1` },
  { name: 'versions page', access: 'read', method: 'GET', url: (f) => `${base(f)}/versions?page=1&pageSize=10` },
  { name: 'compare', access: 'read', method: 'GET', url: (f) => `${base(f)}/compare?from=1&to=2` },
  {
    name: 'sign off',
    access: 'write',
    method: 'POST',
    url: (f) => `${base(f)}/versions/2/sign-off`,
    payload: () => ({ signedOn: '2026-01-05', signedByName: 'Vader' }),
  },
  {
    name: 'edit',
    access: 'write',
    method: 'PUT',
    url: base,
    payload: () => ({ baseVersion: 2, content: { safetyAgreements: [{ text: 'Oma belt elke avond' }] } }),
  },
];

describe('plan routes', () => {
  it('follow relationship × trajectory state', async () => {
    await checkFamilyRouteMatrix(t, ROUTES, async ({ familyId, regisseur }) => {
      for (const baseVersion of [0, 1]) {
        await t.app.inject({
          method: 'PUT',
          url: base({ familyId }),
          headers: regisseur.headers,
          payload: { baseVersion, content: { reviews: [{ date: `2026-0${baseVersion + 5}-01` }] } },
        });
      }
      return {};
    });
  });

  it('are refused (403, audited) to every role without a relationship, and 401 anonymously', async () => {
    const db = t.db.kysely;
    const r = await buildUser(db, ['professional']);
    const { familyId } = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: r.id });
    const ids = { familyId };
    await checkRouteMatrix(
      t,
      ROUTES.map((route) => ({
        method: route.method,
        allowed: [],
        url: route.url(ids),
        ...(route.payload ? { payload: () => route.payload?.(ids) ?? {} } : {}),
      })),
    );
  });

  // GET /api/me/plan-deadlines is scoped to the caller by construction: every role gets its own list
  // (empty without families), so the matrix is about who sees which family, not about the role. The
  // family login is the exception: a professional route, refused (the portal shows its own plan).
  it('my plan deadlines: every role but the family reaches its own list, 401 anonymously', async () => {
    await checkRouteMatrix(t, [
      { method: 'GET', url: '/api/me/plan-deadlines', allowed: ROLES.filter((r) => r !== 'family') },
    ]);
  });

  it('my plan deadlines list exactly my families with an open trajectory: regisseur, member, lead of the team; the family login is refused', async () => {
    const db = t.db.kysely;
    const team = await buildTeam(db);
    const [regisseur, member, lead, teamOnly, outsider, policy, family] = [
      await buildUser(db, ['professional']),
      await buildUser(db, ['professional']),
      await buildUser(db, ['professional', 'team_lead']),
      await buildUser(db, ['professional']),
      await buildUser(db, ['professional']),
      await buildUser(db, ['policy']),
      await buildUser(db, ['family']),
    ];
    await addToTeam(db, team, lead.id, true);
    await addToTeam(db, team, teamOnly.id);
    const open = await buildFamilyWithTrajectory(db, { teamId: team, regisseurId: regisseur.id, members: [member.id] });
    const closed = await buildFamilyWithTrajectory(db, {
      teamId: team,
      regisseurId: regisseur.id,
      members: [member.id],
      status: 'closed',
    });
    await db
      .insertInto('family_account')
      .values([{ user_id: family.id, family_id: open.familyId }])
      .execute();
    const get = async (username: string) =>
      t.app.inject({ url: '/api/me/plan-deadlines', headers: (await login(t.app, username)).headers });
    const seen = async (username: string) => {
      const res = await get(username);
      expect(res.statusCode, res.body).toBe(200);
      return res
        .json<{ items: Array<{ familyId: string }> }>()
        .items.map((i) => i.familyId)
        .filter((id) => id === open.familyId || id === closed.familyId);
    };
    for (const u of [regisseur, member, lead]) expect(await seen(u.username), u.username).toEqual([open.familyId]);
    for (const u of [teamOnly, outsider, policy]) expect(await seen(u.username), u.username).toEqual([]);
    expect((await get(family.username)).statusCode).toBe(403);
  });
});
