// "Mijn gezinnen" under the shared paging contract: one row per family (a family that came back is
// listed once, with its open trajectory), the real total across pages, sorting by reference, and
// the quick search by reference or name in a POST body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildPerson, buildTeam, buildUser } from '../../test-support/factories.js';

let t: TestApp;
let s: Session;
const refs: string[] = [];

interface Page {
  items: { id: string; reference: string; status: string | null; members: { givenName: string }[] }[];
  total: number;
  page: number;
  pageSize: number;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  const team = await buildTeam(db);
  const regisseur = await buildUser(db, ['professional']);
  s = await login(t.app, regisseur.username);
  for (let i = 0; i < 30; i++) {
    const f = await buildFamilyWithTrajectory(db, { teamId: team, regisseurId: regisseur.id });
    refs.push(f.reference);
    await buildPerson(db, f.familyId, {
      kind: 'parent',
      givenName: i === 7 ? 'Wendelien' : 'Anna',
      familyName: `Test${i}`,
    });
    if (i === 0) {
      // The same family came back: a closed earlier trajectory beside the open one.
      await db
        .insertInto('trajectory')
        .values({
          family_id: f.familyId,
          team_id: team,
          regisseur_id: regisseur.id,
          status: 'closed',
          closed_at: new Date(),
          opened_at: new Date(Date.UTC(2020, 0, 1)),
        })
        .execute();
    }
  }
});
afterAll(async () => {
  await t.close();
});

const list = async (query = '') => {
  const res = await t.app.inject({ url: `/api/families?${query}`, headers: s.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page>();
};
const search = async (body: object) => {
  const res = await t.app.inject({ method: 'POST', url: '/api/families/search', headers: s.headers, payload: body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page>();
};

describe('Mijn gezinnen', () => {
  it('says the real count and pages through it, each family once', async () => {
    const first = await list();
    expect(first).toMatchObject({ total: 30, page: 1, pageSize: 25 });
    expect(first.items).toHaveLength(25);
    const second = await list('page=2');
    expect(second.items).toHaveLength(5);
    const ids = [...first.items, ...second.items].map((f) => f.id);
    expect(new Set(ids).size).toBe(30);
    const cameBack = [...first.items, ...second.items].find((f) => f.reference === refs[0]);
    expect(cameBack?.status).toBe('in_progress');
  });

  it('sorts by reference both ways', async () => {
    const sorted = [...refs].sort();
    expect((await list('sort=reference&pageSize=100')).items.map((f) => f.reference)).toEqual(sorted);
    expect((await list('sort=reference_desc&pageSize=3')).items.map((f) => f.reference)).toEqual(
      sorted.reverse().slice(0, 3),
    );
  });

  it('finds by reference or by name, with the members in the row', async () => {
    const byRef = await search({ q: refs[12]!.toLowerCase() });
    expect(byRef.items.map((f) => f.reference)).toEqual([refs[12]]);
    const byName = await search({ q: 'wendel' });
    expect(byName.total).toBe(1);
    expect(byName.items[0]?.members.map((m) => m.givenName)).toEqual(['Wendelien']);
    const paged = await search({ name: 'anna', pageSize: 10, page: 3 });
    expect(paged).toMatchObject({ total: 29, page: 3 });
    expect(paged.items).toHaveLength(9);
  });

  it('keeps a search text out of the URL', async () => {
    const res = await t.app.inject({ url: '/api/families?q=Wendelien', headers: s.headers });
    expect(res.statusCode).toBe(400);
  });
});
