import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/db/connect.js';
import { ORGANISATION_TYPES, ROLES } from '../platform/db/schema.js';
import { createTestDatabase } from '../test-support/database.js';
import { findInconsistencies } from './consistency.js';
import { DEMO_ACCOUNTS, seedDemo, startOfUtcDay } from './demo.js';
import { MUNICIPALITY_WEIGHT } from './population.js';
import { isValidBsn, SeededRandom, syntheticBsn } from './random.js';

let a: Database;
let b: Database;
beforeAll(async () => {
  [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  // One day for both: seeding across midnight would otherwise give two different regions.
  const today = startOfUtcDay(new Date());
  expect(await seedDemo(a.kysely, 'demo-password', undefined, today)).toBe(true);
  expect(await seedDemo(b.kysely, 'demo-password', undefined, today)).toBe(true);
}, 180_000);
afterAll(async () => {
  await a.close();
  await b.close();
});

async function fingerprint(db: Database) {
  const k = db.kysely;
  const parts = {
    users: await k.selectFrom('app_user').select(['username', 'display_name', 'roles']).orderBy('username').execute(),
    teams: await k.selectFrom('team').select(['name', 'type', 'municipality_code']).orderBy('name').execute(),
    hoods: await k.selectFrom('neighbourhood').select(['code', 'name']).orderBy('code').execute(),
    orgs: await k.selectFrom('organisation').select(['name', 'type', 'agb_code']).orderBy('name').execute(),
    families: await k
      .selectFrom('family')
      .select(['reference', 'neighbourhood_code', 'postcode'])
      .orderBy('reference')
      .execute(),
    trajectories: await k
      .selectFrom('trajectory as t')
      .innerJoin('family as f', 'f.id', 't.family_id')
      .select(['f.reference', 't.status', 't.ending_reason', 't.satisfaction'])
      .orderBy('f.reference')
      .execute(),
    persons: await k
      .selectFrom('person')
      .select(['id', 'given_name', 'family_name', 'birth_date'])
      .orderBy('id')
      .execute(),
    stories: await k
      .selectFrom('family_story')
      .select(['family_id', 'kind', 'version', 'body'])
      .orderBy('family_id')
      .orderBy('kind')
      .orderBy('version')
      .execute(),
    // Plan content names the regisseur's account id, which the database generates: compare without it.
    plans: (
      await k
        .selectFrom('plan_version')
        .select(['family_id', 'version', 'content'])
        .orderBy('family_id')
        .orderBy('version')
        .execute()
    ).map((v) => JSON.stringify(v).replace(/"userId":"[0-9a-f-]{36}"/g, '"userId":"…"')),
    scores: await k
      .selectFrom('measurement_score')
      .select((eb) => [eb.fn.sum<number>('score').as('sum'), eb.fn.countAll<number>().as('n')])
      .execute(),
  };
  return Object.fromEntries(Object.entries(parts).map(([key, value]) => [key, JSON.stringify(value)]));
}

describe('the demo region', () => {
  it('is the same on every machine (fixed seed)', async () => {
    const [fa, fb] = [await fingerprint(a), await fingerprint(b)];
    for (const key of Object.keys(fa))
      expect(fa[key as keyof typeof fa] === fb[key as keyof typeof fb], key).toBe(true);
  });

  it("has IJsselland's ten municipalities with their real CBS codes and CBS-shaped neighbourhoods", async () => {
    const ms = await a.kysely.selectFrom('municipality').select(['code', 'name']).orderBy('code').execute();
    expect(ms).toEqual([
      { code: '0148', name: 'Dalfsen' },
      { code: '0160', name: 'Hardenberg' },
      { code: '0166', name: 'Kampen' },
      { code: '0175', name: 'Ommen' },
      { code: '0177', name: 'Raalte' },
      { code: '0180', name: 'Staphorst' },
      { code: '0193', name: 'Zwolle' },
      { code: '1708', name: 'Steenwijkerland' },
      { code: '1773', name: 'Olst-Wijhe' },
      { code: '1896', name: 'Zwartewaterland' },
    ]);
    const hoods = await a.kysely
      .selectFrom('neighbourhood')
      .select(['code', 'municipality_code', 'district_code'])
      .execute();
    expect(hoods.length).toBeGreaterThanOrEqual(30);
    for (const h of hoods) {
      expect(h.code.slice(2, 6)).toBe(h.municipality_code);
      expect(h.code.slice(0, 8)).toBe(`BU${h.district_code.slice(2)}`);
    }
  });

  it('gives every neighbourhood postcodes near its municipality, and every family an address in its own neighbourhood', async () => {
    const hoodsWithout = await a.kysely
      .selectFrom('neighbourhood as n')
      .leftJoin('postcode_area as p', 'p.neighbourhood_code', 'n.code')
      .select('n.code')
      .where('p.postcode', 'is', null)
      .execute();
    expect(hoodsWithout).toEqual([]);
    const families = await a.kysely
      .selectFrom('family as f')
      .leftJoin('postcode_area as p', 'p.postcode', 'f.postcode')
      .select(['f.reference', 'f.neighbourhood_code', 'p.neighbourhood_code as postcode_neighbourhood'])
      .execute();
    expect(families.length).toBeGreaterThan(0);
    for (const f of families) expect(f.postcode_neighbourhood, f.reference).toBe(f.neighbourhood_code);
  });

  it('has one demo account per role, organisations of every type, and teams with members from several organisations', async () => {
    const demo = await a.kysely
      .selectFrom('app_user')
      .select(['username', 'roles'])
      .where('username', 'like', 'demo.%')
      .execute();
    for (const role of ROLES) expect(demo.find((u) => u.username === `demo.${role}`)?.roles).toContain(role);
    // The start-up list names accounts that exist, the referral index's partner signallers among them.
    const usernames = demo.map((u) => u.username);
    for (const name of DEMO_ACCOUNTS) expect(usernames).toContain(`demo.${name}`);
    expect(DEMO_ACCOUNTS).toEqual(expect.arrayContaining(['signaller.school', 'signaller.gp']));
    const types = new Set((await a.kysely.selectFrom('organisation').select('type').execute()).map((o) => o.type));
    expect([...types].sort()).toEqual([...ORGANISATION_TYPES].sort());
    const providers = await a.kysely
      .selectFrom('organisation')
      .select('agb_code')
      .where('type', '=', 'care_provider')
      .execute();
    expect(providers.every((p) => /^\d{8}$/.test(p.agb_code ?? ''))).toBe(true);
    const perTeam = await a.kysely
      .selectFrom('team_membership as tm')
      .innerJoin('app_user as u', 'u.id', 'tm.user_id')
      .select(['tm.team_id', (eb) => eb.fn.count<number>('u.home_organisation_id').distinct().as('orgs')])
      .groupBy('tm.team_id')
      .execute();
    expect(perTeam).toHaveLength(11); // ten municipal teams and the regional Multi Expertise Team
    expect(perTeam.every((t) => Number(t.orgs) >= 2)).toBe(true);
    const statuses = await a.kysely.selectFrom('trajectory').select('status').distinct().execute();
    expect(statuses).toHaveLength(6);
  });

  it('has about 2,000 families spread over the municipalities by size, Zwolle largest, at every stage', async () => {
    const perMunicipality = await a.kysely
      .selectFrom('family')
      .select(['municipality_code', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('municipality_code')
      .execute();
    const count = (code: string) => Number(perMunicipality.find((m) => m.municipality_code === code)?.n ?? 0);
    expect(perMunicipality.reduce((sum, m) => sum + Number(m.n), 0)).toBe(2000);
    const bySize = Object.keys(MUNICIPALITY_WEIGHT).sort(
      (x, y) => (MUNICIPALITY_WEIGHT[y] ?? 0) - (MUNICIPALITY_WEIGHT[x] ?? 0),
    );
    expect(bySize[0]).toBe('0193');
    for (let i = 1; i < bySize.length; i++)
      expect(count(bySize[i - 1] as string)).toBeGreaterThanOrEqual(count(bySize[i] as string) - 1);
    const stages = await a.kysely
      .selectFrom('trajectory')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute();
    for (const s of stages) expect(Number(s.n), s.status).toBeGreaterThan(80);
    const endings = await a.kysely
      .selectFrom('trajectory')
      .select('ending_reason')
      .distinct()
      .where('ending_reason', 'is not', null)
      .execute();
    expect(endings.map((e) => e.ending_reason).sort()).toEqual(['01', '02', '03', '04', '05']);
  });

  it('gives every family content that matches its stage', async () => {
    expect(await findInconsistencies(a.kysely)).toEqual({});
  });

  it('has late plans in a realistic share, so the caseload warnings show', async () => {
    const rows = await a.kysely
      .selectFrom('trajectory as t')
      .select([
        't.opened_at',
        (eb) =>
          eb
            .exists(eb.selectFrom('plan_sign_off as s').select('s.id').whereRef('s.family_id', '=', 't.family_id'))
            .as('signed'),
      ])
      .where('t.status', '<>', 'closed')
      .execute();
    const late = rows.filter((r) => !r.signed && Date.now() - r.opened_at.getTime() > 43 * 86_400_000).length;
    expect(late / rows.length).toBeGreaterThan(0.05);
    expect(late / rows.length).toBeLessThan(0.25);
  });

  it('keeps demo.professional the regisseur of G-0193-0001..0004 at registered, intake, plan and in progress', async () => {
    const rows = await a.kysely
      .selectFrom('trajectory as t')
      .innerJoin('family as f', 'f.id', 't.family_id')
      .innerJoin('app_user as u', 'u.id', 't.regisseur_id')
      .select(['f.reference', 't.status', 'u.username'])
      .where('f.reference', 'in', ['G-0193-0001', 'G-0193-0002', 'G-0193-0003', 'G-0193-0004'])
      .orderBy('f.reference')
      .execute();
    expect(rows).toEqual([
      { reference: 'G-0193-0001', status: 'registered', username: 'demo.professional' },
      { reference: 'G-0193-0002', status: 'intake', username: 'demo.professional' },
      { reference: 'G-0193-0003', status: 'plan', username: 'demo.professional' },
      { reference: 'G-0193-0004', status: 'in_progress', username: 'demo.professional' },
    ]);
    const open = await a.kysely
      .selectFrom('trajectory as t')
      .innerJoin('app_user as u', 'u.id', 't.regisseur_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('u.username', '=', 'demo.professional')
      .where('t.status', '<>', 'closed')
      .executeTakeFirstOrThrow();
    expect(Number(open.n)).toBeGreaterThan(8); // a real caseload,
    expect(Number(open.n)).toBeLessThan(40); // not the whole team's
  });

  it('is not loaded twice', async () => {
    expect(await seedDemo(a.kysely, 'demo-password')).toBe(false);
  });
});

describe('synthetic BSNs', () => {
  it('always pass the elfproef and come from the 99 test range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const bsn = syntheticBsn(new SeededRandom(seed));
        return isValidBsn(bsn) && bsn.startsWith('99');
      }),
    );
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
  });
});
