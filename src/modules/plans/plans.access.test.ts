// Who may use the plan routes: every role without a relationship (403, audited), and relationship ×
// trajectory state (reads for all involved and the family; edits while open; the family signs its own plan).
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { checkFamilyRouteMatrix, type FamilyRouteCase } from '../../test-support/family-route-matrix.js';
import { buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';
import { checkRouteMatrix } from '../../test-support/route-matrix.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const base = (f: { familyId: string }) => `/api/families/${f.familyId}/plan`;
const ROUTES: FamilyRouteCase[] = [
  { name: 'read', access: 'read', method: 'GET', url: base },
  { name: 'version', access: 'read', method: 'GET', url: (f) => `${base(f)}/versions/1` },
  { name: 'compare', access: 'read', method: 'GET', url: (f) => `${base(f)}/compare?from=1&to=2` },
  { name: 'sign off', access: 'family_write', method: 'POST', url: (f) => `${base(f)}/versions/2/sign-off`, payload: () => ({ signedOn: '2026-01-05', signedByName: 'Vader' }) },
  { name: 'edit', access: 'write', method: 'PUT', url: base, payload: () => ({ baseVersion: 2, content: { safetyAgreements: [{ text: 'Oma belt elke avond' }] } }) },
];

describe('plan routes', () => {
  it('follow relationship × trajectory state', async () => {
    await checkFamilyRouteMatrix(t, ROUTES, async ({ familyId, regisseur }) => {
      for (const baseVersion of [0, 1]) {
        await t.app.inject({ method: 'PUT', url: base({ familyId }), headers: regisseur.headers, payload: { baseVersion, content: { reviews: [{ date: `2026-0${baseVersion + 5}-01` }] } } });
      }
      return {};
    });
  });

  it('are refused (403, audited) to every role without a relationship, and 401 anonymously', async () => {
    const db = t.db.kysely;
    const r = await buildUser(db, ['professional']);
    const { familyId } = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: r.id });
    const ids = { familyId };
    await checkRouteMatrix(t, ROUTES.map((route) => ({
      method: route.method, allowed: [], url: route.url(ids),
      ...(route.payload ? { payload: () => route.payload?.(ids) ?? {} } : {}),
    })));
  });
});
