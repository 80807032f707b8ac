// Who may use the instrument routes: relationship × trajectory state (reads for everyone involved
// and the family itself; recording while the trajectory is open), and nobody without a relationship.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { checkFamilyRouteMatrix, type FamilyRouteCase } from '../../test-support/family-route-matrix.js';
import { buildFamilyWithTrajectory, buildPerson, buildTeam, buildUser } from '../../test-support/factories.js';
import { checkRouteMatrix } from '../../test-support/route-matrix.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const base = (f: { familyId: string }) => `/api/families/${f.familyId}/measurements`;
const ph = (personId: string) => ({ instrument: 'positive_health', personId, measuredOn: '2026-01-05', scores: [{ item: 'meaningfulness', score: 6 }] });
const ROUTES: FamilyRouteCase[] = [
  { name: 'list', access: 'read', method: 'GET', url: base },
  { name: 'progress', access: 'read', method: 'GET', url: (f) => `${base(f)}/progress` },
  { name: 'record', access: 'write', method: 'POST', url: base, payload: (f) => ph(f.personId ?? '') },
];

describe('instrument routes', () => {
  it('follow relationship × trajectory state', async () => {
    await checkFamilyRouteMatrix(t, ROUTES, async ({ familyId, regisseur }) => {
      const personId = await buildPerson(t.db.kysely, familyId, { kind: 'parent' });
      await t.app.inject({ method: 'POST', url: base({ familyId }), headers: regisseur.headers, payload: ph(personId) });
      return { personId };
    });
  });

  it('are refused (403, audited) to every role without a relationship, and 401 anonymously', async () => {
    const db = t.db.kysely;
    const r = await buildUser(db, ['professional']);
    const { familyId } = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: r.id });
    const personId = await buildPerson(db, familyId, { kind: 'parent' });
    const ids = { familyId, personId };
    await checkRouteMatrix(t, ROUTES.map((route) => ({
      method: route.method, allowed: [], url: route.url(ids),
      ...(route.payload ? { payload: () => route.payload?.(ids) ?? {} } : {}),
    })));
  });
});
