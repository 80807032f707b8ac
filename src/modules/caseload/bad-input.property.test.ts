// Bad team ids on the team caseload route get a 4xx, never a 5xx, and nothing is written but audit.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { addToTeam, buildTeam, buildUser } from '../../test-support/factories.js';

let t: TestApp;
let s: Session;
beforeAll(async () => {
  t = await createTestApp();
  const team = await buildTeam(t.db.kysely);
  const lead = await buildUser(t.db.kysely, ['team_lead']);
  await addToTeam(t.db.kysely, team, lead.id, true);
  s = await login(t.app, lead.username);
});
afterAll(async () => { await t.close(); });

describe('bad input to the team caseload is a 4xx', () => {
  it('random team ids and query strings', async () => {
    const ids = fc.oneof(fc.uuid(), fc.string({ maxLength: 60 }), fc.constantFrom('', '1', 'null', '%00', '..', '00000000-0000-0000-0000-000000000000', "'; DROP TABLE team; --", 'x'.repeat(5000)));
    const query = fc.dictionary(fc.string({ maxLength: 8 }).filter((k) => k.length > 0), fc.string({ maxLength: 20 }), { maxKeys: 3 });
    await fc.assert(fc.asyncProperty(ids, query, async (id, q) => {
      const qs = new URLSearchParams(q).toString();
      const url = `/api/teams/${encodeURIComponent(id)}/caseload${qs ? `?${qs}` : ''}`;
      const res = await t.app.inject({ method: 'GET', url, headers: s.headers });
      expect(res.statusCode, `${url} → ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${url} → ${res.body.slice(0, 200)}`).toBeLessThan(500);
    }), { numRuns: 150 });
  });
});
