// Signals that paid off, per neighbourhood and month: outreach that reached the household, outreach that
// led to follow-up help, evictions prevented, and signals that became a trajectory.
// Disclosure control, beside the neighbourhood patterns (patterns.ts) that publish the same outreach
// outcomes per neighbourhood:
// - reached (outcome other than "not reached") and follow-up help (financial + non-financial) are sums of
//   cells of the patterns' outreach table, so they are computed from that very table, suppressed the same
//   way, and shown only when every cell they add up is shown there — otherwise the difference with the
//   patterns page would give a hidden cell away;
// - evictions prevented is the patterns' own evictions table;
// - signals that became a trajectory are published nowhere else: a one-column table suppressed on its own.
// The measures overlap, so they are never added across. Completed months only for policy advisors.
import { sql } from 'kysely';
import { authorize } from '../../../platform/access/authorize.js';
import { reportsOf, type RequestContext } from '../../../platform/access/context.js';
import { now } from '../../../platform/clock.js';
import { OUTREACH_OUTCOMES } from '../../../platform/db/schema.js';
import { inTransaction, type Queryable } from '../../../platform/db/transaction.js';
import { NotFoundError } from '../../../platform/errors.js';
import { counts as patternCounts, EVICTION_PREVENTED, lastMonths, MONTHS } from '../patterns.js';
import { leadsTeamIn } from '../policy.js';
import { suppress, THRESHOLD, type Cell, type Total } from '../suppression.js';
import { OUTCOME_MEASURES, type SignalOutcomes, type SignalOutcomesQuery } from './schemas.js';

const TRAJECTORY = 'trajectory';
const REACHED = OUTREACH_OUTCOMES.filter((o) => o !== 'not_reached');
const FOLLOW_UP = ['follow_up_financial', 'follow_up_non_financial'];

interface CountRow {
  neighbourhood_code: string | null;
  month: string;
  key: string;
  n: number;
}

async function trajectoryCounts(trx: Queryable, municipality: string, from: string): Promise<CountRow[]> {
  const month = sql<string>`to_char(triaged_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM')`;
  return trx
    .selectFrom('signal')
    .where('municipality_code', '=', municipality)
    .where('triage_outcome', '=', 'new_trajectory')
    .where(sql<boolean>`triaged_at >= ${`${from}-01`}::date`)
    .select([
      'neighbourhood_code',
      month.as('month'),
      sql.lit<string>(TRAJECTORY).as('key'),
      sql<number>`count(*)::int`.as('n'),
    ])
    .groupBy(['neighbourhood_code', month])
    .execute();
}

type Published = { kind: Cell['kind']; value: number | null };
const present = (cell: Cell): Published => ({ kind: cell.kind, value: cell.kind === 'value' ? cell.value : null });

/** A sum of cells of a published table: shown only when every summed cell is shown. */
function derived(cells: Cell[]): Published {
  return cells.every((c) => c.kind === 'value')
    ? { kind: 'value', value: cells.reduce((acc, c) => acc + (c.kind === 'value' ? c.value : 0), 0) }
    : { kind: 'secondary', value: null };
}

const shownTotal = (column: Published[]): Total => ({
  value: column.reduce((acc, c) => acc + (c.value ?? 0), 0),
  partial: column.some((c) => c.kind !== 'value'),
});

export function signalOutcomes(ctx: RequestContext, query: SignalOutcomesQuery): Promise<SignalOutcomes> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'neighbourhood_patterns',
      id: query.municipality,
      action: 'read',
      purpose: 'policy and team steering',
      data: 'signals that paid off, suppressed aggregates',
      event: 'neighbourhood_patterns.signal_outcomes',
    });
    const hoods = await trx
      .selectFrom('neighbourhood as n')
      .innerJoin('municipality as m', 'm.code', 'n.municipality_code')
      .select(['n.code', 'n.name', 'm.name as municipalityName'])
      .where('n.municipality_code', '=', query.municipality)
      .orderBy('n.code')
      .execute();
    if (hoods.length === 0) throw new NotFoundError('not_found', { detail: 'No such municipality.' });
    const months = lastMonths(now(), MONTHS, !(await leadsTeamIn(trx, grant.actor, query.municipality)));
    const month = query.month && months.includes(query.month) ? query.month : (months[months.length - 1] as string);
    const from = months[0] as string;
    // The counts are a report: on the read replica when there is one (decision and audit stay here).
    const { value: rows } = await reportsOf(ctx).run(trx, async (db) => [
      ...(await patternCounts(db, query.municipality, 'outreach', from)),
      ...(await trajectoryCounts(db, query.municipality, from)),
    ]);
    const matrix = (m: string, keys: readonly string[], own = false) => {
      const values = hoods.map(() => keys.map(() => 0));
      for (const r of rows) {
        if (r.month !== m) continue;
        const i = hoods.findIndex((h) => h.code === r.neighbourhood_code);
        const j = keys.indexOf(r.key);
        if (i >= 0 && j >= 0) values[i]![j]! += Number(r.n);
      }
      // A table published nowhere else gets the outcome tables' stricter rule (reconstruction.test.ts).
      return own ? suppress(values, THRESHOLD, { hideSmallLines: true }) : suppress(values);
    };
    // Columns in OUTCOME_MEASURES order: reached, follow_up_help, eviction_prevented, trajectory.
    const tableFor = (m: string): Published[][] => {
      const outreach = matrix(m, OUTREACH_OUTCOMES);
      const pick = (row: Cell[], keys: readonly string[]) =>
        keys.map((k) => row[OUTREACH_OUTCOMES.indexOf(k as (typeof OUTREACH_OUTCOMES)[number])]!);
      const evictions = matrix(m, [EVICTION_PREVENTED]);
      const trajectories = matrix(m, [TRAJECTORY], true);
      return hoods.map((_, i) => [
        derived(pick(outreach.cells[i]!, REACHED)),
        derived(pick(outreach.cells[i]!, FOLLOW_UP)),
        present(evictions.cells[i]![0]!),
        present(trajectories.cells[i]![0]!),
      ]);
    };
    const totalsOf = (table: Published[][]) => OUTCOME_MEASURES.map((_, j) => shownTotal(table.map((row) => row[j]!)));
    const published = tableFor(month);
    return {
      municipality: { code: query.municipality, name: hoods[0]!.municipalityName },
      month,
      months,
      threshold: THRESHOLD,
      measures: [...OUTCOME_MEASURES],
      rows: hoods.map((h, i) => ({ code: h.code, name: h.name, cells: published[i]! })),
      totals: totalsOf(published),
      trend: months.map((m) => ({ month: m, totals: totalsOf(tableFor(m)) })),
    };
  });
}
