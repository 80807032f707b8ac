// The outcome indicators as ONE aggregating statement: trajectories of the chosen municipalities
// (families by municipality first, then trajectories by closing or first-contact date — both indexed),
// their heaviest level of help and providers from the allocations, and per group the counts every
// indicator needs. Nothing per person leaves the database: only counts, a sum of marks and a median.
//
// Two cohorts per period:
// - closed in the period (Amsterdam dates): drop-out, satisfaction, managing without help, no new start
//   (CBS), goals achieved, problems reduced;
// - started in the period (first contact, else opening): referred on to specialised care, time from
//   first contact to help, repeat use (local look-back window).
import { sql, type RawBuilder } from 'kysely';
import type { Part } from '../../../platform/db/bundle.js';
import type { GroupBy, LevelOfHelp } from './schemas.js';

export interface IndicatorFilter {
  /** A municipality, or every municipality of a region. */
  area: { scope: 'municipality' | 'region'; code: string };
  from: string; // yyyy-MM-dd, inclusive
  to: string; // yyyy-MM-dd, inclusive
  provider?: string | undefined;
  team?: string | undefined;
  /** A team lead: only the teams this user leads. */
  ledBy?: string | undefined;
  entryPoint?: string | undefined;
  level?: LevelOfHelp | undefined;
  pilot?: string | undefined;
  informant?: 'youth' | 'parent' | undefined;
  groupBy: GroupBy;
}

/** Counts per group, as the statement returns them. */
export interface GroupCounts {
  key: string;
  label: string | null;
  closed: number;
  drop_out_den: number;
  drop_out_num: number;
  sat_n: number;
  sat_sum: number;
  mwh_01: number;
  mwh_02: number;
  mwh_03: number;
  mwh_04: number;
  nns_den: number;
  nns_num: number;
  rep_den: number;
  rep_num: number;
  goals_den: number;
  goals_num: number;
  pr_den: number;
  pr_num: number;
  spec_den: number;
  spec_num: number;
  tth_n: number;
  tth_median: number | null;
}

// The level of help a trajectory reached: its heaviest allocation; 'none' = the team's own help.
const LEVEL_RANK = `CASE pcl.level_of_help WHEN 'basic' THEN 1 WHEN 'ambulant' THEN 2 WHEN 'day_treatment' THEN 3
  WHEN 'crisis' THEN 4 WHEN 'protection' THEN 4 WHEN 'residential' THEN 5 ELSE 0 END`;
export const LEVEL_BY_RANK: Record<number, LevelOfHelp> = {
  0: 'none',
  1: 'basic',
  2: 'ambulant',
  3: 'day_treatment',
  4: 'crisis_or_protection',
  5: 'residential',
};
const RANK_OF_LEVEL: Record<LevelOfHelp, number> = {
  none: 0,
  basic: 1,
  ambulant: 2,
  day_treatment: 3,
  crisis_or_protection: 4,
  residential: 5,
};

function groupKey(groupBy: GroupBy, pilot: string | undefined): { key: RawBuilder<string>; join: RawBuilder<unknown> } {
  switch (groupBy) {
    case 'none':
      return { key: sql`'all'`, join: sql`` };
    case 'municipality':
      return { key: sql`c.mun`, join: sql`` };
    case 'entry_point':
      return { key: sql`coalesce(c.entry_point, 'unknown')`, join: sql`` };
    case 'team':
      return { key: sql`c.team_id::text`, join: sql`` };
    case 'level':
      return { key: sql`c.level_rank::text`, join: sql`` };
    case 'provider':
      return { key: sql`pv.provider_id::text`, join: sql`CROSS JOIN LATERAL unnest(c.providers) AS pv(provider_id)` };
    case 'pilot':
      return {
        key: sql`CASE WHEN EXISTS (SELECT 1 FROM pilot_trajectory pt WHERE pt.trajectory_id = c.id AND pt.pilot_id = ${pilot ?? null}::uuid) THEN 'pilot' ELSE 'other' END`,
        join: sql``,
      };
  }
}

function labelOf(groupBy: GroupBy): RawBuilder<string | null> {
  switch (groupBy) {
    case 'municipality':
      return sql`(SELECT m.name FROM municipality m WHERE m.code = g.key)`;
    case 'team':
      return sql`(SELECT tm.name FROM team tm WHERE tm.id::text = g.key)`;
    case 'provider':
      return sql`(SELECT o.name FROM organisation o WHERE o.id::text = g.key)`;
    case 'none':
    case 'entry_point':
    case 'level':
    case 'pilot':
      return sql`NULL::text`;
  }
}

/** The families' municipality condition (a region: its municipalities, by subquery so the index serves it). */
export function municipalityIn(area: IndicatorFilter['area'], column = 'f.municipality_code'): RawBuilder<boolean> {
  return area.scope === 'municipality'
    ? sql`${sql.ref(column)} = ${area.code}`
    : sql`${sql.ref(column)} IN (SELECT rm.code FROM municipality rm WHERE rm.region_code = ${area.code})`;
}

