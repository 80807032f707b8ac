// Neighbourhood patterns through HTTP: counts per neighbourhood and category, small numbers hidden,
// every published figure derivable from shown cells only (so nothing hidden can be recovered by
// differencing any two of them); access for team leads of the municipality and policy; collective
// activities; no 5xx on bad queries.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { addToTeam, buildTeam, buildUser } from '../../test-support/factories.js';
import { buildSignalWorld, ensurePostcodes, type SignalWorld } from '../../test-support/signal-factories.js';
import { lastMonths } from './patterns.js';

let t: TestApp;
let w: SignalWorld;
let lead: Session;
let policy: Session;
const month = lastMonths(new Date()).at(-2) as string;

interface Pattern {
  month: string;
  columns: string[];
  rows: Array<{
    code: string;
    cells: Array<{ kind: string; value: number | null }>;
    total: { value: number; partial: boolean };
  }>;
  columnTotals: Array<{ value: number; partial: boolean }>;
  total: { value: number; partial: boolean };
  trend: Array<{ month: string; total: { value: number; partial: boolean } }>;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  w = await buildSignalWorld(db);
  await ensurePostcodes(db);
  await db.insertInto('district').values({ code: 'WK019301', name: 'Noord', municipality_code: '0193' }).execute();
  await db
    .insertInto('neighbourhood')
    .values({ code: 'BU01930100', name: 'Noorderkwartier', district_code: 'WK019301', municipality_code: '0193' })
    .execute();
  await db
    .insertInto('neighbourhood')
    .values({ code: 'BU01930101', name: 'Oosterenk', district_code: 'WK019301', municipality_code: '0193' })
    .execute();
  await db
    .insertInto('postcode_area')
    .values([
      {
        postcode: '8021AB',
        municipality_code: '0193',
        neighbourhood_code: 'BU01930100',
        latitude: 52.52,
        longitude: 6.1,
        source: 'demo',
      },
      {
        postcode: '8022AB',
        municipality_code: '0193',
        neighbourhood_code: 'BU01930101',
        latitude: 52.52,
        longitude: 6.12,
        source: 'demo',
      },
    ])
    .execute();
  // Binnenstad: 12 rent arrears, 3 school absence; Noorderkwartier: 7 and 6; Oosterenk: 9 and 8.
  const plan: Array<[string, string, string, number]> = [
    ['8011AB', 'BU01930000', 'rent_arrears', 12],
    ['8011AB', 'BU01930000', 'school_absence', 3],
    ['8021AB', 'BU01930100', 'rent_arrears', 7],
    ['8021AB', 'BU01930100', 'school_absence', 6],
    ['8022AB', 'BU01930101', 'rent_arrears', 9],
    ['8022AB', 'BU01930101', 'school_absence', 8],
  ];
  let n = 0;
  const rows = plan.flatMap(([postcode, hood, category, count]) =>
    Array.from({ length: count }, () => {
      n += 1;
      return {
        reference: `S-T${String(n).padStart(9, '0')}`,
        organisation_id: w.housing.organisationId,
        submitted_by: w.housing.user.id,
        channel: 'form' as const,
        idempotency_key: n.toString(16).padStart(64, '0'),
        category: category as 'rent_arrears',
        urgency: 'normal' as const,
        given_name: 'Test',
        family_name: `Gezin${n}`,
        birth_date: '1980-01-01',
        postcode,
        house_number: String(n),
        municipality_code: '0193',
        neighbourhood_code: hood,
        amount_cents: category === 'rent_arrears' ? 10000 : null,
        arrears_since: category === 'rent_arrears' ? `${month}-01` : null,
        signal_date: `${month}-15`,
        routed_to: 'team' as const,
        team_id: w.teamId,
        triage_due_on: `${month}-20`,
      };
    }),
  );
  // The arrears check (≥ 30 days) is the service's; these rows go in directly.
  await db
    .insertInto('signal')
    .values(
      rows.map((r) => ({
        ...r,
        arrears_since: r.arrears_since ? `${Number(month.slice(0, 4)) - 1}${month.slice(4)}-01` : null,
      })),
    )
    .execute();
  lead = await login(t.app, w.lead.username);
  policy = await login(t.app, (await buildUser(db, ['policy'])).username);
});
afterAll(async () => {
  await t.close();
});

const get = async (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });

