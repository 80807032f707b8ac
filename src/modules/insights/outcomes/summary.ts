// The per-trajectory outcome summary (migration 029): what the indicators count, computed once per
// trajectory so a dashboard reads a few thousand indexed rows instead of probing every family of a
// region. Written on the primary by the job insights.outcome_summary.refresh (the worker runs a job
// exactly once across instances); read by queries.ts, on the read replica when there is one.
//
// Incremental: triggers mark the families whose trajectories, decisions, allocations, satisfaction
// marks, goals, status changes or measurements changed (outcome_summary_stale, one row per family and
// marking transaction: migration 038); a run recomputes the trajectories of the marked families. Full:
// every trajectory (nightly, after seeding, after bulk loads, and the next run after a change that
// reaches many families requested it: migration 034 lists every input of a row and what marks it).
// Either run then deletes only the marks of the transactions its recompute saw (committed before a
// snapshot taken just before it, or its own): a change committed while it runs keeps its mark for the
// next run instead of being lost until the nightly one (see refreshOutcomeSummary).
// The figures are the ones the indicators used to compute per request, unchanged, computed set-based
// (see upsert): the hand-computed fixture (indicators.int.test.ts) holds for both kinds of run.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import type { Tx } from '../../../platform/db/transaction.js';

export const REFRESH_JOB = 'insights.outcome_summary.refresh';
/** The nightly schedule recomputes everything; the frequent one only the marked families. */
export const FULL_SCHEDULE = 'insights-outcome-summary-full';
const LOCK_KEY = 14_010_029; // issue 14 item 10, migration 029

const AMS = sql.raw(`'Europe/Amsterdam'`);
const LEVEL_RANK =
  sql.raw(`CASE pcl.level_of_help WHEN 'basic' THEN 1 WHEN 'ambulant' THEN 2 WHEN 'day_treatment' THEN 3
  WHEN 'crisis' THEN 4 WHEN 'protection' THEN 4 WHEN 'residential' THEN 5 ELSE 0 END`);

const COLUMNS = [
  'trajectory_id',
  'family_id',
  'municipality_code',
  'region_code',
  'team_id',
  'entry_point',
  'opened_on',
  'closed_on',
  'start_on',
  'ending_reason',
  'managing_without_help',
  'level_rank',
  'providers',
  'no_new_start',
  'prev_closed_on',
  'days_to_help',
  'attainment',
  'problems_reduced',
  'sat_youth',
  'sat_parent',
  'computed_at',
] as const;

/** The last day of the half-year after the one `d` lies in (the CBS "no new start" horizon). */
function endOfNextHalf(d: ReturnType<typeof sql>) {
  return sql`(date_trunc('year', ${d}) + CASE WHEN extract(month FROM ${d}) <= 6 THEN interval '1 year' ELSE interval '18 months' END - interval '1 day')::date`;
}

/**
 * INSERT … SELECT of the summary rows of the trajectories `scope` selects (a condition on t; always whole
 * families: every trajectory of a selected family). Set-based: each per-trajectory figure is one grouped
 * join of its source table with the selected trajectories (c), so a full run over millions of
 * trajectories is a handful of hash joins and an incremental run over a few families a handful of index
 * probes — the planner picks by the size of c. (The first version asked correlated subqueries per
 * trajectory: about ten index probes for each of 2.5 million trajectories, 21 minutes in the bench.)
 * The figures are the ones the indicators used to compute per request, unchanged: the hand-computed
 * fixture (indicators.int.test.ts) holds for the incremental and the full run.
 */
