// Budget against spend through HTTP: every figure reconciles exactly with the allocation and claim-line
// rows (and with the contract manager's budget page), youth counts under 5 are hidden with secondary
// suppression so no hidden count follows from the published ones, a cost per youth only over a shown
// count, a bounded number of statements, and who may read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../../test-support/app.js';
import { createTestDatabase } from '../../../test-support/database.js';
import type { Database } from '../../../platform/db/connect.js';
import { buildUser, buildPerson } from '../../../test-support/factories.js';
import { buildContract, buildContractManager, buildDecision } from '../../../test-support/contracts.js';
import { checkRouteMatrix } from '../../../test-support/access-matrix.js';
import type { BudgetSteering } from './schemas.js';

let db: Database;
let t: TestApp;
let policy: Session;
let manager: Session;
let sent: string[] | null = null;
/** The rows the figures must reconcile with, as inserted. */
const rows: Array<{
  line: string;
  provider: string;
  status: string;
  expected: number;
  claims: Array<[string, number, 'D' | 'C', boolean]>;
}> = [];

beforeAll(async () => {
  db = await createTestDatabase({ onStatement: (s) => sent?.push(s) });
  t = await createTestApp({ database: db });
  const k = db.kysely;
  policy = await login(t.app, (await buildUser(k, ['policy'])).username);
  manager = await login(t.app, (await buildContractManager(k)).username);
  const lines = {
    local: (
      await k
        .insertInto('budget_line')
        .values({
          municipality_code: '0193',
          year: 2026,
          line: 'local_ambulant',
          scope: 'local',
          amount_cents: 5_000_000,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
    regional: (
      await k
        .insertInto('budget_line')
        .values({
          municipality_code: '0193',
          year: 2026,
          line: 'regional_residential',
          scope: 'regional',
          split_note: 'naar aantal jeugdigen',
          amount_cents: 3_000_000,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  };
  const a = await buildContract(k);
  const b = await buildContract(k, { region: true, line: 'regional_residential' });
  const { decisionId, personId } = await buildDecision(k);
  const family = await k.selectFrom('person').select('family_id').where('id', '=', personId).executeTakeFirstOrThrow();
  const message = await k
    .insertInto('ijw_message')
    .values({
      message_type: 'JW323',
      direction: 'in',
      municipality_code: '0193',
      provider_id: a.providerId,
      identification: 'T1',
      status: 'processed',
      xml: '<x/>',
      size_bytes: 4,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const claim = await k
    .insertInto('claim')
    .values({
      message_id: message.id,
      provider_id: a.providerId,
      municipality_code: '0193',
      invoice_number: 'F1',
      invoice_date: '2026-06-01',
      line_count: 0,
      claimed_cents: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Provider A: 7 youths on the local line (one allocation withdrawn); provider B: 2 youths, regional.
  const plan: typeof rows = [
    {
      line: 'local',
      provider: a.providerId,
      status: 'active',
      expected: 400_000,
      claims: [
        ['2026-01-01', 100_000, 'D', true],
        ['2026-02-01', 100_000, 'D', true],
      ],
    },
    {
      line: 'local',
      provider: a.providerId,
      status: 'active',
      expected: 300_000,
      claims: [
        ['2026-03-01', 50_000, 'D', true],
        ['2026-03-01', 20_000, 'C', true],
      ],
    },
    {
      line: 'local',
      provider: a.providerId,
      status: 'ended',
      expected: 200_000,
      claims: [['2026-04-01', 180_000, 'D', true]],
    },
    {
      line: 'local',
      provider: a.providerId,
      status: 'active',
      expected: 100_000,
      claims: [
        ['2026-05-01', 150_000, 'D', true],
        ['2026-05-01', 99_999, 'D', false],
      ],
    },
    { line: 'local', provider: a.providerId, status: 'active', expected: 250_000, claims: [] },
    {
      line: 'local',
      provider: a.providerId,
      status: 'active',
      expected: 250_000,
      claims: [['2025-12-01', 30_000, 'D', true]],
    },
    { line: 'local', provider: a.providerId, status: 'withdrawn', expected: 500_000, claims: [] },
    {
      line: 'regional',
      provider: b.providerId,
      status: 'active',
      expected: 900_000,
      claims: [['2026-02-01', 300_000, 'D', true]],
    },
    {
      line: 'regional',
      provider: b.providerId,
      status: 'active',
      expected: 600_000,
      claims: [['2026-06-01', 200_000, 'D', true]],
    },
  ];
  let ref = 0;
  for (const [i, r] of plan.entries()) {
    const person = i === 0 ? personId : await buildPerson(k, family.family_id);
    const alloc = await k
      .insertInto('allocation')
      .values({
        decision_id: decisionId,
        municipality_code: '0193',
        allocation_number: 900 + i,
        person_id: person,
        provider_id: r.provider,
        kind: 'aspecific',
        category: r.line === 'local' ? '45' : '43',
        budget_cents: r.expected,
        starts_on: '2026-01-01',
        ends_on: '2026-12-31',
        referrer_type: '01',
        expected_cost_cents: r.expected,
        budget_line_id: r.line === 'local' ? lines.local : lines.regional,
        status: r.status as 'active',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [month, cents, dc, accepted] of r.claims) {
      ref += 1;
      await k
        .insertInto('claim_line')
        .values({
          claim_id: claim.id,
          provider_id: r.provider,
          municipality_code: '0193',
          reference: `R${ref}`,
          allocation_id: alloc.id,
          period_start: month,
          period_end: month,
          volume: 1,
          unit: '83',
          tariff_cents: cents,
          amount_cents: cents,
          debit_credit: dc,
          accepted,
        })
        .execute();
    }
    rows.push(r);
  }
});
afterAll(async () => {
  await t?.close();
  await db?.close();
});

const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });

/** The figures computed by hand from the rows. */
function expected(filter: (r: (typeof rows)[number]) => boolean) {
  let spent = 0;
  let committed = 0;
  for (const r of rows.filter(filter)) {
    const s = r.claims.filter((c) => c[3]).reduce((acc, c) => acc + (c[2] === 'D' ? c[1] : -c[1]), 0);
    spent += s;
    if (r.status === 'active') committed += Math.max(r.expected - s, 0);
  }
  return { spent, committed };
}

describe('budget against spend', () => {
  it('reconciles exactly with the allocation and accepted claim-line rows, in every breakdown', async () => {
    const res = await get(policy, '/api/insights/budget?area=0193&year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<BudgetSteering>();
    const all = expected(() => true);
    expect(body.total).toMatchObject({
      budgetCents: 8_000_000,
      spentCents: all.spent,
      committedCents: all.committed,
      remainingCents: 8_000_000 - all.spent - all.committed,
    });
    const local = expected((r) => r.line === 'local');
    expect(body.lines.find((l) => l.line === 'local_ambulant')).toMatchObject({
      scope: 'local',
      spentCents: local.spent,
      committedCents: local.committed,
    });
    expect(body.scopes.map((s) => s.scope)).toEqual(['local', 'regional']);
    const sum = (list: Array<{ spentCents: number; committedCents: number }>) =>
      list.reduce((acc, x) => ({ spent: acc.spent + x.spentCents, committed: acc.committed + x.committedCents }), {
        spent: 0,
        committed: 0,
      });
    for (const part of [body.lines, body.scopes, body.providers, body.categories, body.municipalities])
      expect(sum(part)).toEqual(all);
    // Months: the spend of the year's claim periods; the December 2025 period is outside the chart.
    expect(body.months).toHaveLength(12);
    expect(body.months.at(-1)!.cumulativeCents).toBe(all.spent - 30_000);
    expect(body.months.find((m) => m.month === '2026-03')!.spentCents).toBe(30_000);
    // The contract manager's budget page shows the very same figures.
    const page = (await get(manager, '/api/budgets?municipalityCode=0193&year=2026')).json<{
      items: Array<{ line: string; spentCents: number; committedCents: number }>;
    }>();
    for (const l of body.lines)
      expect(page.items.find((i) => i.line === l.line)).toMatchObject({
        spentCents: l.spentCents,
        committedCents: l.committedCents,
      });
    // The region is the sum of its municipalities (here only Zwolle has lines).
    const region = (await get(policy, '/api/insights/budget?area=TEST&year=2026')).json<BudgetSteering>();
    expect(region.area.kind).toBe('region');
    expect(region.total.spentCents).toBe(all.spent);
  });

  it('hides youth counts under 5 (and a second one), never a cost per youth over a hidden count', async () => {
    const body = (await get(policy, '/api/insights/budget?area=0193&year=2026')).json<BudgetSteering>();
    const regional = body.lines.find((l) => l.line === 'regional_residential')!;
    expect(regional.youths).toEqual({ kind: 'primary', value: null });
    expect(regional.costPerYouthCents).toBeNull();
    // Two lines, one hidden: the other is hidden too, or the total would give it away.
    const local = body.lines.find((l) => l.line === 'local_ambulant')!;
    expect(local.youths.kind).toBe('secondary');
    expect(local.costPerYouthCents).toBeNull();
    expect(body.total.youths).toEqual({ kind: 'value', value: 8 });
    expect(body.total.costPerYouthCents).toBe(Math.round(body.total.spentCents / 8));
    // Reconstruction: in every published column of youth counts, hidden cells are never alone, so
    // the total minus the shown cells never pins one hidden cell.
    for (const column of [body.lines, body.scopes, body.providers, body.categories].map((l) =>
      l.map((x) => x.youths),
    )) {
      const hidden = column.filter((c) => c.kind !== 'value').length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
      for (const c of column) if (c.kind === 'value') expect(c.value === 0 || c.value! >= 5).toBe(true);
    }
  });

  it('reads in a bounded number of statements', async () => {
    sent = [];
    const res = await get(policy, '/api/insights/budget?area=0193&year=2026');
    const count = sent.length;
    sent = null;
    expect(res.statusCode).toBe(200);
    expect(count).toBeLessThanOrEqual(8);
  });

  it('is for policy advisors and the contract managers of the region only', async () => {
    // Role alone: policy advisors; a contract manager needs a region (its organisation's municipality).
    await checkRouteMatrix(t, [
      { method: 'GET', url: '/api/insights/budget?area=0193&year=2026', allowed: ['policy'] },
      { method: 'GET', url: '/api/insights/budget?area=TEST', allowed: ['policy'] },
    ]);
    await db.kysely.insertInto('region').values({ code: 'ELDERS', name: 'Elders' }).execute();
    await db.kysely
      .insertInto('municipality')
      .values({ code: '0363', name: 'Amsterdam', region_code: 'ELDERS' })
      .execute();
    const far = await login(t.app, (await buildContractManager(db.kysely, '0363')).username);
    const cases: Array<[string, Session, string, number]> = [
      ['manager, own municipality', manager, '/api/insights/budget?area=0193', 200],
      ['manager, own region', manager, '/api/insights/budget?area=TEST', 200],
      ['manager, other region', manager, '/api/insights/budget?area=ELDERS', 403],
      ['manager of the other region, this municipality', far, '/api/insights/budget?area=0193', 403],
      ['manager of the other region, own region', far, '/api/insights/budget?area=ELDERS', 200],
      ['policy, unknown area', policy, '/api/insights/budget?area=9999', 404],
    ];
    for (const [label, s, url, status] of cases) expect((await get(s, url)).statusCode, label).toBe(status);
  });
});
