// Neighbourhood patterns: counts of signals (by category) or outreach outcomes (by outcome) per
// neighbourhood for one month, published with small-number suppression (suppression.ts). The
// 18-month trend is built from each month's *published* table — the sum of its shown cells — so it
// reveals nothing the monthly tables hide. Evictions prevented are a subset of the outreach outcomes
// (a rent-arrears outreach closes with an outcome *and* the flag), so they are their own one-column
// table, suppressed on its own and never added to the outcome totals or the trend.
import { sql } from 'kysely';
import { authorize, requireActor } from '../../platform/access/authorize.js';
import { reportsOf, type RequestContext } from '../../platform/access/context.js';
import { OUTREACH_OUTCOMES, SIGNAL_CATEGORIES } from '../../platform/db/schema.js';
import { inTransaction, type Queryable } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/errors.js';
import { today } from '../../platform/clock.js';
import { leadsTeamIn } from './policy.js';
import type { Pattern, PatternQuery } from './schemas.js';
import { suppress, THRESHOLD, type Cell } from './suppression.js';

export const MONTHS = 18;
export const EVICTION_PREVENTED = 'eviction_prevented';

/** The last `count` months up to this one, or up to last month with `completedOnly`. */
export function lastMonths(now: Date, count = MONTHS, completedOnly = false): string[] {
  const [y, m] = today(now).split('-').map(Number) as [number, number];
  const end = y * 12 + (m - 1) - (completedOnly ? 1 : 0);
  return Array.from({ length: count }, (_, i) => {
    const total = end - (count - 1 - i);
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  });
}

interface CountRow {
  neighbourhood_code: string | null;
  month: string;
  key: string;
  n: number;
}

export async function counts(
  trx: Queryable,
  municipality: string,
  measure: PatternQuery['measure'],
  from: string,
): Promise<CountRow[]> {
  if (measure === 'signals') {
    return trx
      .selectFrom('signal')
      .where('municipality_code', '=', municipality)
      .where(sql<boolean>`signal_date >= ${`${from}-01`}::date`)
      .select([
        'neighbourhood_code',
        sql<string>`to_char(signal_date, 'YYYY-MM')`.as('month'),
        'category as key',
        sql<number>`count(*)::int`.as('n'),
      ])
      .groupBy(['neighbourhood_code', sql`to_char(signal_date, 'YYYY-MM')`, 'category'])
      .execute();
  }
  const month = sql<string>`to_char(outreach_closed_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM')`;
  const base = trx
    .selectFrom('signal')
    .where('municipality_code', '=', municipality)
    .where('outreach_closed_at', 'is not', null)
    .where(sql<boolean>`outreach_closed_at >= ${`${from}-01`}::date`);
  const outcomes = await base
    .select([
      'neighbourhood_code',
      month.as('month'),
      sql<string>`outreach_outcome`.as('key'),
      sql<number>`count(*)::int`.as('n'),
    ])
    .groupBy(['neighbourhood_code', month, 'outreach_outcome'])
    .execute();
  const evictions = await base
    .where('eviction_prevented', '=', true)
    .select([
      'neighbourhood_code',
      month.as('month'),
      sql.lit<string>(EVICTION_PREVENTED).as('key'),
      sql<number>`count(*)::int`.as('n'),
    ])
    .groupBy(['neighbourhood_code', month])
    .execute();
  return [...outcomes, ...evictions];
}

const present = (cell: Cell) => ({ kind: cell.kind, value: cell.kind === 'value' ? cell.value : null });

export function neighbourhoodPattern(ctx: RequestContext, query: PatternQuery, now = new Date()): Promise<Pattern> {
  requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'neighbourhood_patterns',
      id: query.municipality,
      action: 'read',
      purpose: 'policy and team steering',
      data: `neighbourhood pattern (${query.measure}), suppressed aggregates`,
    });
    const municipality = await trx
      .selectFrom('municipality')
      .select(['code', 'name'])
      .where('code', '=', query.municipality)
      .executeTakeFirst();
    if (!municipality) throw new NotFoundError('not_found', { detail: 'No such municipality.' });
    // The current month still changes: watching a cell go from "<5" to 5 tells that it held 4. The
    // team that handles these signals (its lead) sees them anyway; everyone else (policy) gets
    // completed months only. Residual risk (backdated signals): docs/privacy.md.
    const months = lastMonths(now, MONTHS, !(await leadsTeamIn(trx, grant.actor, query.municipality)));
    const month = query.month && months.includes(query.month) ? query.month : (months[months.length - 1] as string);
    const hoods = await trx
      .selectFrom('neighbourhood')
      .select(['code', 'name'])
      .where('municipality_code', '=', query.municipality)
      .orderBy('code')
      .execute();
    const columns: string[] = query.measure === 'signals' ? [...SIGNAL_CATEGORIES] : [...OUTREACH_OUTCOMES];
    // The heavy part is a report: on the read replica when there is one (the decision and its audit row
    // stay in this transaction on the primary).
    const { value: rows } = await reportsOf(ctx).run(trx, (db) =>
      counts(db, query.municipality, query.measure, months[0] as string),
    );
    const tableFor = (m: string, keys: readonly string[]) => {
      const values = hoods.map(() => keys.map(() => 0));
      for (const r of rows) {
        if (r.month !== m) continue;
        const i = hoods.findIndex((h) => h.code === r.neighbourhood_code);
        const j = keys.indexOf(r.key);
        if (i >= 0 && j >= 0) values[i]![j]! += Number(r.n);
      }
      return suppress(values);
    };
    const published = tableFor(month, columns);
    const evictions = query.measure === 'outreach' ? tableFor(month, [EVICTION_PREVENTED]) : null;
    return {
      municipality,
      measure: query.measure,
      month,
      months,
      threshold: THRESHOLD,
      columns,
      rows: hoods.map((h, i) => ({
        code: h.code,
        name: h.name,
        cells: published.cells[i]!.map(present),
        total: published.rowTotals[i]!,
      })),
      columnTotals: published.columnTotals,
      total: published.total,
      evictionsPrevented: evictions
        ? { cells: evictions.cells.map((row) => present(row[0]!)), total: evictions.total }
        : null,
      trend: months.map((m) => ({ month: m, total: tableFor(m, columns).total })),
    };
  });
}

/** Municipalities whose patterns this user may see (for the picker): all for policy, the led teams' for a team lead. */
export function patternMunicipalities(ctx: RequestContext) {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    let q = trx.selectFrom('municipality as m').select(['m.code', 'm.name']).orderBy('m.name');
    if (!actor.roles.includes('policy')) {
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('team as t')
            .innerJoin('team_membership as tm', 'tm.team_id', 't.id')
            .select('t.id')
            .whereRef('t.municipality_code', '=', 'm.code')
            .where('tm.user_id', '=', actor.userId)
            .where('tm.is_lead', '=', true),
        ),
      );
      if (!actor.roles.includes('team_lead')) q = q.where(sql<boolean>`false`);
    }
    return { items: await q.execute() };
  });
}
