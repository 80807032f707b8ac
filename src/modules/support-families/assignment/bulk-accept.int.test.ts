// Accepting several pairs in one request: each pair goes through the single accept (its own
// decision and audit row, the same checks), so a pair that can no longer be made is reported with
// its reason and the others stand; a summary says how many became a match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../../test-support/app.js';
import { buildUser } from '../../../test-support/factories.js';
import { buildCoordinator, buildRequest, buildSupportFamily } from '../../../test-support/support-families.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

interface Summary {
  accepted: number;
  refused: number;
  results: { requestId: string; outcome: string; matchId: string | null; code: string | null }[];
}

describe('accepting several pairs at once', () => {
  it('accepts each eligible pair through the single path and reports the rest', async () => {
    const db = t.db.kysely;
    const coordinator = await buildCoordinator(db, { municipalities: ['0193'] });
    const s = await login(t.app, coordinator.username);
    const roomy = await buildSupportFamily(db, { recordedBy: coordinator.id, maxFamilies: 2 });
    const single = await buildSupportFamily(db, { recordedBy: coordinator.id, maxFamilies: 1 });
    const [a, b, c] = [await buildRequest(db), await buildRequest(db), await buildRequest(db)];
    const auditBefore = await db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('event', '=', 'support_match.proposed')
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/support-families/pairs/accept-bulk',
      headers: s.headers,
      payload: {
        pairs: [
          { requestId: a.id, familyId: roomy.id },
          { requestId: b.id, familyId: single.id },
          // The single family is full after b: this one is refused, the others stand.
          { requestId: c.id, familyId: single.id },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const summary = res.json<Summary>();
    expect(summary).toMatchObject({ accepted: 2, refused: 1 });
    expect(summary.results.map((r) => [r.requestId, r.outcome, r.code])).toEqual([
      [a.id, 'accepted', null],
      [b.id, 'accepted', null],
      [c.id, 'refused', 'pair_not_eligible'],
    ]);
    const matches = await db.selectFrom('support_match').select(['id', 'request_id']).execute();
    expect(matches.map((m) => m.request_id).sort()).toEqual([a.id, b.id].sort());
    const auditAfter = await db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('event', '=', 'support_match.proposed')
      .where('outcome', '=', 'allowed')
      .executeTakeFirstOrThrow();
    // Two audited decisions (request and family) per accepted pair, as with the single accept.
    expect(Number(auditAfter.n) - Number(auditBefore.n)).toBe(4);

    // The same pairs again: both requests are no longer open.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/support-families/pairs/accept-bulk',
      headers: s.headers,
      payload: { pairs: [{ requestId: a.id, familyId: roomy.id }] },
    });
    expect(again.json<Summary>().results[0]).toMatchObject({ outcome: 'refused', code: 'support_request_not_open' });
  }, 60_000);

  it('refuses a request named twice and an empty or too long list', async () => {
    const coordinator = await buildCoordinator(t.db.kysely, { municipalities: ['0193'] });
    const s = await login(t.app, coordinator.username);
    const id = '00000000-0000-4000-8000-000000000000';
    for (const pairs of [
      [],
      [
        { requestId: id, familyId: id },
        { requestId: id, familyId: id },
      ],
      Array.from({ length: 101 }, () => ({ requestId: id, familyId: id })),
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/support-families/pairs/accept-bulk',
        headers: s.headers,
        payload: { pairs },
      });
      expect(res.statusCode).toBe(400);
    }
  });

  it('is refused whole for someone who may not use the board', async () => {
    const s = await login(t.app, (await buildUser(t.db.kysely, ['professional'])).username);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/support-families/pairs/accept-bulk',
      headers: s.headers,
      payload: {
        pairs: [
          { requestId: '00000000-0000-4000-8000-000000000000', familyId: '00000000-0000-4000-8000-000000000000' },
        ],
      },
    });
    expect(res.statusCode).toBe(403);
  });
});
