// Who sees a provider's allocations, claims and messages: only the `provider` role, and only those of its
// own organisation — role × route, provider A × provider B's records, and the allocation's state.
// Consultants, policy makers, administrators and professionals are refused (403 with a denied audit row).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, createTestApp, type Session, type TestApp } from '../../../test-support/app.js';
import { checkActorMatrix, checkRouteMatrix } from '../../../test-support/access-matrix.js';
import { buildUser } from '../../../test-support/factories.js';
import { buildProviderUser, buildProviderWorld, type ProviderWorld } from '../../../test-support/provider.js';

let t: TestApp;
let w: ProviderWorld;
let own: Session;
let ownUserId: string;
let other: Session;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildProviderWorld(t.db.kysely);
  const ownUser = await buildProviderUser(t.db.kysely, w.providerId);
  ownUserId = ownUser.id;
  own = await login(t.app, ownUser.username);
  other = await login(t.app, (await buildProviderUser(t.db.kysely, w.otherProviderId)).username);
});
afterAll(async () => {
  await t.close();
});

async function numbers(s: Session, query = '', search?: object): Promise<string[]> {
  const res = search
    ? await t.app.inject({
        method: 'POST',
        url: '/api/provider/allocations/search',
        headers: s.headers,
        payload: search,
      })
    : await t.app.inject({ method: 'GET', url: `/api/provider/allocations${query}`, headers: s.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: { allocationNumber: string }[] }>().items.map((i) => i.allocationNumber);
}

describe('provider view access', () => {
  it('role × route: only the provider role lists allocations, claims and its work', async () => {
    await checkRouteMatrix(t, [
      { method: 'GET', url: '/api/provider/allocations', allowed: ['provider'] },
      {
        method: 'POST',
        url: '/api/provider/allocations/search',
        payload: () => ({ q: 'Jansen' }),
        allowed: ['provider'],
      },
      { method: 'GET', url: '/api/provider/claims', allowed: ['provider'] },
      { method: 'POST', url: '/api/provider/claims/search', payload: () => ({ q: 'F-1' }), allowed: ['provider'] },
      { method: 'GET', url: '/api/provider/work', allowed: ['provider'] },
      { method: 'GET', url: '/api/provider/ijw/messages', allowed: ['provider'] },
      { method: 'POST', url: '/api/provider/ijw/messages/search', payload: () => ({ q: 'JW' }), allowed: ['provider'] },
    ]);
  });

  it("provider A × provider B: each sees its own allocations and claims, never the other's", async () => {
    const mine = await numbers(own);
    const n = w.numbers;
    expect(mine.sort()).toEqual([n.waiting, n.started, n.ended, n.withdrawn].map(String).sort());
    expect(await numbers(other)).toEqual([String(n.other)]);
    // Searching for the other's number finds nothing: the scope is the actor's organisation, not the query.
    expect(await numbers(own, '', { q: String(n.other) })).toEqual([]);
    expect(await numbers(other, '', { q: String(n.other) })).toEqual([String(n.other)]);
    const claims = await t.app.inject({ method: 'GET', url: '/api/provider/claims', headers: other.headers });
    expect(claims.json<{ total: number }>().total).toBe(0);
  });

  it('state: current, ended and withdrawn allocations are told apart and filtered', async () => {
    const n = w.numbers;
    expect((await numbers(own, '?status=current')).sort()).toEqual([n.waiting, n.started].map(String).sort());
    expect(await numbers(own, '?status=ended')).toEqual([String(n.ended)]);
    expect(await numbers(own, '?status=withdrawn')).toEqual([String(n.withdrawn)]);
  });

  it("named actors × a message: only its own provider reads or downloads it, also when the other's id is known", async () => {
    const db = t.db.kysely;
    const actors = new Map<string, Session | undefined>([
      ['own provider', own],
      ['other provider', other],
      ['consultant', await login(t.app, (await buildUser(db, ['consultant'])).username)],
      ['policy', await login(t.app, (await buildUser(db, ['policy'])).username)],
      ['admin', await login(t.app, (await buildUser(db, ['admin'])).username)],
      ['professional', await login(t.app, (await buildUser(db, ['professional'])).username)],
      ['anonymous', undefined],
    ]);
    await checkActorMatrix(t, actors, [
      {
        name: 'read',
        method: 'GET',
        url: () => `/api/provider/ijw/messages/${w.otherMessageId}`,
        allowed: ['other provider'],
      },
      {
        name: 'download',
        method: 'GET',
        url: () => `/api/provider/ijw/messages/${w.otherMessageId}/xml`,
        allowed: ['other provider'],
      },
    ]);
  });

  it('every list is audited as a search by the provider, with what it showed', async () => {
    await numbers(own);
    const row = await t.db.kysely
      .selectFrom('audit_event')
      .select(['event', 'outcome', 'actor_role', 'purpose', 'data_description'])
      .where('subject_type', '=', 'provider_allocation')
      .where('actor_user_id', '=', ownUserId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ event: 'provider_allocation.search', outcome: 'allowed', actor_role: 'provider' });
    expect(row.data_description).toContain('masked BSN');
  });
});
