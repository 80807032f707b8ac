import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/db/connect.js';
import { ORGANISATION_TYPES, ROLES } from '../platform/db/schema.js';
import { createTestDatabase } from '../test-support/database.js';
import { findInconsistencies } from './consistency.js';
import { DEMO_ACCOUNTS, seedDemo, startOfUtcDay } from './demo.js';
import { budgetFigures } from '../modules/allocations/contracts/budget.js';
import { today } from '../platform/clock.js';
import type { Tx } from '../platform/db/transaction.js';
import { dateText } from '../modules/allocations/exchange/handler-context.js';
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
}, 600_000);
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
      .select(['f.reference', 't.status', 't.ending_reason', 't.satisfaction', 't.opened_at'])
      .orderBy('f.reference')
      .orderBy('t.opened_at')
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
    decisions: await k
      .selectFrom('decision')
      .select(['reference', 'outcome', 'municipality_code', 'decided_at'])
      .orderBy('reference')
      .execute(),
    allocations: await k
      .selectFrom('allocation')
      .select(['allocation_number', 'product_code', 'starts_on', 'ends_on', 'volume', 'expected_cost_cents'])
      .orderBy('allocation_number')
      .execute(),
    messages: await k
      .selectFrom('ijw_message')
      .select(['message_type', 'direction', 'identification', 'created_at', 'size_bytes'])
      .orderBy('created_at')
      .orderBy('identification')
      .execute(),
    claimLines: await k
      .selectFrom('claim_line')
      .select(['reference', 'accepted', 'return_codes', 'amount_cents'])
      .orderBy('reference')
      .execute(),
    budgets: await k
      .selectFrom('budget_line')
      .select(['municipality_code', 'year', 'line', 'amount_cents'])
      .orderBy('municipality_code')
      .orderBy('year')
      .orderBy('line')
      .execute(),
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

