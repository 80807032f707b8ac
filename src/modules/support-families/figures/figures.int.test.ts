// Figures per municipality: exact for the coordinator's area; for policy advisors every
// municipality with counts of 1–4 and averages over fewer than 5 records suppressed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../../test-support/app.js';
import { buildUser } from '../../../test-support/factories.js';
import { buildCoordinator, buildRequest, buildSupportFamily } from '../../../test-support/support-families.js';
import { suppressAverage, suppressCount } from './suppress.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

type Figures = { suppressed: boolean; municipalities: Array<{ code: string; openRequests: number | null; families: { eligible: number | null }; matchesPerMonth: Array<{ count: number | null }> }>; total: { openRequests: number | null } };

describe('figures', () => {
  it('suppress small numbers only outside the coordinator role', async () => {
    const db = t.db.kysely;
    const c = await buildCoordinator(db, { municipalities: ['0193'] });
    for (let i = 0; i < 6; i++) await buildRequest(db);
    for (let i = 0; i < 2; i++) await buildRequest(db, { postcode: '8261AB' });
    for (let i = 0; i < 3; i++) await buildSupportFamily(db, { recordedBy: c.id });
    const coordinator = (await t.app.inject({ method: 'GET', url: '/api/support-families/figures', headers: (await login(t.app, c.username)).headers })).json<Figures>();
    expect(coordinator.suppressed).toBe(false);
    expect(coordinator.municipalities.map((m) => m.code)).toEqual(['0193']);
    expect(coordinator.municipalities[0]).toMatchObject({ openRequests: 6, families: { eligible: 3 } });
    expect(coordinator.municipalities[0]?.matchesPerMonth).toHaveLength(12);
    const policy = (await t.app.inject({ method: 'GET', url: '/api/support-families/figures', headers: (await login(t.app, (await buildUser(db, ['policy'])).username)).headers })).json<Figures>();
    expect(policy.suppressed).toBe(true);
    const zwolle = policy.municipalities.find((m) => m.code === '0193');
    const kampen = policy.municipalities.find((m) => m.code === '0166');
    expect(zwolle).toMatchObject({ openRequests: 6, families: { eligible: null } });
    expect(kampen).toMatchObject({ openRequests: null });
    expect(policy.total.openRequests).toBe(8);
  });

  it('suppression rule', () => {
    expect([0, 1, 4, 5].map((n) => suppressCount(n, true))).toEqual([0, null, null, 5]);
    expect(suppressCount(3, false)).toBe(3);
    expect(suppressAverage(12.34, 4, true)).toBeNull();
    expect(suppressAverage(12.34, 5, true)).toBe(12.3);
  });
});
