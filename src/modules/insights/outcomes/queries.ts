// The outcome indicators as ONE aggregating statement over the per-trajectory outcome summary
// (migration 029, kept up to date by the job in summary.ts): the trajectories of the chosen
// municipalities or region closed or started in the period (indexed by municipality and by region,
// each with the closing and the start date), per group the counts every indicator needs. Nothing per
// person leaves the database: only counts, a sum of marks and a median. The municipality's own
// choices (drop-out reasons, repeat-use window) apply here, at counting time.
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

// The level of help a trajectory reached (its heaviest granted allocation, summary.ts); 0 = the team's own help.
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
    // Codes (entry point, level of help) and pilots are labelled by the web from the key itself.
    case 'entry_point':
    case 'level':
    case 'pilot':
    case 'none':
      return sql`NULL::text`;
  }
}

/** The families' municipality condition (a region: its municipalities, by subquery so the index serves it). */
export function municipalityIn(area: IndicatorFilter['area'], column = 'f.municipality_code'): RawBuilder<boolean> {
  return area.scope === 'municipality'
    ? sql`${sql.ref(column)} = ${area.code}`
    : sql`${sql.ref(column)} IN (SELECT rm.code FROM municipality rm WHERE rm.region_code = ${area.code})`;
}

/** The summary rows of the area: by municipality, or by the region stored on the row (both indexed). */
function areaOf(area: IndicatorFilter['area']): RawBuilder<boolean> {
  return area.scope === 'municipality' ? sql`s.municipality_code = ${area.code}` : sql`s.region_code = ${area.code}`;
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
WITH c AS (
  SELECT s.trajectory_id AS id, s.family_id, s.municipality_code AS mun, s.team_id, s.entry_point, s.closed_on,
    s.start_on, s.ending_reason, s.managing_without_help, s.level_rank, s.providers, s.no_new_start,
    s.prev_closed_on, s.days_to_help, s.attainment, s.problems_reduced, s.sat_youth, s.sat_parent,
    coalesce(st.drop_out_reasons, '03') AS drop_codes, coalesce(st.repeat_window_months, 12) AS window_months,
    (s.closed_on BETWEEN ${from}::date AND ${to}::date) AS in_closed,
    (s.start_on BETWEEN ${from}::date AND ${to}::date) AS in_started
  FROM trajectory_outcome_summary s
  LEFT JOIN outcome_setting st ON st.municipality_code = s.municipality_code
  WHERE ${areaOf(f.area)}
    AND (s.closed_on BETWEEN ${from}::date AND ${to}::date OR s.start_on BETWEEN ${from}::date AND ${to}::date)
),
x AS (
  SELECT ${key} AS key, c.*,
    -- Local repeat use: the family had a trajectory closed within the window before this start.
    CASE WHEN c.in_started THEN coalesce(c.prev_closed_on > (c.start_on - make_interval(months => c.window_months))::date, false) END AS repeat_use,
    CASE WHEN c.in_started THEN c.days_to_help END AS days_to_help_started,
    -- Satisfaction: the latest mark per informant (an informant measured twice counts once).
    CASE WHEN ${informant}::text IS NULL OR ${informant}::text = 'youth' THEN c.sat_youth END AS mark_youth,
    CASE WHEN ${informant}::text IS NULL OR ${informant}::text = 'parent' THEN c.sat_parent END AS mark_parent
  FROM c
  ${join}
  WHERE ${where}
),
g AS (
  SELECT key,
    count(*) FILTER (WHERE in_closed)::int AS closed,
    count(*) FILTER (WHERE in_closed AND ending_reason IS NOT NULL)::int AS drop_out_den,
    count(*) FILTER (WHERE in_closed AND (ending_reason = '03' OR (drop_codes = '03+04' AND ending_reason = '04')))::int AS drop_out_num,
    coalesce(sum((mark_youth IS NOT NULL)::int + (mark_parent IS NOT NULL)::int) FILTER (WHERE in_closed), 0)::int AS sat_n,
    coalesce(sum(coalesce(mark_youth, 0) + coalesce(mark_parent, 0)) FILTER (WHERE in_closed), 0)::int AS sat_sum,
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
    count(*) FILTER (WHERE in_started AND days_to_help_started IS NOT NULL)::int AS tth_n,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_help_started) FILTER (WHERE in_started AND days_to_help_started IS NOT NULL) AS tth_median
  FROM x
  GROUP BY key
)
SELECT g.*, ${labelOf(f.groupBy)} AS label FROM g ORDER BY g.key`;
  return { sql: sql`(SELECT coalesce(json_agg(q), '[]'::json) FROM (${query}) AS q)` };
}

/** When the summary the counts come from was brought up to date (null: never yet). */
export function summaryComputedAt(): Part<string | null> {
  return { sql: sql`(SELECT to_json(computed_at) FROM outcome_summary_state)` };
}
