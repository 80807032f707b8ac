// Who may use the instrument routes: relationship × trajectory state (reads for everyone involved
// and the family itself; recording while the trajectory is open), and nobody without a relationship.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../platform/db/schema.js';
import { login } from '../../test-support/app.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { checkFamilyRouteMatrix, type FamilyRouteCase } from '../../test-support/access-matrix.js';
import { buildFamilyWithTrajectory, buildPerson, buildTeam, buildUser } from '../../test-support/factories.js';
import { checkRouteMatrix } from '../../test-support/access-matrix.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const base = (f: { familyId: string }) => `/api/families/${f.familyId}/measurements`;
const ph = (personId: string) => ({
  instrument: 'positive_health',
  personId,
  measuredOn: '2026-01-05',
  scores: [{ item: 'meaningfulness', score: 6 }],
});
const ROUTES: FamilyRouteCase[] = [
  { name: 'list', access: 'read', method: 'GET', url: base },
  { name: 'progress', access: 'read', method: 'GET', url: (f) => `${base(f)}/progress` },
  { name: 'record', access: 'write', method: 'POST', url: base, payload: (f) => ph(f.personId ?? '') },
];

describe('instrument routes', () => {
  it('follow relationship × trajectory state', async () => {
    await checkFamilyRouteMatrix(t, ROUTES, async ({ familyId, regisseur }) => {
      const personId = await buildPerson(t.db.kysely, familyId, { kind: 'parent' });
      await t.app.inject({
        method: 'POST',
        url: base({ familyId }),
        headers: regisseur.headers,
        payload: ph(personId),
      });
      return { personId };
    });
  });

  it('are refused (403, audited) to every role without a relationship, and 401 anonymously', async () => {
    const db = t.db.kysely;
    const r = await buildUser(db, ['professional']);
    const { familyId } = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: r.id });
    const personId = await buildPerson(db, familyId, { kind: 'parent' });
    const ids = { familyId, personId };
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

  // The definitions are configuration, not anyone's data: every logged-in role may read them (the
  // family's portal shows its own scores against them); only anonymous callers are refused.
  it('instrument definitions: every role, 401 anonymously, and only the definition fields leave the server', async () => {
    await checkRouteMatrix(t, [{ method: 'GET', url: '/api/instruments', allowed: ROLES }]);
    const res = await t.app.inject({
      url: '/api/instruments',
      headers: (await login(t.app, (await buildUser(t.db.kysely, ['signaller'])).username)).headers,
    });
    const items = res.json<{ items: Array<Record<string, unknown>> }>().items;
    expect(items.map((i) => i.code)).toEqual(expect.arrayContaining(['positive_health']));
    expect(Object.keys(items[0] ?? {}).sort()).toEqual([
      'code',
      'id',
      'items',
      'name',
      'perRater',
      'scale',
      'subject',
      'version',
    ]);
  });
});
