// Who may use the Buurtgezinnen routes. Role × route: the board is for coordinators, referral for
// care professionals and signallers, figures for coordinators and policy advisors, the area for
// administrators, the shared configuration for coordinators with a region-wide area; records only within the coordinator's area (municipality, region, or the home
// organisation's municipality) — every refusal 403 with a denied audit entry. The public forms
// need no account but give nothing back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../test-support/app.js';
import { buildOrganisation, buildUser } from '../../test-support/factories.js';
import { checkRouteMatrix, type RouteCase } from '../../test-support/access-matrix.js';
import { ROLES } from '../../platform/db/schema.js';
import {
  buildCoordinator,
  buildRequest,
  buildSupportFamily,
  validFamily,
  validRequest,
} from '../../test-support/support-families.js';
import { today as dutchDate } from '../../platform/clock.js';

let t: TestApp;
let ids: { requestId: string; familyId: string; matchId: string; otherFamilyId: string };
beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  const owner = await buildCoordinator(db, { municipalities: ['0193'] });
  const s = await login(t.app, owner.username);
  const r = await buildRequest(db);
  const f = await buildSupportFamily(db, { recordedBy: owner.id, maxFamilies: 3 });
  const r2 = await buildRequest(db);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/support-families/pairs/accept',
    headers: s.headers,
    payload: { requestId: r2.id, familyId: f.id },
  });
  const other = await buildSupportFamily(db, { recordedBy: owner.id });
  ids = { requestId: r.id, familyId: f.id, matchId: res.json<{ id: string }>().id, otherFamilyId: other.id };
});
afterAll(async () => {
  await t.close();
});

const B = '/api/support-families';
const NO_ID = '00000000-0000-4000-8000-000000000000';
const today = () => dutchDate();
const recordRoutes = () => [
  { method: 'GET' as const, url: `${B}/requests/${ids.requestId}` },
  { method: 'GET' as const, url: `${B}/requests/${ids.requestId}/suggestions` },
  { method: 'POST' as const, url: `${B}/requests/${ids.requestId}/close`, payload: { reason: 'test' } },
  { method: 'GET' as const, url: `${B}/families/${ids.familyId}` },
  {
    method: 'POST' as const,
    url: `${B}/families/${ids.familyId}/screening`,
    payload: { step: 'intake', doneOn: today() },
  },
  { method: 'POST' as const, url: `${B}/families/${ids.familyId}/foster-interest`, payload: {} },
  { method: 'POST' as const, url: `${B}/families/${ids.otherFamilyId}/status`, payload: { status: 'registered' } },
  {
    method: 'POST' as const,
    url: `${B}/pairs/reject`,
    payload: { requestId: ids.requestId, familyId: ids.otherFamilyId },
  },
  { method: 'GET' as const, url: `${B}/matches/${ids.matchId}` },
  { method: 'GET' as const, url: `${B}/matches/${ids.matchId}/introduction` },
  {
    method: 'POST' as const,
    url: `${B}/matches/${ids.matchId}/events`,
    payload: { kind: 'introduction_request', happenedOn: today() },
  },
];

