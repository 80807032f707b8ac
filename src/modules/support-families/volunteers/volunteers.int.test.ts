// A support family set inactive is shown as inactive — in its detail and in the list — not with the
// screening state it had: it is no candidate, so "screened" would mislead the coordinator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../../test-support/app.js';
import { buildCoordinator, buildSupportFamily } from '../../../test-support/support-families.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const B = '/api/support-families';
type Detail = { status: string; screeningState: string; screening: { state: string } };

describe('an inactive support family', () => {
  it('shows as inactive, and as eligible again once registered', async () => {
    const db = t.db.kysely;
    const c = await buildCoordinator(db, { municipalities: ['0193'] });
    const s = await login(t.app, c.username);
    const f = await buildSupportFamily(db, { recordedBy: c.id });
    const get = async () =>
      (await t.app.inject({ method: 'GET', url: `${B}/families/${f.id}`, headers: s.headers })).json<Detail>();
    expect(await get()).toMatchObject({
      status: 'registered',
      screeningState: 'eligible',
      screening: { state: 'eligible' },
    });
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `${B}/families/${f.id}/status`,
          headers: s.headers,
          payload: { status: 'inactive' },
        })
      ).statusCode,
    ).toBe(200);
    expect(await get()).toMatchObject({
      status: 'inactive',
      screeningState: 'inactive',
      screening: { state: 'inactive' },
    });
    const eligible = (
      await t.app.inject({ method: 'GET', url: `${B}/families?screening=eligible`, headers: s.headers })
    ).json<{ items: Array<{ id: string }> }>();
    expect(eligible.items.map((x) => x.id)).not.toContain(f.id);
    const inactive = (
      await t.app.inject({ method: 'GET', url: `${B}/families?screening=inactive`, headers: s.headers })
    ).json<{ items: Array<{ id: string }> }>();
    expect(inactive.items.map((x) => x.id)).toContain(f.id);
    await t.app.inject({
      method: 'POST',
      url: `${B}/families/${f.id}/status`,
      headers: s.headers,
      payload: { status: 'registered' },
    });
    expect(await get()).toMatchObject({ screeningState: 'eligible', screening: { state: 'eligible' } });
  });
});
