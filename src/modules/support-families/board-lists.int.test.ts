// The board's lists under the shared paging contract: requests and support families of the
// coordinator's area only, with the real total across pages, sorted, and searched by reference or
// name in a POST body (never in the URL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildCoordinator, buildRequest, buildSupportFamily } from '../../test-support/support-families.js';

let t: TestApp;
let s: Session;
let outside: Session;
const requestRefs: string[] = [];
let familyRef = '';
const matchRequestRefs: string[] = [];
const familyIds: string[] = [];
let coordinatorId = '';
const B = '/api/support-families';

interface Page {
  items: { reference: string; givenName: string }[];
  total: number;
  page: number;
  pageSize: number;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  const coordinator = await buildCoordinator(db, { municipalities: ['0193'] });
  s = await login(t.app, coordinator.username);
  outside = await login(t.app, (await buildCoordinator(db, { municipalities: ['0166'] })).username);
  for (let i = 0; i < 12; i++) requestRefs.push((await buildRequest(db)).reference);
  await buildRequest(db, { status: 'unconfirmed' });
  for (let i = 0; i < 3; i++) {
    const f = await buildSupportFamily(db, {
      recordedBy: coordinator.id,
      givenName: i === 1 ? 'Gerritdina' : `Steun${i}`,
    });
    if (i === 1) familyRef = f.reference;
    familyIds.push(f.id);
  }
  coordinatorId = coordinator.id;
});
afterAll(async () => {
  await t.close();
});

const get = async (url: string, session = s) => {
  const res = await t.app.inject({ url, headers: session.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page>();
};
const post = async (url: string, body: object) => {
  const res = await t.app.inject({ method: 'POST', url, headers: s.headers, payload: body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page>();
};

describe("the coordinator's requests", () => {
  it('pages the area with the real total (unconfirmed left out), nothing outside it', async () => {
    const page = await get(`${B}/requests?pageSize=5&page=3`);
    expect(page).toMatchObject({ total: 12, page: 3, pageSize: 5 });
    expect(page.items).toHaveLength(2);
    expect((await get(`${B}/requests`, outside)).total).toBe(0);
  });

  it('sorts by reference and newest first', async () => {
    expect((await get(`${B}/requests?sort=reference&pageSize=100`)).items.map((r) => r.reference)).toEqual(
      [...requestRefs].sort(),
    );
    expect((await get(`${B}/requests?sort=newest&pageSize=1`)).items[0]?.reference).toBe(requestRefs.at(-1));
  });

  it('finds by reference or name in a POST body', async () => {
    expect(
      (await post(`${B}/requests/search`, { q: requestRefs[4]!.toLowerCase() })).items.map((r) => r.reference),
    ).toEqual([requestRefs[4]]);
    expect((await post(`${B}/requests/search`, { q: 'testgezin', pageSize: 10 })).total).toBe(12);
    const res = await t.app.inject({ url: `${B}/requests?q=Testgezin`, headers: s.headers });
    expect(res.statusCode).toBe(400);
  });
});

describe("the coordinator's support families", () => {
  it('pages with the real total and finds one by name', async () => {
    expect(await get(`${B}/families?pageSize=2`)).toMatchObject({ total: 3, pageSize: 2 });
    const found = await post(`${B}/families/search`, { q: 'gerritdina' });
    expect(found.items.map((f) => f.reference)).toEqual([familyRef]);
  });
});

describe("the coordinator's matches", () => {
  interface MatchPage {
    items: { request: { reference: string }; family: { reference: string } }[];
    total: number;
  }
  // After the request tests (their totals count requests): three proposed matches a day apart,
  // the newest proposal being the last request's.
  beforeAll(async () => {
    for (const [i, familyId] of familyIds.entries()) {
      const request = await buildRequest(t.db.kysely);
      matchRequestRefs.push(request.reference);
      await t.db.kysely
        .insertInto('support_match')
        .values({
          request_id: request.id,
          family_id: familyId,
          status: 'proposed',
          score: 50,
          proposed_by: coordinatorId,
          proposed_at: new Date(Date.UTC(2026, 10, 1 + i)),
        })
        .execute();
    }
  });
  it('pages newest proposal first with the real total, nothing outside the area, found by either family', async () => {
    const first = (await get(`${B}/matches?pageSize=2`)) as unknown as MatchPage;
    expect(first.total).toBe(3);
    expect(first.items.map((m) => m.request.reference)).toEqual([matchRequestRefs[2], matchRequestRefs[1]]);
    const second = (await get(`${B}/matches?pageSize=2&page=2`)) as unknown as MatchPage;
    expect(second.items.map((m) => m.request.reference)).toEqual([matchRequestRefs[0]]);
    expect((await get(`${B}/matches`, outside)).total).toBe(0);
    const byFamily = (await post(`${B}/matches/search`, { q: 'gerritdina' })) as unknown as MatchPage;
    expect(byFamily.items.map((m) => m.family.reference)).toEqual([familyRef]);
    const byRequest = (await post(`${B}/matches/search`, { q: matchRequestRefs[0] })) as unknown as MatchPage;
    expect(byRequest.total).toBe(1);
    expect((await t.app.inject({ url: `${B}/matches?q=x`, headers: s.headers })).statusCode).toBe(400);
  });
});
