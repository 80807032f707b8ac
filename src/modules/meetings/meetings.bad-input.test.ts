// Bad input to the top-3 table and the plan is a 4xx and changes nothing: random bodies, broken
// and unknown fields, unknown ids — as the regisseur, who may write.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';
import { careFingerprint } from '../../test-support/fingerprint.js';

let t: TestApp;
let prof: Session;
let familyId: string;
let meetingId: string;
beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  const r = await buildUser(db, ['professional']);
  prof = await login(t.app, r.username);
  ({ familyId } = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: r.id }));
  const m = await t.app.inject({
    method: 'POST',
    url: `/api/families/${familyId}/meetings`,
    headers: prof.headers,
    payload: {
      kind: 'top3',
      heldOn: '2026-02-02',
      participants: [
        {
          kind: 'family_member',
          name: 'Moeder',
          roleLabel: 'moeder',
          concerns: [{ concernKey: 'geld', concernLabel: 'Geld', ownWords: 'Schulden' }],
        },
      ],
    },
  });
  meetingId = m.json<{ id: string }>().id;
  await t.app.inject({
    method: 'PUT',
    url: `/api/families/${familyId}/plan`,
    headers: prof.headers,
    payload: { baseVersion: 0, content: { goals: [{ id: 'g1', domain: 'finances', what: 'Rust in de financiën' }] } },
  });
});
afterAll(async () => {
  await t.close();
});

const junk = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(
    fc.oneof(fc.string(), fc.integer(), fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 })),
    { maxLength: 5 },
  ),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.oneof(fc.string(), fc.integer()), { maxKeys: 4 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'x'.repeat(3000),
    '2026-02-30',
    '-1',
    "'; DROP TABLE plan; --",
    '<script>alert(1)</script>',
    11,
    -1,
    1e308,
  ),
);
const ids = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('1', '-1', '%00', '..', 'a'.repeat(300), '0'),
);

type Route = { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: (id: string) => string; fields: string[] };
const ROUTES: Route[] = [
  {
    method: 'POST',
    url: () => `/api/families/${familyId}/meetings`,
    fields: ['kind', 'heldOn', 'location', 'concerns', 'participants'],
  },
  { method: 'POST', url: (id) => `/api/families/${familyId}/meetings/${id}/concerns`, fields: ['key', 'label'] },
  {
    method: 'POST',
    url: () => `/api/families/${familyId}/meetings/${meetingId}/concerns`,
    fields: ['key', 'label', 'extra'],
  },
  {
    method: 'POST',
    url: () => `/api/families/${familyId}/meetings/${meetingId}/participants`,
    fields: ['kind', 'name', 'roleLabel', 'userId', 'safetyRating', 'strengths', 'concerns'],
  },
  { method: 'DELETE', url: (id) => `/api/families/${familyId}/meetings/${meetingId}/participants/${id}`, fields: [] },
  { method: 'POST', url: () => `/api/families/${familyId}/meetings/${meetingId}/confirm`, fields: ['order', 'reason'] },
  { method: 'POST', url: (id) => `/api/families/${familyId}/meetings/${id}/take-over`, fields: ['baseVersion'] },
  { method: 'GET', url: (id) => `/api/families/${id}/meetings/${id}`, fields: [] },
  { method: 'PUT', url: () => `/api/families/${familyId}/plan`, fields: ['baseVersion', 'content', 'note'] },
  {
    method: 'POST',
    url: (id) => `/api/families/${familyId}/plan/versions/${id}/sign-off`,
    fields: ['signedOn', 'signedByName', 'note'],
  },
  { method: 'GET', url: (id) => `/api/families/${familyId}/plan/compare?from=${id}&to=${id}`, fields: [] },
  { method: 'GET', url: (id) => `/api/families/${familyId}/plan/versions/${id}`, fields: [] },
  { method: 'GET', url: (id) => `/api/families/${familyId}/plan/versions?page=${id}&pageSize=${id}`, fields: [] },
  { method: 'GET', url: (id) => `/api/families/${id}/plan/versions`, fields: [] },
];

/** Near-valid plan content with one section broken: the deep schema must catch it. */
const brokenContent = fc.record({
  baseVersion: fc.constant(1),
  content: fc.record(
    {
      goals: fc.array(
        fc.record({ id: fc.oneof(fc.constant('g1'), junk), domain: fc.oneof(fc.constant('moon'), junk), what: junk }),
        { maxLength: 2 },
      ),
      actions: fc.array(
        fc.record({
          what: junk,
          owner: fc.oneof(junk, fc.record({ kind: junk, name: junk })),
          due: junk,
          status: junk,
        }),
        { minLength: 1, maxLength: 2 },
      ),
    },
    { requiredKeys: ['actions'] },
  ),
});

describe('bad input to meetings and plans', () => {
  it('is a 4xx problem and changes nothing', async () => {
    const before = await careFingerprint(t.db.kysely);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        ids,
        fc.dictionary(fc.string({ maxLength: 12 }), junk, { maxKeys: 5 }),
        fc.boolean(),
        async (route, id, randomFields, reuseKnown) => {
          const body: Record<string, unknown> = { ...randomFields };
          if (reuseKnown) for (const f of route.fields) body[f] = fc.sample(junk, 1)[0];
          const res = await t.app.inject({
            method: route.method,
            url: route.url(encodeURIComponent(id)),
            headers: prof.headers,
            ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: body }),
          });
          const label = `${route.method} ${route.url(id)} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 300)}`;
          expect(res.statusCode, label).toBeLessThan(500);
          if (route.method !== 'GET') {
            expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
            expect(res.headers['content-type'], label).toContain('application/problem+json');
          }
        },
      ),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(brokenContent, async (payload) => {
        const res = await t.app.inject({
          method: 'PUT',
          url: `/api/families/${familyId}/plan`,
          headers: prof.headers,
          payload,
        });
        expect(res.statusCode, res.body.slice(0, 300)).toBe(400);
      }),
      { numRuns: 100 },
    );
    expect(await careFingerprint(t.db.kysely)).toBe(before);
  });

  it('paging the plan versions: a 200 with a consistent page, or a 400 problem naming the field — never a 5xx', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.integer({ min: -5, max: 20_000 }).map(String),
      fc.constantFrom('1e3', '0x10', 'NaN', '2.5', '', ' 2', '-0', '10001', '101', '100', '9'.repeat(12)),
    );
    const key = fc.constantFrom('page', 'pageSize', 'sort', 'q', 'x');
    const before = await careFingerprint(t.db.kysely);
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, value, { maxKeys: 3 }), async (q) => {
        const qs = new URLSearchParams(q).toString();
        const res = await t.app.inject({
          method: 'GET',
          url: `/api/families/${familyId}/plan/versions${qs ? `?${qs}` : ''}`,
          headers: prof.headers,
        });
        const label = `${qs} → ${res.body.slice(0, 300)}`;
        expect([200, 400], label).toContain(res.statusCode);
        if (res.statusCode === 400) {
          expect(res.headers['content-type'], label).toContain('application/problem+json');
          expect(typeof res.json<{ code: unknown }>().code, label).toBe('string');
        } else {
          const page = res.json<{ items: Array<{ version: number }>; total: number; page: number; pageSize: number }>();
          expect(page.total, label).toBe(1); // the one version made above
          expect(page.items.length, label).toBe(page.page === 1 ? 1 : 0);
          expect(page.pageSize, label).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 150 },
    );
    expect(await careFingerprint(t.db.kysely)).toBe(before);
  });
});
