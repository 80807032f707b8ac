// The signal lists under the shared paging contract: the queue and the signaller's own list give
// the real total of the filtered list (a queue past 500 says "more than 500": queue-bound.int.test.ts),
// sort as asked (a triaged queue newest first by default) and find by reference, name and signal
// date; a name is searched only in a POST body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { bsnSequence, buildSignalWorld, type SignalWorld } from '../../test-support/signal-factories.js';

let t: TestApp;
let w: SignalWorld;
let housing: Session;
let member: Session;
const refs: string[] = [];

interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
type QueueItem = { id: string; reference: string; displayName: string; receivedAt: string; signalDate: string };

beforeAll(async () => {
  t = await createTestApp();
  w = await buildSignalWorld(t.db.kysely);
  housing = await login(t.app, w.housing.user.username);
  member = await login(t.app, w.member.username);
  const bsns = bsnSequence(7, 8100);
  for (let i = 0; i < 7; i++) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/signals',
      headers: housing.headers,
      payload: {
        ...(i === 3 ? { givenName: 'Zeldzaam', familyName: 'Vinkenoog', birthDate: '1980-01-01' } : { bsn: bsns[i] }),
        postcode: '8011AB',
        houseNumber: String(i + 1),
        category: 'rent_arrears',
        amountCents: 50000,
        arrearsSince: '2026-06-01',
        signalDate: `2026-09-1${i}`,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    refs.push(res.json<{ reference: string }>().reference);
    // Distinct receive times, oldest first, whatever the clock's resolution.
    await t.db.kysely
      .updateTable('signal')
      .set({ received_at: new Date(Date.UTC(2026, 8, 20, 8, i)) })
      .where('reference', '=', refs[i]!)
      .execute();
  }
  // Triage all but the last: the triaged queue has six.
  const ids = await t.db.kysely.selectFrom('signal').select(['id', 'reference']).execute();
  for (const ref of refs.slice(0, 6)) {
    const id = ids.find((r) => r.reference === ref)!.id;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/signals/${id}/triage`,
      headers: member.headers,
      payload: { outcome: 'no_action', reason: 'Al in beeld bij de schuldhulp.' },
    });
    expect(res.statusCode, res.body).toBe(200);
  }
});
afterAll(async () => {
  await t.close();
});

const queue = async (query: string) => {
  const res = await t.app.inject({
    url: `/api/signals/queue?teamId=${w.teamId}&${query}`,
    headers: member.headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page<QueueItem>>();
};
const search = async (body: object) => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/signals/queue/search',
    headers: member.headers,
    payload: { teamId: w.teamId, state: 'all', ...body },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page<QueueItem>>();
};

describe('the triage queue', () => {
  it('gives the real total with a page of the asked size', async () => {
    const page = await queue('state=triaged&pageSize=4&page=2');
    expect(page.total).toBe(6);
    expect(page.items).toHaveLength(2);
    expect(page).toMatchObject({ page: 2, pageSize: 4 });
  });

  it('shows the triaged by latest decision by default, and by receipt when asked', async () => {
    const latest = await queue('state=triaged');
    expect(latest.items.map((i) => i.reference)).toEqual(refs.slice(0, 6).reverse());
    const newest = await queue('state=triaged&sort=received_desc');
    expect(newest.items.map((i) => i.reference)).toEqual(refs.slice(0, 6).reverse());
    const oldest = await queue('state=triaged&sort=received_asc');
    expect(oldest.items.map((i) => i.reference)).toEqual(refs.slice(0, 6));
  });

  it('finds a signal by reference, by name and by signal date (Dutch or ISO)', async () => {
    const byRef = await search({ q: refs[5]!.toLowerCase() });
    expect(byRef.items.map((i) => i.reference)).toEqual([refs[5]]);
    const byName = await search({ q: 'vinken' });
    expect(byName.total).toBe(1);
    expect(byName.items[0]?.displayName).toBe('Zeldzaam Vinkenoog');
    expect((await search({ q: 'zeldzaam vinkenoog' })).items.map((i) => i.reference)).toEqual([refs[3]]);
    expect((await search({ q: '12-9-2026' })).items.map((i) => i.reference)).toEqual([refs[2]]);
    expect((await search({ q: '2026-09-12' })).items.map((i) => i.reference)).toEqual([refs[2]]);
    expect((await search({ q: '100%' })).total).toBe(0);
  });

  it('refuses a search text in the URL', async () => {
    const res = await t.app.inject({
      url: `/api/signals/queue?teamId=${w.teamId}&q=Vinkenoog`,
      headers: member.headers,
    });
    expect(res.statusCode).toBe(400);
  });

  it('says the real total on a page past the end', async () => {
    const page = await queue('state=all&page=50');
    expect(page.items).toEqual([]);
    expect(page.total).toBe(7);
  });
});

describe("the signaller's own signals", () => {
  const own = async (query: string) => {
    const res = await t.app.inject({ url: `/api/signals/submissions?${query}`, headers: housing.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Page<{ reference: string }>>();
  };

  it('pages with the real total, newest first', async () => {
    const page = await own('pageSize=3');
    expect(page.total).toBe(7);
    expect(page.items.map((i) => i.reference)).toEqual(refs.slice(4).reverse());
  });

  it('finds one by reference and sorts by reference', async () => {
    expect((await own(`reference=${encodeURIComponent(refs[1]!)}`)).items.map((i) => i.reference)).toEqual([refs[1]]);
    expect((await own('sort=reference&pageSize=100')).items.map((i) => i.reference)).toEqual([...refs].sort());
  });
});