function upsert(scope: ReturnType<typeof sql>) {
  const cols = sql.raw(COLUMNS.join(', '));
  const updates = sql.raw(
    COLUMNS.filter((c) => c !== 'trajectory_id')
      .map((c) => `${c} = EXCLUDED.${c}`)
      .join(', '),
  );
  return sql`
WITH c AS MATERIALIZED (
  SELECT t.id, t.family_id, f.municipality_code, mu.region_code, t.team_id, t.entry_point, t.opened_at, t.closed_at,
    (t.opened_at AT TIME ZONE ${AMS})::date AS opened_on,
    (t.closed_at AT TIME ZONE ${AMS})::date AS closed_on,
    coalesce(t.first_contact_on, (t.opened_at AT TIME ZONE ${AMS})::date) AS start_on,
    t.ending_reason, t.managing_without_help, t.satisfaction, t.satisfaction_informant
  FROM trajectory t
  JOIN family f ON f.id = t.family_id
  JOIN municipality mu ON mu.code = f.municipality_code
  WHERE ${scope}
), sib AS (
  -- The family's other trajectories (families with one trajectory give no row):
  -- CBS "no new start": another trajectory starting after the closing, up to the end of the half-year
  -- after the one it closed in; local repeat use (window applied when counting): the family's latest
  -- other closing up to this start.
  SELECT c.id,
    bool_or(s.start_on > c.closed_on AND s.start_on <= ${endOfNextHalf(sql`c.closed_on`)}) AS new_start,
    max(s.closed_on) FILTER (WHERE s.closed_on <= c.start_on) AS prev_closed_on
  FROM c
  JOIN (
    SELECT t2.id, t2.family_id, coalesce(t2.first_contact_on, (t2.opened_at AT TIME ZONE ${AMS})::date) AS start_on,
      (t2.closed_at AT TIME ZONE ${AMS})::date AS closed_on
    FROM trajectory t2
  ) s ON s.family_id = c.family_id AND s.id <> c.id
  GROUP BY c.id
), help AS (
  SELECT sc.trajectory_id, min(sc.changed_at) AS changed_at
  FROM c JOIN trajectory_status_change sc ON sc.trajectory_id = c.id
  WHERE sc.to_status = 'in_progress'
  GROUP BY sc.trajectory_id
), problems AS (
  -- Problems reduced: per person (or household) and instrument during the trajectory, the mean of
  -- the latest measurement against the first, on the instrument's own scale; reduced when the mean
  -- change over the series is positive. No row (null) without a series of two measurements.
  SELECT ser.id, avg(ser.change) > 0 AS reduced
  FROM (
    SELECT ms.id,
      (array_agg(ms.mean ORDER BY ms.measured_on DESC, ms.recorded_at DESC))[1]
        - (array_agg(ms.mean ORDER BY ms.measured_on, ms.recorded_at))[1] AS change
    FROM (
      SELECT c.id, m.person_id, m.instrument_id, m.measured_on, m.recorded_at,
        avg(sco.score)::numeric / nullif(i.scale_max - i.scale_min, 0) AS mean
      FROM c
      JOIN measurement m ON m.family_id = c.family_id AND m.measured_on >= c.opened_on AND m.measured_on <= c.closed_on
      JOIN instrument i ON i.id = m.instrument_id
      JOIN measurement_score sco ON sco.measurement_id = m.id
      WHERE c.closed_on IS NOT NULL
      GROUP BY c.id, m.id, i.scale_max, i.scale_min
    ) ms
    GROUP BY ms.id, ms.person_id, ms.instrument_id
    HAVING count(*) >= 2
  ) ser
  GROUP BY ser.id
), marks AS (
  -- The latest satisfaction mark per informant (a mark given at closing is a measurement on the closing day).
  SELECT DISTINCT ON (x.id, x.informant) x.id, x.informant, x.mark
  FROM (
    SELECT c.id, ts.informant, ts.mark, ts.measured_on, ts.recorded_at
    FROM c JOIN trajectory_satisfaction ts ON ts.trajectory_id = c.id
    WHERE c.closed_on IS NOT NULL
    UNION ALL
    SELECT c.id, c.satisfaction_informant, c.satisfaction, c.closed_on, c.closed_at
    FROM c WHERE c.closed_on IS NOT NULL AND c.satisfaction IS NOT NULL
  ) x
  WHERE x.informant IN ('youth', 'parent')
  ORDER BY x.id, x.informant, x.measured_on DESC, x.recorded_at DESC
), sat AS (
  SELECT id, max(mark) FILTER (WHERE informant = 'youth') AS youth, max(mark) FILTER (WHERE informant = 'parent') AS parent
  FROM marks GROUP BY id
), levels AS (
  -- The level of help a trajectory reached: its heaviest granted allocation; none = 0, the team's own help.
  SELECT c.id, max(${LEVEL_RANK}) AS level_rank, array_agg(DISTINCT a.provider_id) AS providers
  FROM c
  JOIN decision d ON d.family_id = c.family_id AND d.outcome = 'granted'
    AND (d.trajectory_id = c.id OR (d.trajectory_id IS NULL AND d.decided_at >= c.opened_at
      AND (c.closed_at IS NULL OR d.decided_at <= c.closed_at)))
  JOIN allocation a ON a.decision_id = d.id AND a.status <> 'withdrawn'
  LEFT JOIN product_category_level pcl ON pcl.category = a.category
  GROUP BY c.id
)
INSERT INTO trajectory_outcome_summary (${cols})
SELECT c.id, c.family_id, c.municipality_code, c.region_code, c.team_id, c.entry_point, c.opened_on, c.closed_on,
  c.start_on, c.ending_reason, c.managing_without_help,
  coalesce(lv.level_rank, 0), coalesce(lv.providers, '{}'::uuid[]),
  CASE WHEN c.closed_on IS NOT NULL THEN NOT coalesce(sib.new_start, false) END,
  sib.prev_closed_on,
  (h.changed_at AT TIME ZONE ${AMS})::date - c.start_on,
  ga.attainment,
  CASE WHEN c.closed_on IS NOT NULL THEN pr.reduced END,
  sat.youth,
  sat.parent,
  now()
FROM c
LEFT JOIN trajectory_goal_attainment ga ON ga.trajectory_id = c.id
LEFT JOIN levels lv ON lv.id = c.id
LEFT JOIN sib ON sib.id = c.id
LEFT JOIN help h ON h.trajectory_id = c.id
LEFT JOIN problems pr ON pr.id = c.id
LEFT JOIN sat ON sat.id = c.id
-- In the order the dashboards read (an area and its dates): a region's rows on a few hundred pages, not
-- spread over the whole table (in trajectory id order a region-year read 40,697 pages instead of 8,770
-- of the trajectory table's own order: the outcome views' p95 doubled in the bench).
ORDER BY c.region_code, c.municipality_code, c.start_on
ON CONFLICT (trajectory_id) DO UPDATE SET ${updates}`;
}

