// Bad ids, kinds and limits for the timeline are a 4xx, never a 5xx; a bad limit is a 400 in the project's error shape.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';
import { TIMELINE_KINDS, TIMELINE_MAX_LIMIT } from './schemas.js';

let t: TestApp;
let s: Session;
let familyId: string;
beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  const user = await buildUser(db, ['professional']);
  ({ familyId } = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: user.id }));
  s = await login(t.app, user.username);
});
afterAll(async () => {
  await t.close();
});

const ids = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('FAMILY', '1', 'null', '%00', '..', '00000000-0000-0000-0000-000000000000'),
);
const kinds = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.array(fc.constantFrom(...TIMELINE_KINDS, 'secrets', '', 'PLAN_VERSION'), { maxLength: 5 }).map((k) => k.join(',')),
  fc.constantFrom('x'.repeat(5000), "'; DROP TABLE family; --", 'plan_version,,meeting_held', '\u0000'),
);

describe('bad input to the timeline', () => {
  it('random ids and kinds: 4xx or 200, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        ids,
        fc.option(kinds),
        fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 }), { maxKeys: 2 }),
        async (rawId, k, extra) => {
          const id = rawId === 'FAMILY' ? familyId : encodeURIComponent(rawId);
          const query = new URLSearchParams({ ...extra, ...(k === null ? {} : { kinds: k }) }).toString();
          const res = await t.app.inject({
            method: 'GET',
            url: `/api/families/${id}/timeline${query ? `?${query}` : ''}`,
            headers: s.headers,
          });
          expect(res.statusCode, `${id} ${query.slice(0, 200)} → ${res.body.slice(0, 200)}`).toBeLessThan(500);
          if (res.statusCode === 200) expect(id).toBe(familyId);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('limits: a whole number from 1 to the maximum is a 200 with at most that many events, anything else a 400 invalid_input', async () => {
    const limit = fc.oneof(
      fc.integer({ min: -5, max: TIMELINE_MAX_LIMIT + 5 }).map(String),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('', '0', '1', '2.5', '1e2', '0x10', 'NaN', 'Infinity', '-1', ' 7', '501', '99999999999999999999'),
    );
    await fc.assert(
      fc.asyncProperty(limit, fc.option(fc.constantFrom('plan_version', 'meeting_held,measurement')), async (l, k) => {
        const query = new URLSearchParams({ limit: l, ...(k === null ? {} : { kinds: k }) }).toString();
        const res = await t.app.inject({
          method: 'GET',
          url: `/api/families/${familyId}/timeline?${query}`,
          headers: s.headers,
        });
        const n = Number(l);
        const valid = l.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= TIMELINE_MAX_LIMIT;
        expect(res.statusCode, `${query} → ${res.body.slice(0, 200)}`).toBe(valid ? 200 : 400);
        if (valid) {
          const body = res.json<{ limit: number; hasMore: boolean; events: unknown[] }>();
          expect(body.limit).toBe(n);
          expect(body.events.length).toBeLessThanOrEqual(n);
        } else {
          expect(res.json()).toMatchObject({ status: 400, code: 'invalid_input' });
          expect(JSON.stringify(res.json())).toContain('limit');
        }
      }),
      { numRuns: 150 },
    );
  });
});