describe('support-family routes by role', () => {
  it('follow role × route (records: nobody without an area)', async () => {
    const adminTarget = await buildCoordinator(t.db.kysely, {});
    const routes: RouteCase[] = [
      { method: 'GET', url: `${B}/requests`, allowed: ['coordinator'] },
      { method: 'GET', url: `${B}/families`, allowed: ['coordinator'] },
      { method: 'POST', url: `${B}/requests/search`, payload: () => ({ q: 'Jansen' }), allowed: ['coordinator'] },
      { method: 'POST', url: `${B}/families/search`, payload: () => ({ q: 'Jansen' }), allowed: ['coordinator'] },
      { method: 'GET', url: `${B}/matches`, allowed: ['coordinator'] },
      { method: 'POST', url: `${B}/matches/search`, payload: () => ({ q: 'Jansen' }), allowed: ['coordinator'] },
      { method: 'GET', url: `${B}/reminders`, allowed: ['coordinator'] },
      { method: 'GET', url: `${B}/settings`, allowed: ['coordinator'] },
      { method: 'POST', url: `${B}/assignment`, allowed: ['coordinator'] },
      {
        method: 'POST',
        url: `${B}/pairs/accept-bulk`,
        payload: () => ({ pairs: [{ requestId: NO_ID, familyId: NO_ID }] }),
        allowed: ['coordinator'],
      },
      // Records that do not exist: nobody has a need-to-know on them.
      { method: 'POST', url: `${B}/reminders/999999999/done`, allowed: [] },
      {
        method: 'POST',
        url: `${B}/matches/${NO_ID}/agreements`,
        payload: () => ({ what: 'Huiswerk', howOften: 'wekelijks' }),
        allowed: [],
      },
      {
        method: 'POST',
        url: `${B}/matches/${NO_ID}/transition`,
        payload: () => ({ to: 'ended' }),
        allowed: [],
      },
      {
        method: 'PUT',
        url: `${B}/settings/weights`,
        payload: () => ({ distance: 3, needs: 3, days: 2, language: 1, age: 1, capacity: 1 }),
        allowed: ['coordinator'],
      },
      { method: 'GET', url: `${B}/support-kinds`, allowed: ['coordinator'] },
      // The shared configuration is a regional coordinator's (relation: configuration.int.test.ts):
      // by role alone — a coordinator without a region, an administrator — nobody.
      {
        method: 'PUT',
        url: `${B}/settings`,
        payload: () => ({ vogValidityMonths: 36, checkinDays: [42, 91] }),
        allowed: [],
      },
      {
        method: 'POST',
        url: `${B}/support-kinds`,
        payload: () => ({ code: 'matrix_kind', labelNl: 'Matrix', labelEn: 'Matrix' }),
        allowed: [],
      },
      { method: 'PATCH', url: `${B}/support-kinds/homework`, payload: () => ({ active: false }), allowed: [] },
      { method: 'PUT', url: `${B}/support-kinds/order`, payload: () => ({ codes: ['homework'] }), allowed: [] },
      { method: 'GET', url: `${B}/figures`, allowed: ['coordinator', 'policy'] },
      {
        method: 'POST',
        url: `${B}/referrals`,
        payload: () => ({ ...validRequest(), referredBy: 'gp' }),
        allowed: ['professional', 'team_lead', 'consultant', 'signaller', 'coordinator'],
      },
      { method: 'GET', url: `${B}/coordinators/${adminTarget.id}/area`, allowed: ['admin'] },
      {
        method: 'PUT',
        url: `${B}/coordinators/${adminTarget.id}/area`,
        payload: () => ({ municipalities: ['0166'], regions: [] }),
        allowed: ['admin'],
      },
      ...recordRoutes().map((r) => ({
        method: r.method,
        url: r.url,
        allowed: [] as const,
        ...(r.payload ? { payload: () => r.payload } : {}),
      })),
    ];
    await checkRouteMatrix(t, routes);
  }, 180_000);

  it('registering by the coordinator: only coordinators, only inside their area', async () => {
    const db = t.db.kysely;
    const inside = await login(t.app, (await buildCoordinator(db, { municipalities: ['0193'] })).username);
    const outside = await login(t.app, (await buildCoordinator(db, { municipalities: ['0166'] })).username);
    const request = { ...validRequest(), referredBy: 'self' };
    const family = validFamily();
    for (const [url, payload] of [
      [`${B}/requests`, request],
      [`${B}/families`, family],
    ] as const) {
      expect((await t.app.inject({ method: 'POST', url, headers: inside.headers, payload })).statusCode).toBe(201);
      expect((await t.app.inject({ method: 'POST', url, headers: outside.headers, payload })).json()).toMatchObject({
        code: 'outside_area',
      });
      for (const role of ROLES.filter((r) => r !== 'coordinator')) {
        const sess = await login(t.app, (await buildUser(db, [role])).username);
        expect(
          (await t.app.inject({ method: 'POST', url, headers: sess.headers, payload })).statusCode,
          `${role} ${url}`,
        ).toBe(403);
      }
    }
  }, 120_000);
});