export interface RefreshResult {
  full: boolean;
  rows: number;
  ms: number;
}

/**
 * Brings the summary up to date in the caller's transaction (the job's): the marked families'
 * trajectories, or every trajectory when `full`. Returns how many rows were written.
 */
export async function refreshOutcomeSummary(
  db: Kysely<DB> | Tx,
  opts: { full?: boolean } = {},
): Promise<RefreshResult> {
  const t0 = performance.now();
  // A full run over a national dataset takes minutes: not subject to the request statement timeout
  // (SET LOCAL: this transaction only).
  await sql`SET LOCAL statement_timeout = 0`.execute(db);
  // One refresh at a time (an incremental and the nightly full one may be claimed by two instances).
  await sql`SELECT pg_advisory_xact_lock(${LOCK_KEY})`.execute(db);
  // A change that reaches many families (a municipality's region, a category's level of help, an
  // instrument's scale: migration 034) requests a full run instead of marking them all.
  const requested =
    (await sql<{ at: string | null }>`SELECT full_requested_at::text AS at FROM outcome_summary_state`.execute(db))
      .rows[0]?.at ?? null;
  const full = opts.full === true || requested !== null;
  if (full) {
    // The full run's hash joins and sorts over every trajectory: room in memory rather than temp files.
    await sql`SET LOCAL work_mem = '256MB'`.execute(db);
  } else {
    // The statement's plan follows the number of marked families (index probes for a few, hash joins
    // for many): give the planner that number rather than the table's last autovacuum estimate.
    await sql`ANALYZE outcome_summary_stale`.execute(db);
  }
  // Which marks this run takes in. Under READ COMMITTED each statement has its own snapshot: the
  // recompute's is newer than this one, so it sees every change of a transaction committed before
  // this snapshot (and the marks of those transactions, for the incremental scope). A mark whose
  // transaction was still running here, or began later, may stand for a change the recompute missed:
  // it stays (PGlite runs one statement at a time; there every earlier transaction is committed).
  const snapshot = (await sql<{ s: string }>`SELECT pg_current_snapshot()::text AS s`.execute(db)).rows[0]!.s;
  const res = await upsert(
    full ? sql`TRUE` : sql`t.family_id IN (SELECT family_id FROM outcome_summary_stale)`,
  ).execute(db);
  const rows = Number(res.numAffectedRows ?? 0n);
  // Rows nobody else writes (a writer only inserts its own transaction's rows; one refresh at a time):
  // this never waits for a writer. The caller's own marks (the seed marks and refreshes in one
  // transaction) were seen too; a snapshot leaves its own transaction out.
  await sql`DELETE FROM outcome_summary_stale
    WHERE pg_visible_in_snapshot(xact, ${snapshot}::pg_snapshot) OR xact = pg_current_xact_id_if_assigned()`.execute(
    db,
  );
  const ms = Math.round(performance.now() - t0);
  // The request this run answered is cleared; one made meanwhile (another value) stays for the next run.
  await sql`UPDATE outcome_summary_state SET computed_at = now(), last_rows = ${rows}, last_ms = ${ms}
    ${full ? sql`, full_at = now(), full_requested_at = CASE WHEN full_requested_at::text = ${requested} THEN NULL ELSE full_requested_at END` : sql``}`.execute(
    db,
  );
  return { full, rows, ms };
}

/** Whether the job should recompute everything: payload { full: true }, or the nightly schedule's run. */
export function isFullRefresh(payload: unknown): boolean {
  if (typeof payload !== 'object' || payload === null) return false;
  const p = payload as { full?: unknown; schedule?: unknown };
  return p.full === true || p.schedule === FULL_SCHEDULE;
}