describe('the care allocation history (DEMO_ALLOCATIONS=small), through the real message path', () => {
  const count = async (q: { execute(): Promise<unknown[]> }) => (await q.execute()).length;

  it('has decisions over time, each allocation with its JW301 in the provider box', async () => {
    const allocations = await a.kysely
      .selectFrom('allocation as al')
      .innerJoin('decision as d', 'd.id', 'al.decision_id')
      .select(['al.person_id', 'al.provider_id', 'd.decided_at', 'd.outcome'])
      .execute();
    expect(allocations.length).toBeGreaterThanOrEqual(30);
    expect(allocations.length).toBeLessThan(100);
    const jw301 = await a.kysely
      .selectFrom('ijw_message')
      .select(['person_id', 'provider_id'])
      .where('message_type', '=', 'JW301')
      .where('direction', '=', 'out')
      .execute();
    const sent = new Set(jw301.map((m) => `${m.person_id}|${m.provider_id}`));
    for (const al of allocations) expect(sent.has(`${al.person_id}|${al.provider_id}`)).toBe(true);
    // Dated when they were taken, not all at the moment of seeding.
    const days = new Set(allocations.map((al) => today(al.decided_at)));
    expect(days.size).toBeGreaterThan(20);
  });

  it('has starts (JW305) for most allocations and stops (JW307) with JZ588 end reasons, each answered', async () => {
    const periods = await a.kysely
      .selectFrom('care_period as c')
      .innerJoin('ijw_message as m', 'm.id', 'c.start_message_id')
      .select(['m.message_type', 'c.stopped_on', 'c.end_reason', 'c.stop_message_id'])
      .execute();
    const allocations = await count(a.kysely.selectFrom('allocation').select('id'));
    expect(periods.length / allocations).toBeGreaterThan(0.6);
    expect(periods.every((p) => p.message_type === 'JW305')).toBe(true);
    const stops = periods.filter((p) => p.stopped_on !== null);
    expect(stops.length).toBeGreaterThan(0);
    for (const s of stops) {
      expect(s.stop_message_id).not.toBeNull();
      expect(['02', '20', '31', '32', '33', '34', '35', '36', '37', '38', '39']).toContain(s.end_reason);
    }
    const unanswered = await a.kysely
      .selectFrom('ijw_message as m')
      .leftJoin('ijw_message as r', 'r.answers_message_id', 'm.id')
      .select('m.message_type')
      .where('m.direction', '=', 'in')
      .where('m.message_type', 'in', ['JW305', 'JW307', 'JW315', 'JW317', 'JW323'])
      .where('r.id', 'is', null)
      .execute();
    expect(unanswered).toEqual([]);
  });

  it('has monthly claims answered with a JW325, a few lines refused for TR321, TR346 and TR387', async () => {
    const claims = await a.kysely.selectFrom('claim').select(['answer_message_id', 'line_count']).execute();
    expect(claims.length).toBeGreaterThan(10);
    expect(claims.every((c) => c.answer_message_id !== null)).toBe(true);
    const refused = await a.kysely
      .selectFrom('claim_line')
      .select('return_codes')
      .where('accepted', '=', false)
      .execute();
    const codes = new Set(refused.flatMap((r) => r.return_codes));
    // WJ001: 9321 volume over the allocation (TR321), 9346 amount ≠ volume × tariff (TR346), 9387 period start (TR387).
    for (const code of ['9321', '9346', '9387']) expect(codes).toContain(code);
    const accepted = await count(a.kysely.selectFrom('claim_line').select('id').where('accepted', '=', true));
    expect(refused.length).toBeLessThan(accepted / 4);
  });

  it('has requests from providers (JW315, JW317) waiting for an answer, some past their five working days', async () => {
    const open = await a.kysely
      .selectFrom('allocation_request')
      .select(['source', 'answer_due'])
      .where('status', '=', 'open')
      .where('source', 'in', ['jw315', 'jw317'])
      .execute();
    expect(new Set(open.map((r) => r.source))).toEqual(new Set(['jw315', 'jw317']));
    const todayIso = today();
    const due = open.map((r) => dateText(r.answer_due));
    expect(due.some((d) => d < todayIso)).toBe(true);
    expect(due.some((d) => d >= todayIso)).toBe(true);
    // demo.consultant still has a plan request to decide.
    expect(
      await count(
        a.kysely
          .selectFrom('allocation_request')
          .select('id')
          .where('status', '=', 'open')
          .where('source', '=', 'plan'),
      ),
    ).toBeGreaterThan(0);
  });

  it("places youths of the arrangement's municipality in the education-care class, with places left", async () => {
    const placed = await a.kysely
      .selectFrom('allocation as al')
      .innerJoin('care_arrangement as ca', 'ca.id', 'al.arrangement_id')
      .innerJoin('person as p', 'p.id', 'al.person_id')
      .innerJoin('family as f', 'f.id', 'p.family_id')
      .select(['f.municipality_code', 'ca.municipality_code as arrangement_municipality', 'ca.capacity'])
      .execute();
    expect(placed.length).toBeGreaterThanOrEqual(3);
    for (const p of placed) expect(p.municipality_code).toBe(p.arrangement_municipality);
    expect(placed.length).toBeLessThan(placed[0]?.capacity ?? 0);
  });

  it("gives demo.provider's organisation allocations and messages", async () => {
    const provider = await a.kysely
      .selectFrom('app_user')
      .select('home_organisation_id')
      .where('username', '=', 'demo.provider')
      .executeTakeFirstOrThrow();
    const own = provider.home_organisation_id;
    expect(await count(a.kysely.selectFrom('allocation').select('id').where('provider_id', '=', own))).toBeGreaterThan(
      3,
    );
    expect(await count(a.kysely.selectFrom('ijw_message').select('id').where('provider_id', '=', own))).toBeGreaterThan(
      10,
    );
  });

  it('keeps budget figures equal to the decisions and claims, with some lines near or over 100 %', async () => {
    const lines = await budgetFigures(a.kysely as unknown as Tx, {
      municipalityCodes: (await a.kysely.selectFrom('municipality').select('code').execute()).map((m) => m.code),
    });
    const allocations = await a.kysely
      .selectFrom('allocation')
      .select(['id', 'budget_line_id', 'expected_cost_cents', 'status'])
      .execute();
    const spend = await a.kysely
      .selectFrom('claim_line')
      .select(['allocation_id', 'amount_cents', 'debit_credit'])
      .where('accepted', '=', true)
      .execute();
    const spentOf = new Map<string, number>();
    for (const c of spend)
      spentOf.set(
        c.allocation_id ?? '',
        (spentOf.get(c.allocation_id ?? '') ?? 0) + (c.debit_credit === 'C' ? -1 : 1) * Number(c.amount_cents),
      );
    let full = 0;
    for (const line of lines) {
      const mine = allocations.filter((al) => al.budget_line_id === line.budgetLineId);
      const spent = mine.reduce((s, al) => s + (spentOf.get(al.id) ?? 0), 0);
      const committed = mine
        .filter((al) => al.status === 'active')
        .reduce((s, al) => s + Math.max(Number(al.expected_cost_cents) - (spentOf.get(al.id) ?? 0), 0), 0);
      expect(line.spentCents, line.line).toBe(spent);
      expect(line.committedCents, line.line).toBe(committed);
      if (mine.length > 0 && committed + spent >= 0.9 * line.budgetCents) full += 1;
    }
    expect(full).toBeGreaterThanOrEqual(2);
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
