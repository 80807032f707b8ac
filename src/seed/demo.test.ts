import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/db/connect.js';
import { ORGANISATION_TYPES, ROLES } from '../platform/db/schema.js';
import { createTestDatabase } from '../test-support/database.js';
import { seedDemo } from './demo.js';
import { isValidBsn, SeededRandom, syntheticBsn } from './random.js';

let a: Database;
let b: Database;
beforeAll(async () => {
  [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  expect(await seedDemo(a.kysely, 'demo-password')).toBe(true);
  expect(await seedDemo(b.kysely, 'demo-password')).toBe(true);
}, 180_000);
afterAll(async () => { await a.close(); await b.close(); });

async function fingerprint(db: Database) {
  const k = db.kysely;
  return JSON.stringify({
    users: await k.selectFrom('app_user').select(['username', 'display_name', 'roles']).orderBy('username').execute(),
    teams: await k.selectFrom('team').select(['name', 'type', 'municipality_code']).orderBy('name').execute(),
    hoods: await k.selectFrom('neighbourhood').select(['code', 'name']).orderBy('code').execute(),
    orgs: await k.selectFrom('organisation').select(['name', 'type', 'agb_code']).orderBy('name').execute(),
    families: await k.selectFrom('family').select(['reference', 'neighbourhood_code']).orderBy('reference').execute(),
  });
}

describe('the demo region', () => {
  it('is the same on every machine (fixed seed)', async () => {
    expect(await fingerprint(a)).toBe(await fingerprint(b));
  });

  it('has IJsselland\'s ten municipalities with their real CBS codes and CBS-shaped neighbourhoods', async () => {
    const ms = await a.kysely.selectFrom('municipality').select(['code', 'name']).orderBy('code').execute();
    expect(ms).toEqual([
      { code: '0148', name: 'Dalfsen' }, { code: '0160', name: 'Hardenberg' }, { code: '0166', name: 'Kampen' }, { code: '0175', name: 'Ommen' },
      { code: '0177', name: 'Raalte' }, { code: '0180', name: 'Staphorst' }, { code: '0193', name: 'Zwolle' }, { code: '1708', name: 'Steenwijkerland' },
      { code: '1773', name: 'Olst-Wijhe' }, { code: '1896', name: 'Zwartewaterland' },
    ]);
    const hoods = await a.kysely.selectFrom('neighbourhood').select(['code', 'municipality_code', 'district_code']).execute();
    expect(hoods.length).toBeGreaterThanOrEqual(30);
    for (const h of hoods) {
      expect(h.code.slice(2, 6)).toBe(h.municipality_code);
      expect(h.code.slice(0, 8)).toBe(`BU${h.district_code.slice(2)}`);
    }
  });

  it('gives every neighbourhood postcodes near its municipality, and every family an address in its own neighbourhood', async () => {
    const hoodsWithout = await a.kysely.selectFrom('neighbourhood as n').leftJoin('postcode_area as p', 'p.neighbourhood_code', 'n.code')
      .select('n.code').where('p.postcode', 'is', null).execute();
    expect(hoodsWithout).toEqual([]);
    const families = await a.kysely.selectFrom('family as f').leftJoin('postcode_area as p', 'p.postcode', 'f.postcode')
      .select(['f.reference', 'f.neighbourhood_code', 'p.neighbourhood_code as postcode_neighbourhood']).execute();
    expect(families.length).toBeGreaterThan(0);
    for (const f of families) expect(f.postcode_neighbourhood, f.reference).toBe(f.neighbourhood_code);
  });

  it('has one demo account per role, organisations of every type, and teams with members from several organisations', async () => {
    const demo = await a.kysely.selectFrom('app_user').select(['username', 'roles']).where('username', 'like', 'demo.%').execute();
    for (const role of ROLES) expect(demo.find((u) => u.username === `demo.${role}`)?.roles).toContain(role);
    const types = new Set((await a.kysely.selectFrom('organisation').select('type').execute()).map((o) => o.type));
    expect([...types].sort()).toEqual([...ORGANISATION_TYPES].sort());
    const providers = await a.kysely.selectFrom('organisation').select('agb_code').where('type', '=', 'care_provider').execute();
    expect(providers.every((p) => /^\d{8}$/.test(p.agb_code ?? ''))).toBe(true);
    const perTeam = await a.kysely.selectFrom('team_membership as tm').innerJoin('app_user as u', 'u.id', 'tm.user_id')
      .select(['tm.team_id', (eb) => eb.fn.count<number>('u.home_organisation_id').distinct().as('orgs')]).groupBy('tm.team_id').execute();
    expect(perTeam).toHaveLength(11); // ten municipal teams and the regional Multi Expertise Team
    expect(perTeam.every((t) => Number(t.orgs) >= 2)).toBe(true);
    const statuses = await a.kysely.selectFrom('trajectory').select('status').distinct().execute();
    expect(statuses).toHaveLength(6);
  });

  it('is not loaded twice', async () => {
    expect(await seedDemo(a.kysely, 'demo-password')).toBe(false);
  });
});

describe('synthetic BSNs', () => {
  it('always pass the elfproef and come from the 99 test range', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
      const bsn = syntheticBsn(new SeededRandom(seed));
      return isValidBsn(bsn) && bsn.startsWith('99');
    }));
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
  });
});
