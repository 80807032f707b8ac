// Who may read a family's timeline: the same need-to-know as the dossier, relationship × trajectory
// state; every role without a relationship gets a 403 with a denied audit entry.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { checkFamilyRouteMatrix, type FamilyRouteCase } from '../../test-support/access-matrix.js';
import { buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';
import { checkRouteMatrix } from '../../test-support/access-matrix.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const ROUTES: FamilyRouteCase[] = [
  { name: 'timeline', access: 'read', method: 'GET', url: (f) => `/api/families/${f.familyId}/timeline` },
  {
    name: 'timeline filtered',
    access: 'read',
    method: 'GET',
    url: (f) => `/api/families/${f.familyId}/timeline?kinds=plan_version,meeting_held`,
  },
];

describe('timeline route', () => {
  it('follows relationship × trajectory state', async () => {
    await checkFamilyRouteMatrix(t, ROUTES, async ({ familyId, regisseur }) => {
      await t.app.inject({
        method: 'PUT',
        url: `/api/families/${familyId}/plan`,
        headers: regisseur.headers,
        payload: { baseVersion: 0, content: { reviews: [{ date: '2026-06-01' }] } },
      });
      return {};
    });
  });

  it('is refused (403, audited) to every role without a relationship, and 401 anonymously', async () => {
    const db = t.db.kysely;
    const r = await buildUser(db, ['professional']);
    const { familyId } = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: r.id });
    await checkRouteMatrix(
      t,
      ROUTES.map((route) => ({ method: route.method, allowed: [], url: route.url({ familyId }) })),
    );
  });
});