describe('neighbourhood patterns', () => {
  it('count signals per neighbourhood and category, hide 1–4, and hide a second cell beside a lone hidden one', async () => {
    const res = await get(lead, `/api/insights/patterns?municipality=0193&month=${month}`);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json<Pattern>();
    const col = (c: string) => p.columns.indexOf(c);
    const row = (code: string) => p.rows.find((r) => r.code === code)!;
    expect(row('BU01930000').cells[col('school_absence')]).toEqual({ kind: 'primary', value: null });
    // The lone 3 in its row hides the 12 beside it; in its column the smallest other count (6), and
    // then the 7 (the 12's column partner): every row and column with a hidden cell has two.
    expect(row('BU01930000').cells[col('rent_arrears')]).toEqual({ kind: 'secondary', value: null });
    expect(row('BU01930100').cells[col('school_absence')]).toEqual({ kind: 'secondary', value: null });
    expect(row('BU01930100').cells[col('rent_arrears')]).toEqual({ kind: 'secondary', value: null });
    expect(row('BU01930101').cells[col('rent_arrears')]).toEqual({ kind: 'value', value: 9 });
    expect(row('BU01930101').cells[col('school_absence')]).toEqual({ kind: 'value', value: 8 });
    expect(p.total).toEqual({ value: 17, partial: true });
    expect(JSON.stringify(p)).not.toMatch(/"value":[1-4][,}]/);
  });

  it('publishes nothing that cannot be computed from the shown cells (no differencing to a hidden one)', async () => {
    const p = (await get(policy, `/api/insights/patterns?municipality=0193&month=${month}`)).json<Pattern>();
    const shown = (cells: Array<{ kind: string; value: number | null }>) =>
      cells.reduce((a, c) => a + (c.kind === 'value' ? (c.value ?? 0) : 0), 0);
    for (const r of p.rows) expect(r.total.value).toBe(shown(r.cells));
    p.columns.forEach((_, j) => expect(p.columnTotals[j]!.value).toBe(shown(p.rows.map((r) => r.cells[j]!))));
    expect(p.total.value).toBe(shown(p.rows.flatMap((r) => r.cells)));
    // The trend point of every month is the shown total of that month's own published table.
    for (const point of p.trend) {
      const other = (
        await get(policy, `/api/insights/patterns?municipality=0193&month=${point.month}`)
      ).json<Pattern>();
      expect(point.total).toEqual(other.total);
    }
    expect(p.trend.find((x) => x.month === month)?.total).toEqual({ value: 17, partial: true });
  });

  it('outreach outcomes are counted the same way; evictions prevented (a subset of them) are shown apart, never in the totals', async () => {
    const db = t.db.kysely;
    // Oosterenk: 6 rent-arrears outreaches closed as financial follow-up (5 prevented an eviction) and 7 school-absence ones declined;
    // Noorderkwartier: 5 rent-arrears outreaches with non-financial follow-up, no eviction prevented.
    const close = async (
      hood: string,
      category: 'rent_arrears' | 'school_absence',
      count: number,
      outcome: 'follow_up_financial' | 'follow_up_non_financial' | 'declined',
      prevented: number,
    ) => {
      const ids = (
        await db
          .selectFrom('signal')
          .select('id')
          .where('neighbourhood_code', '=', hood)
          .where('category', '=', category)
          .orderBy('reference')
          .limit(count)
          .execute()
      ).map((r) => r.id);
      for (const [i, id] of ids.entries()) {
        await db
          .updateTable('signal')
          .set({
            status: 'closed',
            triage_outcome: 'outreach',
            triaged_at: new Date(`${month}-16T10:00:00Z`),
            outreach_outcome: outcome,
            eviction_prevented: category === 'rent_arrears' ? i < prevented : null,
            outreach_closed_at: new Date(`${month}-20T10:00:00Z`),
          })
          .where('id', '=', id)
          .execute();
      }
    };
    await close('BU01930101', 'rent_arrears', 6, 'follow_up_financial', 5);
    await close('BU01930101', 'school_absence', 7, 'declined', 0);
    await close('BU01930100', 'rent_arrears', 5, 'follow_up_non_financial', 0);
    const res = await get(lead, `/api/insights/patterns?municipality=0193&measure=outreach&month=${month}`);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json<
      Pattern & {
        evictionsPrevented: {
          cells: Array<{ kind: string; value: number | null }>;
          total: { value: number; partial: boolean };
        } | null;
      }
    >();
    expect(p.columns).not.toContain('eviction_prevented');
    const col = (c: string) => p.columns.indexOf(c);
    const row = (code: string) => p.rows.find((r) => r.code === code)!;
    expect(row('BU01930101').cells[col('follow_up_financial')]).toEqual({ kind: 'value', value: 6 });
    expect(row('BU01930101').cells[col('declined')]).toEqual({ kind: 'value', value: 7 });
    expect(row('BU01930101').total).toEqual({ value: 13, partial: false });
    expect(row('BU01930100').total).toEqual({ value: 5, partial: false });
    expect(p.columnTotals[col('follow_up_financial')]).toEqual({ value: 6, partial: false });
    expect(p.total).toEqual({ value: 18, partial: false });
    expect(p.trend.find((x) => x.month === month)?.total).toEqual({ value: 18, partial: false });
    const hoodIndex = p.rows.findIndex((r) => r.code === 'BU01930101');
    expect(p.evictionsPrevented?.cells[hoodIndex]).toEqual({ kind: 'value', value: 5 });
    expect(p.evictionsPrevented?.total).toEqual({ value: 5, partial: false });
    const signals = (await get(lead, `/api/insights/patterns?municipality=0193&month=${month}`)).json<{
      evictionsPrevented: unknown;
    }>();
    expect(signals.evictionsPrevented).toBeNull();
  });

  it('policy advisors get completed months only (a still-changing month would reveal a "<5" that becomes 5); the team lead also the current one', async () => {
    const current = lastMonths(new Date()).at(-1) as string;
    const previous = lastMonths(new Date()).at(-2) as string;
    const forPolicy = (await get(policy, '/api/insights/patterns?municipality=0193')).json<
      Pattern & { months: string[] }
    >();
    expect(forPolicy.month).toBe(previous);
    expect(forPolicy.months).toHaveLength(18);
    expect(forPolicy.months).not.toContain(current);
    expect(forPolicy.months.at(-1)).toBe(previous);
    expect(forPolicy.trend.map((x) => x.month)).toEqual(forPolicy.months);
    // Asking for the current month does not open it: the latest completed month is shown.
    expect((await get(policy, `/api/insights/patterns?municipality=0193&month=${current}`)).json<Pattern>().month).toBe(
      previous,
    );
    const forLead = (await get(lead, '/api/insights/patterns?municipality=0193')).json<
      Pattern & { months: string[] }
    >();
    expect(forLead.month).toBe(current);
    expect(forLead.months.at(-1)).toBe(current);
    expect(lastMonths(new Date('2026-01-10T12:00:00Z'), 3, true)).toEqual(['2025-10', '2025-11', '2025-12']);
  });

  it('are for team leads of the municipality and policy advisors only', async () => {
    const member = await login(t.app, w.member.username);
    expect((await get(member, '/api/insights/patterns?municipality=0193')).statusCode).toBe(403);
    const kampenLead = await buildUser(t.db.kysely, ['professional', 'team_lead']);
    await addToTeam(t.db.kysely, await buildTeam(t.db.kysely, { municipality: '0166' }), kampenLead.id, true);
    const kl = await login(t.app, kampenLead.username);
    expect((await get(kl, '/api/insights/patterns?municipality=0193')).statusCode).toBe(403);
    expect((await get(kl, '/api/insights/patterns?municipality=0166')).statusCode).toBe(200);
    expect(
      (await get(kl, '/api/insights/municipalities'))
        .json<{ items: Array<{ code: string }> }>()
        .items.map((m) => m.code),
    ).toEqual(['0166']);
    const signaller = await login(t.app, w.housing.user.username);
    expect((await get(signaller, '/api/insights/patterns?municipality=0193')).statusCode).toBe(403);
  });

  it('bad queries are 4xx, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 10 }),
        fc.string({ maxLength: 10 }),
        async (m, measure, mon) => {
          const res = await get(
            policy,
            `/api/insights/patterns?municipality=${encodeURIComponent(m)}&measure=${encodeURIComponent(measure)}&month=${encodeURIComponent(mon)}`,
          );
          expect(res.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('collective activities', () => {
  it('a team member registers a budgeting course; leads and policy see it', async () => {
    const member = await login(t.app, w.member.username);
    const body = {
      teamId: w.teamId,
      neighbourhoodCode: 'BU01930000',
      category: 'rent_arrears',
      title: 'Budgetcursus Binnenstad',
      startsOn: `${month}-20`,
      endsOn: `${month}-28`,
      participants: 14,
    };
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/insights/activities',
      headers: member.headers,
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(201);
    const list = await get(policy, '/api/insights/activities?municipality=0193');
    expect(list.json<{ items: Array<{ title: string; participants: number }> }>().items).toContainEqual(
      expect.objectContaining({ title: 'Budgetcursus Binnenstad', participants: 14 }),
    );
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/insights/activities',
          headers: member.headers,
          payload: { ...body, endsOn: `${month}-01` },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/insights/activities', headers: policy.headers, payload: body }))
        .statusCode,
    ).toBe(403);
  });
});
