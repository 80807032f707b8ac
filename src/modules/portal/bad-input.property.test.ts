// Bad input to the portal and to shielding: a 4xx and nothing changed (shields, sign-offs, proposals and
// plan versions keep their fingerprint), never a 5xx. A shield needs a reason from the list and a review
// date after today; a sign-off names the current version.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test-support/app.js';
import { buildPortalWorld, type PortalWorld } from '../../test-support/portal.js';

let t: TestApp;
let w: PortalWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildPortalWorld(t);
});
afterAll(async () => {
  await t.close();
});

async function fingerprint(): Promise<string> {
  const r = await sql<{ f: string }>`select md5(
      coalesce((select string_agg(id::text || coalesce(lifted_at::text, ''), ',' order by id) from family_shield), '') ||
      (select count(*)::text from plan_sign_off) || '/' ||
      (select count(*)::text from plan_proposal) || '/' ||
      (select count(*)::text from plan_version)) as f`.execute(t.db.kysely);
  return r.rows[0]?.f ?? '';
}

const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constant(''),
  fc.constant('   '),
  fc.constant('x'.repeat(6000)),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.constantFrom('2000-01-01', '2024-02-30', '01-03-2099', 'tomorrow', 'child_safety '),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
);
const badBody = (good: Record<string, unknown>) =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...Object.keys(good)), junk).map(([k, v]) => ({ ...good, [k]: v })),
    fc
      .constantFrom(...Object.keys(good))
      .map((k) => Object.fromEntries(Object.entries(good).filter(([key]) => key !== k))),
    fc
      .string({ minLength: 1, maxLength: 8 })
      .filter((k) => !(k in good))
      .map((k) => ({ ...good, [k]: 'x' })),
  );

const CASES: Array<{ url: () => string; who: () => Session; good: Record<string, unknown> }> = [
  {
    url: () => `/api/families/${w.familyId}/shields`,
    who: () => w.regisseur,
    good: {
      itemKind: 'plan_item',
      itemRef: 'gShared',
      reason: 'child_safety',
      explanation: 'x',
      reviewOn: '2099-01-01',
    },
  },
  { url: () => `/api/portal/families/${w.familyId}/plan/sign-off`, who: () => w.mum, good: { version: 1 } },
  { url: () => `/api/portal/families/${w.familyId}/proposals`, who: () => w.mum, good: { kind: 'goal', body: 'x' } },
];

describe('bad input to the portal and to shields', () => {
  it('bodies with a bad, missing or unknown field: 4xx and nothing changed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CASES).chain((c) => badBody(c.good).map((body) => ({ c, body }))),
        async ({ c, body }) => {
          const before = await fingerprint();
          const res = await t.app.inject({ method: 'POST', url: c.url(), headers: c.who().headers, payload: body });
          const label = `${c.url()} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 200)}`;
          expect(res.statusCode, label).toBeLessThan(500);
          // Junk that happens to be valid (a longer explanation, another valid date) is not bad input.
          if (res.statusCode < 300) return;
          expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
          expect(await fingerprint()).toBe(before);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('bad ids and versions: 4xx and nothing changed', async () => {
    const ids = fc.oneof(fc.uuid(), fc.string({ maxLength: 30 }), fc.constantFrom('0', '-1', '%00', 'a'.repeat(80)));
    await fc.assert(
      fc.asyncProperty(ids, fc.integer({ min: 2, max: 1_000_000 }), async (id, version) => {
        const before = await fingerprint();
        const target = encodeURIComponent(id);
        const lift = await t.app.inject({
          method: 'POST',
          url: `/api/families/${w.familyId}/shields/${target}/lift`,
          headers: w.regisseur.headers,
        });
        const shield = await t.app.inject({
          method: 'POST',
          url: `/api/families/${w.familyId}/shields`,
          headers: w.regisseur.headers,
          payload: {
            itemKind: 'plan_item',
            itemRef: 'nope',
            reason: 'child_safety',
            explanation: 'x',
            reviewOn: '2099-01-01',
          },
        });
        const signOff = await t.app.inject({
          method: 'POST',
          url: `/api/portal/families/${w.familyId}/plan/sign-off`,
          headers: w.mum.headers,
          payload: { version },
        });
        for (const [what, res] of [
          ['lift', lift],
          ['unknown item', shield],
          ['stale version', signOff],
        ] as const) {
          expect(res.statusCode, `${what} ${id} ${version} → ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
        }
        expect(await fingerprint()).toBe(before);
      }),
      { numRuns: 25 },
    );
  });

  it('a review date today or earlier is refused at the field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/families/${w.familyId}/shields`,
      headers: w.regisseur.headers,
      payload: {
        itemKind: 'plan_item',
        itemRef: 'gShared',
        reason: 'child_safety',
        explanation: 'x',
        reviewOn: '2000-01-01',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(['reviewOn']);
  });
});
