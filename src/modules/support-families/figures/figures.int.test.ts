// Figures per municipality: exact for the coordinator's area; for policy advisors every
// municipality with counts of 1–4 and averages over fewer than 5 records suppressed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../../test-support/app.js';
import { buildUser } from '../../../test-support/factories.js';
import { lastMonths } from '../../insights/patterns.js';
import { buildCoordinator, buildRequest, buildSupportFamily } from '../../../test-support/support-families.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

type Cell = { kind: string; value: number | null };
type Figures = {
  suppressed: boolean;
  months: string[];
  municipalities: Array<{
    code: string;
    openRequests: Cell;
    families: { eligible: Cell };
    matchesPerMonth: Array<{ count: Cell }>;
  }>;
  total: { openRequests: { value: number; partial: boolean } };
};

describe('figures', () => {
  it('suppress small numbers only outside the coordinator role', async () => {
    const db = t.db.kysely;
    const c = await buildCoordinator(db, { municipalities: ['0193'] });
    for (let i = 0; i < 6; i++) await buildRequest(db);
    for (let i = 0; i < 2; i++) await buildRequest(db, { postcode: '8261AB' });
    for (let i = 0; i < 3; i++) await buildSupportFamily(db, { recordedBy: c.id });
    const coordinator = (
      await t.app.inject({
        method: 'GET',
        url: '/api/support-families/figures',
        headers: (await login(t.app, c.username)).headers,
      })
    ).json<Figures>();
    expect(coordinator.suppressed).toBe(false);
    expect(coordinator.municipalities.map((m) => m.code)).toEqual(['0193']);
    expect(coordinator.municipalities[0]).toMatchObject({
      openRequests: { kind: 'value', value: 6 },
      families: { eligible: { kind: 'value', value: 3 } },
    });
    expect(coordinator.total.openRequests).toEqual({ value: 6, partial: false });
    expect(coordinator.municipalities[0]?.matchesPerMonth).toHaveLength(12);
    const policy = (
      await t.app.inject({
        method: 'GET',
        url: '/api/support-families/figures',
        headers: (await login(t.app, (await buildUser(db, ['policy'])).username)).headers,
      })
    ).json<Figures>();
    expect(policy.suppressed).toBe(true);
    const zwolle = policy.municipalities.find((m) => m.code === '0193');
    const kampen = policy.municipalities.find((m) => m.code === '0166');
    expect(kampen?.openRequests).toEqual({ kind: 'primary', value: null });
    expect(zwolle?.families.eligible).toEqual({ kind: 'primary', value: null });
    // Kampen's 2 is the only small number among the open requests: were Zwolle's 6 shown beside a
    // total of 8, 8 − 6 would give it away. Zwolle is hidden too and the total counts shown cells only.
    expect(zwolle?.openRequests).toEqual({ kind: 'secondary', value: null });
    const shown = policy.municipalities.reduce((a, m) => a + (m.openRequests.value ?? 0), 0);
    expect(policy.total.openRequests).toEqual({ value: shown, partial: true });
  });

  it('policy advisors get completed months only: the current month, still changing, is not among the matches per month', async () => {
    const db = t.db.kysely;
    const c = await buildCoordinator(db, { municipalities: ['0193'] });
    const family = await buildSupportFamily(db, { recordedBy: c.id });
    const now = new Date();
    const [lastMonth] = lastMonths(now, 1, true) as [string];
    // Five matches proposed last month and five this month, all in Zwolle (Amsterdam time mid-month).
    for (const proposedAt of [
      ...Array<Date>(5).fill(new Date(`${lastMonth}-15T12:00:00Z`)),
      ...Array<Date>(5).fill(now),
    ]) {
      const request = await buildRequest(db, { status: 'matched' });
      await db
        .insertInto('support_match')
        .values({
          request_id: request.id,
          family_id: family.id,
          status: 'proposed',
          score: 1,
          proposed_by: c.id,
          proposed_at: proposedAt,
        })
        .execute();
    }
    const get = async (username: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/support-families/figures',
          headers: (await login(t.app, username)).headers,
        })
      ).json<Figures>();
    const coordinator = await get(c.username);
    expect(coordinator.months).toEqual(lastMonths(now, 12));
    expect(coordinator.municipalities[0]?.matchesPerMonth.slice(-2).map((m) => m.count)).toEqual([
      { kind: 'value', value: 5 },
      { kind: 'value', value: 5 },
    ]);
    const policy = await get((await buildUser(db, ['policy'])).username);
    expect(policy.months).toEqual(lastMonths(now, 12, true));
    expect(policy.months).not.toContain(lastMonths(now, 1)[0]);
    const zwolle = policy.municipalities.find((m) => m.code === '0193');
    expect(zwolle?.matchesPerMonth).toHaveLength(12);
    expect(zwolle?.matchesPerMonth.at(-1)?.count).toEqual({ kind: 'value', value: 5 });
  });
});
