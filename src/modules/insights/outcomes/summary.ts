// The per-trajectory outcome summary (migration 029): what the indicators count, computed once per
// trajectory so a dashboard reads a few thousand indexed rows instead of probing every family of a
// region. Written on the primary by the job insights.outcome_summary.refresh (the worker runs a job
// exactly once across instances); read by queries.ts, on the read replica when there is one.
//
// Incremental: triggers mark the families whose trajectories, decisions, allocations, satisfaction
// marks, goals, status changes or measurements changed (outcome_summary_stale); a run recomputes the
// trajectories of the marked families. Full: every trajectory (nightly, after seeding, after bulk loads,
// and the next run after a change that reaches many families requested it: migration 034 lists every
// input of a row and what marks it).
// The row expressions are the ones the indicators used to compute per request, unchanged: the
// hand-computed fixture (indicators.int.test.ts) holds for both.
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

/** The latest satisfaction mark of one informant (a mark given at closing is a measurement on the closing day). */
function latestMark(informant: 'youth' | 'parent') {
  return sql`(SELECT ms.mark FROM (
      SELECT ts.informant, ts.mark, ts.measured_on, ts.recorded_at FROM trajectory_satisfaction ts WHERE ts.trajectory_id = c.id
      UNION ALL
      SELECT c.satisfaction_informant, c.satisfaction, c.closed_on, c.closed_at WHERE c.satisfaction IS NOT NULL
    ) ms WHERE ms.informant = ${informant}
    ORDER BY ms.measured_on DESC, ms.recorded_at DESC LIMIT 1)`;
}

/** INSERT … SELECT of the summary rows of the trajectories `scope` selects (a condition on t). */
function upsert(scope: ReturnType<typeof sql>, withStale: boolean) {
  const cols = sql.raw(COLUMNS.join(', '));
  const updates = sql.raw(
    COLUMNS.filter((c) => c !== 'trajectory_id')
      .map((c) => `${c} = EXCLUDED.${c}`)
      .join(', '),
  );
  return sql`
${withStale ? sql`WITH stale AS (DELETE FROM outcome_summary_stale RETURNING family_id)` : sql``}
INSERT INTO trajectory_outcome_summary (${cols})
SELECT c.id, c.family_id, c.municipality_code, c.region_code, c.team_id, c.entry_point, c.opened_on, c.closed_on,
  c.start_on, c.ending_reason, c.managing_without_help,
  coalesce(al.level_rank, 0), coalesce(al.providers, '{}'::uuid[]),
  -- CBS "no new start": another trajectory of the family starting after the closing, up to the end
  -- of the half-year after the one it closed in.
  CASE WHEN c.closed_on IS NOT NULL THEN NOT EXISTS (
    SELECT 1 FROM trajectory t2
    WHERE t2.family_id = c.family_id AND t2.id <> c.id
      AND coalesce(t2.first_contact_on, (t2.opened_at AT TIME ZONE ${AMS})::date) > c.closed_on
      AND coalesce(t2.first_contact_on, (t2.opened_at AT TIME ZONE ${AMS})::date)
        <= (date_trunc('year', c.closed_on) + CASE WHEN extract(month FROM c.closed_on) <= 6 THEN interval '1 year' ELSE interval '18 months' END - interval '1 day')::date
  ) END,
  -- Local repeat use (window applied when counting): the family's latest other closing up to this start.
  (SELECT max((t3.closed_at AT TIME ZONE ${AMS})::date) FROM trajectory t3
    WHERE t3.family_id = c.family_id AND t3.id <> c.id AND t3.closed_at IS NOT NULL
      AND (t3.closed_at AT TIME ZONE ${AMS})::date <= c.start_on),
  (SELECT (min(sc.changed_at) AT TIME ZONE ${AMS})::date - c.start_on
    FROM trajectory_status_change sc WHERE sc.trajectory_id = c.id AND sc.to_status = 'in_progress'),
  ga.attainment,
  CASE WHEN c.closed_on IS NOT NULL THEN (
    -- Problems reduced: per person (or household) and instrument during the trajectory, the mean of
    -- the latest measurement against the first, on the instrument's own scale; reduced when the mean
    -- change over the series is positive. Null without a series of two measurements.
    SELECT CASE WHEN count(*) = 0 THEN NULL ELSE avg(ser.change) > 0 END
    FROM (
      SELECT (array_agg(ms.mean ORDER BY ms.measured_on DESC, ms.recorded_at DESC))[1]
           - (array_agg(ms.mean ORDER BY ms.measured_on, ms.recorded_at))[1] AS change
      FROM (
        SELECT m.person_id, m.instrument_id, m.measured_on, m.recorded_at,
               avg(sco.score)::numeric / nullif(i.scale_max - i.scale_min, 0) AS mean
        FROM measurement m
        JOIN instrument i ON i.id = m.instrument_id
        JOIN measurement_score sco ON sco.measurement_id = m.id
        WHERE m.family_id = c.family_id AND m.measured_on >= c.opened_on AND m.measured_on <= c.closed_on
        GROUP BY m.id, i.scale_max, i.scale_min
      ) ms
      GROUP BY ms.person_id, ms.instrument_id
      HAVING count(*) >= 2
    ) ser
  ) END,
  CASE WHEN c.closed_on IS NOT NULL THEN ${latestMark('youth')} END,
  CASE WHEN c.closed_on IS NOT NULL THEN ${latestMark('parent')} END,
  now()
FROM (
  SELECT t.id, t.family_id, f.municipality_code, mu.region_code, t.team_id, t.entry_point, t.opened_at, t.closed_at,
    (t.opened_at AT TIME ZONE ${AMS})::date AS opened_on,
    (t.closed_at AT TIME ZONE ${AMS})::date AS closed_on,
    coalesce(t.first_contact_on, (t.opened_at AT TIME ZONE ${AMS})::date) AS start_on,
    t.ending_reason, t.managing_without_help, t.satisfaction, t.satisfaction_informant
  FROM trajectory t
  JOIN family f ON f.id = t.family_id
  JOIN municipality mu ON mu.code = f.municipality_code
  WHERE ${scope}
) c
LEFT JOIN trajectory_goal_attainment ga ON ga.trajectory_id = c.id
LEFT JOIN LATERAL (
  -- The level of help a trajectory reached: its heaviest granted allocation; 0 = the team's own help.
  SELECT max(${LEVEL_RANK}) AS level_rank, array_agg(DISTINCT a.provider_id) AS providers
  FROM decision d
  JOIN allocation a ON a.decision_id = d.id AND a.status <> 'withdrawn'
  LEFT JOIN product_category_level pcl ON pcl.category = a.category
  WHERE d.family_id = c.family_id AND d.outcome = 'granted'
    AND (d.trajectory_id = c.id OR (d.trajectory_id IS NULL AND d.decided_at >= c.opened_at
      AND (c.closed_at IS NULL OR d.decided_at <= c.closed_at)))
) al ON TRUE
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
  let rows: number;
  if (full) {
    await sql`DELETE FROM outcome_summary_stale`.execute(db);
    const res = await upsert(sql`TRUE`, false).execute(db);
    rows = Number(res.numAffectedRows ?? 0n);
  } else {
    const res = await upsert(sql`t.family_id IN (SELECT family_id FROM stale)`, true).execute(db);
    rows = Number(res.numAffectedRows ?? 0n);
  }
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
