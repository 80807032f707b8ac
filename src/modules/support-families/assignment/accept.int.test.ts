// Accepting pairs at the same time never over-fills a support family: the family's row is locked
// before its remaining room is counted, so of two coordinators accepting different requests for
// the last place, one gets the match and the other a 422 pair_not_eligible. On PGlite requests run
// one after another anyway; run with DATABASE_URL set to exercise real concurrency on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../../test-support/app.js';
import { buildCoordinator, buildRequest, buildSupportFamily } from '../../../test-support/support-families.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('accepting pairs concurrently', () => {
  it('fills a family with room for one exactly once', async () => {
    const db = t.db.kysely;
    const coordinator = await buildCoordinator(db, { municipalities: ['0193'] });
    const sessions = [await login(t.app, coordinator.username), await login(t.app, coordinator.username)];
    for (let round = 0; round < 6; round++) {
      const family = await buildSupportFamily(db, { recordedBy: coordinator.id, maxFamilies: 1 });
      const requests = [await buildRequest(db), await buildRequest(db), await buildRequest(db)];
      const results = await Promise.all(
        requests.map((r, i) =>
          t.app.inject({
            method: 'POST',
            url: '/api/support-families/pairs/accept',
            headers: sessions[i % 2]!.headers,
            payload: { requestId: r.id, familyId: family.id },
          }),
        ),
      );
      expect(results.map((r) => r.statusCode).sort(), results.map((r) => r.body).join('\n')).toEqual([201, 422, 422]);
      expect(
        results
          .filter((r) => r.statusCode === 422)
          .every((r) => r.json<{ code: string }>().code === 'pair_not_eligible'),
      ).toBe(true);
      const matches = await db
        .selectFrom('support_match')
        .select('request_id')
        .where('family_id', '=', family.id)
        .execute();
      expect(matches).toHaveLength(1);
      const open = await db
        .selectFrom('support_request')
        .select('id')
        .where(
          'id',
          'in',
          requests.map((r) => r.id),
        )
        .where('status', '=', 'open')
        .execute();
      expect(open).toHaveLength(2);
    }
  }, 120_000);
});
