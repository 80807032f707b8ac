// Bad team ids on the team caseload route get a 4xx, never a 5xx, and nothing is written but audit.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { addToTeam, buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';

let t: TestApp;
let s: Session;
let team: string;
beforeAll(async () => {
  t = await createTestApp();
  team = await buildTeam(t.db.kysely);
  const lead = await buildUser(t.db.kysely, ['team_lead']);
  await addToTeam(t.db.kysely, team, lead.id, true);
  await buildFamilyWithTrajectory(t.db.kysely, { teamId: team, regisseurId: lead.id });
  s = await login(t.app, lead.username);
});
afterAll(async () => {
  await t.close();
});

describe('bad input to the team caseload is a 4xx', () => {
  it('random team ids and query strings', async () => {
    const ids = fc.oneof(
      fc.uuid(),
      fc.string({ maxLength: 60 }),
      fc.constantFrom(
        '',
        '1',
        'null',
        '%00',
        '..',
        '00000000-0000-0000-0000-000000000000',
        "'; DROP TABLE team; --",
        'x'.repeat(5000),
      ),
    );
    const query = fc.dictionary(
      fc.string({ maxLength: 8 }).filter((k) => k.length > 0),
      fc.string({ maxLength: 20 }),
      { maxKeys: 3 },
    );
    await fc.assert(
      fc.asyncProperty(ids, query, async (id, q) => {
        const qs = new URLSearchParams(q).toString();
        const url = `/api/teams/${encodeURIComponent(id)}/caseload${qs ? `?${qs}` : ''}`;
        const res = await t.app.inject({ method: 'GET', url, headers: s.headers });
        expect(res.statusCode, `${url} → ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, `${url} → ${res.body.slice(0, 200)}`).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });

  it("paging and filter parameters on the lead's own team: a 200 with a consistent page, or a 400 — never a 5xx, nothing written", async () => {
    const before = await t.db.kysely.selectFrom('trajectory').selectAll().execute();
    const value = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.integer({ min: -5, max: 300 }).map(String),
      fc.constantFrom(
        'true',
        'false',
        'intake',
        'closed',
        '1e3',
        '0x10',
        'NaN',
        '2.5',
        '',
        '00000000-0000-0000-0000-000000000000',
      ),
    );
    const key = fc.constantFrom('limit', 'offset', 'status', 'planLate', 'regisseur', 'page', 'x');
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, value, { maxKeys: 4 }), async (q) => {
        const qs = new URLSearchParams(q).toString();
        const res = await t.app.inject({
          method: 'GET',
          url: `/api/teams/${team}/caseload${qs ? `?${qs}` : ''}`,
          headers: s.headers,
        });
        expect([200, 400], `${qs} → ${res.body.slice(0, 200)}`).toContain(res.statusCode);
        if (res.statusCode === 200) {
          const body = res.json<{ trajectories: unknown[]; page: { total: number; limit: number; offset: number } }>();
          expect(body.trajectories.length).toBe(
            Math.max(0, Math.min(body.page.limit, body.page.total - body.page.offset)),
          );
        }
      }),
      { numRuns: 150 },
    );
    expect(await t.db.kysely.selectFrom('trajectory').selectAll().execute()).toEqual(before);
  });
});