describe("records by the coordinator's area", () => {
  it("inside the area (municipality, whole region, or home organisation's municipality) yes; outside no — audited", async () => {
    const db = t.db.kysely;
    const homeOrg = await buildOrganisation(db, 'welfare_organisation');
    await db.updateTable('organisation').set({ municipality_code: '0193' }).where('id', '=', homeOrg).execute();
    const cases = [
      { name: 'municipality', user: await buildCoordinator(db, { municipalities: ['0193'] }), allowed: true },
      { name: 'region', user: await buildCoordinator(db, { regions: ['TEST'] }), allowed: true },
      {
        name: 'home organisation',
        user: await buildUser(db, ['coordinator'], { organisationId: homeOrg }),
        allowed: true,
      },
      { name: 'other municipality', user: await buildCoordinator(db, { municipalities: ['0166'] }), allowed: false },
      { name: 'no area', user: await buildCoordinator(db, {}), allowed: false },
    ];
    const failures: string[] = [];
    for (const c of cases) {
      const sess = await login(t.app, c.user.username);
      for (const r of recordRoutes()) {
        const denied = async () =>
          Number(
            (
              await db
                .selectFrom('audit_event')
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .where('outcome', '=', 'denied')
                .executeTakeFirstOrThrow()
            ).n,
          );
        const before = await denied();
        const res = await t.app.inject({
          method: r.method,
          url: r.url,
          headers: sess.headers,
          ...(r.payload ? { payload: r.payload } : {}),
        });
        const label = `${c.name} ${r.method} ${r.url} → ${res.statusCode}`;
        if (c.allowed && (res.statusCode === 403 || res.statusCode >= 500))
          failures.push(`${label} (expected access) ${res.body.slice(0, 200)}`);
        if (!c.allowed && (res.statusCode !== 403 || (await denied()) !== before + 1))
          failures.push(`${label} (expected audited 403)`);
      }
      const list = await t.app.inject({ method: 'GET', url: `${B}/requests`, headers: sess.headers });
      if (list.json<{ items: Array<{ id: string }> }>().items.some((x) => x.id === ids.requestId) !== c.allowed)
        failures.push(`${c.name} list`);
    }
    expect(failures).toEqual([]);
  }, 180_000);

  it('every read of a record leaves an allowed audit entry naming the record', async () => {
    const db = t.db.kysely;
    const sess = await login(t.app, (await buildCoordinator(db, { municipalities: ['0193'] })).username);
    await t.app.inject({ method: 'GET', url: `${B}/families/${ids.familyId}`, headers: sess.headers });
    const entry = await db
      .selectFrom('audit_event')
      .select(['subject_type', 'client_ref', 'outcome', 'actor_role'])
      .where('subject_id', '=', ids.familyId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ subject_type: 'support_family', outcome: 'allowed', actor_role: 'coordinator' });
    expect(entry.client_ref).toMatch(/^SG-\d{6}$/);
  });
});

describe('public forms', () => {
  it('need no account, and answer nothing but "received" — also to a logged-in professional', async () => {
    const anon = await t.app.inject({
      method: 'POST',
      url: '/api/public/buurtgezinnen/requests',
      payload: validRequest('p1@example.invalid'),
    });
    expect(anon.statusCode).toBe(202);
    expect(anon.json()).toEqual({ status: 'received' });
    const prof = await login(t.app, (await buildUser(t.db.kysely, ['professional'])).username);
    const referral = await t.app.inject({
      method: 'POST',
      url: `${B}/referrals`,
      headers: prof.headers,
      payload: { ...validRequest('p2@example.invalid'), referredBy: 'school' },
    });
    expect(referral.json()).toEqual({ status: 'received' });
    expect((await t.app.inject({ method: 'GET', url: `${B}/requests`, headers: prof.headers })).statusCode).toBe(403);
  });
});
