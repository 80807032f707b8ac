// Who may use the top-3 table routes: every role without a relationship (403, audited), and
// relationship × trajectory state (reads for all involved and the family; writes while open).
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

const MEETING = {
  kind: 'top3',
  heldOn: '2026-03-12',
  participants: [
    {
      kind: 'family_member',
      name: 'Moeder',
      roleLabel: 'moeder',
      concerns: [{ concernKey: 'geld', concernLabel: 'Geldzorgen', ownWords: 'Schulden' }],
    },
    {
      kind: 'chain_partner',
      name: 'Raad',
      roleLabel: 'Raad voor de Kinderbescherming',
      concerns: [{ concernKey: 'geld', ownWords: 'Financiële stress' }],
    },
  ],
};
const base = (f: { familyId: string }) => `/api/families/${f.familyId}/meetings`;

const ROUTES: FamilyRouteCase[] = [
  { name: 'list', access: 'read', method: 'GET', url: base },
  { name: 'read', access: 'read', method: 'GET', url: (f) => `${base(f)}/${f.meetingId}` },
  { name: 'create', access: 'write', method: 'POST', url: base, payload: () => MEETING },
  {
    name: 'add concern',
    access: 'write',
    method: 'POST',
    url: (f) => `${base(f)}/${f.meetingId}/concerns`,
    payload: () => ({ key: 'school', label: 'School' }),
  },
  {
    name: 'add participant',
    access: 'write',
    method: 'POST',
    url: (f) => `${base(f)}/${f.meetingId}/participants`,
    payload: () => ({ kind: 'network', name: 'Buurman', roleLabel: 'buurman' }),
  },
  {
    name: 'remove participant',
    access: 'write',
    method: 'DELETE',
    url: (f) => `${base(f)}/${f.meetingId}/participants/${f.participantId}`,
  },
  {
    name: 'confirm',
    access: 'write',
    method: 'POST',
    url: (f) => `${base(f)}/${f.meetingId}/confirm`,
    payload: () => ({ order: ['geld'] }),
  },
  {
    name: 'take over',
    access: 'write',
    method: 'POST',
    url: (f) => `${base(f)}/${f.confirmedId}/take-over`,
    payload: () => ({ baseVersion: 0 }),
  },
];

describe('meeting routes', () => {
  it('follow relationship × trajectory state', async () => {
    await checkFamilyRouteMatrix(t, ROUTES, async ({ familyId, regisseur }) => {
      const create = () =>
        t.app
          .inject({ method: 'POST', url: base({ familyId }), headers: regisseur.headers, payload: MEETING })
          .then((r) => r.json<{ id: string; participants: Array<{ id: string }> }>());
      const m = await create();
      const confirmed = await create();
      await t.app.inject({
        method: 'POST',
        url: `${base({ familyId })}/${confirmed.id}/confirm`,
        headers: regisseur.headers,
        payload: { order: ['geld'] },
      });
      return { meetingId: m.id, participantId: m.participants[1]?.id ?? '', confirmedId: confirmed.id };
    });
  });

  it('are refused (403, audited) to every role without a relationship, and 401 anonymously', async () => {
    const db = t.db.kysely;
    const r = await buildUser(db, ['professional']);
    const { familyId } = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: r.id });
    const id = '00000000-0000-4000-8000-000000000000';
    const ids = { familyId, meetingId: id, participantId: id, confirmedId: id };
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
});