export function indicatorCounts(f: IndicatorFilter): Part<GroupCounts[]> {
  const { key, join } = groupKey(f.groupBy, f.pilot);
  const from = f.from;
  const to = f.to;
  const conditions: RawBuilder<unknown>[] = [sql`TRUE`];
  if (f.provider) conditions.push(sql`${f.provider}::uuid = ANY(c.providers)`);
  if (f.team) conditions.push(sql`c.team_id = ${f.team}::uuid`);
  if (f.ledBy)
    conditions.push(
      sql`c.team_id IN (SELECT tl.team_id FROM team_membership tl WHERE tl.user_id = ${f.ledBy}::uuid AND tl.is_lead)`,
    );
  if (f.entryPoint) conditions.push(sql`c.entry_point = ${f.entryPoint}`);
  if (f.level) conditions.push(sql`c.level_rank = ${RANK_OF_LEVEL[f.level]}`);
  if (f.pilot && f.groupBy !== 'pilot')
    conditions.push(
      sql`EXISTS (SELECT 1 FROM pilot_trajectory pt WHERE pt.trajectory_id = c.id AND pt.pilot_id = ${f.pilot}::uuid)`,
    );
  const where = sql.join(conditions, sql` AND `);
  const informant = f.informant ?? null;
  const query = sql<GroupCounts>`
WITH bounds AS (
  SELECT (${from}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam' AS lo,
         (${to}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam' AS hi
),
base AS (
  SELECT t.id, t.family_id, f.municipality_code AS mun, t.team_id, t.entry_point, t.opened_at, t.closed_at,
         (t.closed_at AT TIME ZONE 'Europe/Amsterdam')::date AS closed_on,
         coalesce(t.first_contact_on, (t.opened_at AT TIME ZONE 'Europe/Amsterdam')::date) AS start_on,
         t.ending_reason, t.managing_without_help,
         coalesce(s.drop_out_reasons, '03') AS drop_codes, coalesce(s.repeat_window_months, 12) AS window_months,
         (t.closed_at >= b.lo AND t.closed_at < b.hi) AS in_closed,
         (coalesce(t.first_contact_on, (t.opened_at AT TIME ZONE 'Europe/Amsterdam')::date) BETWEEN ${from}::date AND ${to}::date) AS in_started
  FROM family f
  CROSS JOIN bounds b
  JOIN trajectory t ON t.family_id = f.id
  LEFT JOIN outcome_setting s ON s.municipality_code = f.municipality_code
  WHERE ${municipalityIn(f.area)}
    AND ((t.closed_at >= b.lo AND t.closed_at < b.hi)
      OR coalesce(t.first_contact_on, (t.opened_at AT TIME ZONE 'Europe/Amsterdam')::date) BETWEEN ${from}::date AND ${to}::date)
),
c AS (
  SELECT base.*,
    coalesce(al.level_rank, 0) AS level_rank,
    coalesce(al.providers, '{}'::uuid[]) AS providers
  FROM base
  LEFT JOIN LATERAL (
    SELECT max(${sql.raw(LEVEL_RANK)}) AS level_rank, array_agg(DISTINCT a.provider_id) AS providers
    FROM decision d
    JOIN allocation a ON a.decision_id = d.id AND a.status <> 'withdrawn'
    LEFT JOIN product_category_level pcl ON pcl.category = a.category
    WHERE d.family_id = base.family_id AND d.outcome = 'granted'
      AND (d.trajectory_id = base.id OR (d.trajectory_id IS NULL AND d.decided_at >= base.opened_at
        AND (base.closed_at IS NULL OR d.decided_at <= base.closed_at)))
  ) al ON TRUE
),
x AS (
  SELECT ${key} AS key, c.*,
    -- CBS "no new start": another trajectory of the family starting after the closing, up to the end
    -- of the half-year after the one it closed in.
    CASE WHEN c.in_closed THEN NOT EXISTS (
      SELECT 1 FROM trajectory t2
      WHERE t2.family_id = c.family_id AND t2.id <> c.id
        AND coalesce(t2.first_contact_on, (t2.opened_at AT TIME ZONE 'Europe/Amsterdam')::date) > c.closed_on
        AND coalesce(t2.first_contact_on, (t2.opened_at AT TIME ZONE 'Europe/Amsterdam')::date)
          <= (date_trunc('year', c.closed_on) + CASE WHEN extract(month FROM c.closed_on) <= 6 THEN interval '1 year' ELSE interval '18 months' END - interval '1 day')::date
    ) END AS no_new_start,
    -- Local repeat use: the family had a trajectory closed within the window before this start.
    CASE WHEN c.in_started THEN EXISTS (
      SELECT 1 FROM trajectory t3
      WHERE t3.family_id = c.family_id AND t3.id <> c.id AND t3.closed_at IS NOT NULL
        AND (t3.closed_at AT TIME ZONE 'Europe/Amsterdam')::date <= c.start_on
        AND (t3.closed_at AT TIME ZONE 'Europe/Amsterdam')::date > (c.start_on - make_interval(months => c.window_months))::date
    ) END AS repeat_use,
    CASE WHEN c.in_started THEN (
      SELECT (min(sc.changed_at) AT TIME ZONE 'Europe/Amsterdam')::date - c.start_on
      FROM trajectory_status_change sc WHERE sc.trajectory_id = c.id AND sc.to_status = 'in_progress'
    ) END AS days_to_help,
    ga.attainment,
    CASE WHEN c.in_closed THEN (
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
          WHERE m.family_id = c.family_id
            AND m.measured_on >= (c.opened_at AT TIME ZONE 'Europe/Amsterdam')::date AND m.measured_on <= c.closed_on
          GROUP BY m.id, i.scale_max, i.scale_min
        ) ms
        GROUP BY ms.person_id, ms.instrument_id
        HAVING count(*) >= 2
      ) ser
    ) END AS problems_reduced,
    sat.n AS sat_n, sat.total AS sat_sum
  FROM c
  ${join}
  LEFT JOIN trajectory_goal_attainment ga ON ga.trajectory_id = c.id AND c.in_closed
  LEFT JOIN LATERAL (
    -- Satisfaction: the latest mark per informant (an informant measured twice counts once); the
    -- mark given at closing is a measurement on the closing day.
    SELECT count(*)::int AS n, coalesce(sum(lm.mark), 0)::int AS total
    FROM (
      SELECT DISTINCT ON (ms.informant) ms.informant, ms.mark
      FROM (
        SELECT ts.informant, ts.mark, ts.measured_on, ts.recorded_at FROM trajectory_satisfaction ts WHERE ts.trajectory_id = c.id
        UNION ALL
        SELECT tt.satisfaction_informant, tt.satisfaction, c.closed_on, tt.closed_at FROM trajectory tt
        WHERE tt.id = c.id AND tt.satisfaction IS NOT NULL
      ) ms
      WHERE ${informant}::text IS NULL OR ms.informant = ${informant}::text
      ORDER BY ms.informant, ms.measured_on DESC, ms.recorded_at DESC
    ) lm
  ) sat ON c.in_closed
  WHERE ${where}
),
g AS (
  SELECT key,
    count(*) FILTER (WHERE in_closed)::int AS closed,
    count(*) FILTER (WHERE in_closed AND ending_reason IS NOT NULL)::int AS drop_out_den,
    count(*) FILTER (WHERE in_closed AND (ending_reason = '03' OR (drop_codes = '03+04' AND ending_reason = '04')))::int AS drop_out_num,
    coalesce(sum(sat_n) FILTER (WHERE in_closed), 0)::int AS sat_n,
    coalesce(sum(sat_sum) FILTER (WHERE in_closed), 0)::int AS sat_sum,
    count(*) FILTER (WHERE in_closed AND managing_without_help = '01')::int AS mwh_01,
    count(*) FILTER (WHERE in_closed AND managing_without_help = '02')::int AS mwh_02,
    count(*) FILTER (WHERE in_closed AND managing_without_help = '03')::int AS mwh_03,
    count(*) FILTER (WHERE in_closed AND managing_without_help = '04')::int AS mwh_04,
    count(*) FILTER (WHERE in_closed)::int AS nns_den,
    count(*) FILTER (WHERE in_closed AND no_new_start)::int AS nns_num,
    count(*) FILTER (WHERE in_started)::int AS rep_den,
    count(*) FILTER (WHERE in_started AND repeat_use)::int AS rep_num,
    count(*) FILTER (WHERE in_closed AND attainment IS NOT NULL)::int AS goals_den,
    count(*) FILTER (WHERE in_closed AND attainment = 'achieved')::int AS goals_num,
    count(*) FILTER (WHERE in_closed AND problems_reduced IS NOT NULL)::int AS pr_den,
    count(*) FILTER (WHERE in_closed AND problems_reduced)::int AS pr_num,
    count(*) FILTER (WHERE in_started)::int AS spec_den,
    count(*) FILTER (WHERE in_started AND level_rank >= 2)::int AS spec_num,
    count(*) FILTER (WHERE in_started AND days_to_help IS NOT NULL)::int AS tth_n,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_help) FILTER (WHERE in_started AND days_to_help IS NOT NULL) AS tth_median
  FROM x
  GROUP BY key
)
SELECT g.*, ${labelOf(f.groupBy)} AS label FROM g ORDER BY g.key`;
  return { sql: sql`(SELECT coalesce(json_agg(q), '[]'::json) FROM (${query}) AS q)` };
}
