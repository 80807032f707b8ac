// Repeat use in the demo (issue 14): families that come back. Without it every closed trajectory of
// the demo had "no new start" (CBS) and the dashboards showed repeat use 0 % — nothing to steer on.
//
// About one family in eleven had an earlier trajectory, closed before its current one started: for two
// in three the current start lies within the CBS window of that closing (within the half-year after
// the one it closed in: a repeat by both definitions), for the others the start lies just after that
// window (the closing in the half-year two before the start's; often still a repeat by the local
// 12-month window, which shows how the two definitions differ). Zwolle then shows about one closing in
// ten to one in five followed by a new start per half-year, every count above the suppression
// threshold. The earlier trajectory went through the stages
// and ended like any other (mostly per plan, some drop-outs); it has no content of its own, so the
// family's stories, plans and measurements stay those of its current trajectory.
//
// Set-based SQL, deterministic: choices and ids are hashes of the current trajectory's id (fixed by
// the seeded generator). Runs before seedOutcomes, so the earlier trajectories get goals and marks too.
import { sql } from 'kysely';
import type { Tx } from '../platform/db/transaction.js';

/** 0–99 from the current trajectory's id and a salt. */
const bucket = (salt: string) => sql.raw(`(('x' || substr(md5(t.id::text || '${salt}'), 1, 6))::bit(24)::int % 100)`);

/** The families the journeys and the portal's demo follow step by step keep their single trajectory. */
const UNTOUCHED = ['G-0193-0001', 'G-0193-0002', 'G-0193-0003', 'G-0193-0004'];

/** Share of families with an earlier trajectory, and of those the share that came back within the CBS window. */
const SHARE = 9;
const WITHIN_CBS = 65;

export async function seedRepeatUse(trx: Tx): Promise<void> {
  await sql`
    WITH pick AS (
      SELECT t.id, t.team_id, t.regisseur_id, t.entry_point, t.family_id,
        coalesce(t.first_contact_on, (t.opened_at AT TIME ZONE 'Europe/Amsterdam')::date) AS start_on,
        ${bucket('repeat-gap')} AS gap_b, ${bucket('repeat-length')} AS len_b, ${bucket('repeat-end')} AS end_b,
        ${bucket('repeat-managing')} AS mwh_b, ${bucket('repeat-mark')} AS mark_b
      FROM trajectory t JOIN family f ON f.id = t.family_id
      WHERE f.reference NOT IN (${sql.join(UNTOUCHED)}) AND ${bucket('repeat')} < ${sql.lit(SHARE)}
    ),
    closing AS (
      SELECT p.*, CASE WHEN p.gap_b < ${sql.lit(WITHIN_CBS)}
        -- 14 to 142 days before the start: always within the half-year after the closing's.
        THEN p.start_on - (14 + p.gap_b * 2)
        -- 1 to 35 days before the half-year preceding the start's: the window ended the day before
        -- the start's half-year began.
        ELSE (make_date(extract(year FROM p.start_on)::int, CASE WHEN extract(month FROM p.start_on) <= 6 THEN 1 ELSE 7 END, 1)
          - interval '6 months')::date - (1 + p.gap_b - ${sql.lit(WITHIN_CBS)})
        END AS closed_on
      FROM pick p
    ),
    earlier AS (
      SELECT md5(c.id::text || 'earlier')::uuid AS id, c.family_id, c.team_id, c.regisseur_id, c.entry_point,
        ((c.closed_on - (60 + c.len_b * 3)) + time '09:30') AT TIME ZONE 'Europe/Amsterdam' AS opened_at,
        (c.closed_on + time '15:00') AT TIME ZONE 'Europe/Amsterdam' AS closed_at,
        CASE WHEN c.end_b < 55 THEN '01' WHEN c.end_b < 70 THEN '02' WHEN c.end_b < 88 THEN '03' WHEN c.end_b < 96 THEN '04' ELSE '05' END AS ending,
        c.mwh_b, c.mark_b
      FROM closing c
    ),
    ins AS (
      INSERT INTO trajectory (id, family_id, team_id, regisseur_id, status, opened_at, closed_at, entry_point,
        ending_reason, managing_without_help, satisfaction, satisfaction_informant)
      SELECT e.id, e.family_id, e.team_id, e.regisseur_id, 'closed', e.opened_at, e.closed_at, e.entry_point, e.ending,
        CASE WHEN e.ending = '01' THEN (CASE WHEN e.mwh_b < 50 THEN '04' WHEN e.mwh_b < 75 THEN '03' WHEN e.mwh_b < 95 THEN '02' ELSE '01' END)
          ELSE (CASE WHEN e.mwh_b < 35 THEN '02' WHEN e.mwh_b < 65 THEN '03' WHEN e.mwh_b < 80 THEN '01' ELSE '04' END) END,
        CASE WHEN e.mark_b < 60 THEN (CASE WHEN e.ending IN ('01', '02') THEN 6 ELSE 4 END) + e.mark_b % 4 END,
        CASE WHEN e.mark_b < 60 THEN (CASE WHEN e.mark_b % 3 = 0 THEN 'youth' ELSE 'parent' END) END
      FROM earlier e
      RETURNING id, regisseur_id, opened_at, closed_at
    ),
    members AS (
      INSERT INTO trajectory_member (trajectory_id, user_id) SELECT i.id, i.regisseur_id FROM ins i
    )
    INSERT INTO trajectory_status_change (id, trajectory_id, from_status, to_status, changed_by, changed_at)
    SELECT md5(i.id::text || s.to_status)::uuid, i.id, s.from_status, s.to_status, i.regisseur_id,
      i.opened_at + (i.closed_at - i.opened_at) * s.part
    FROM ins i CROSS JOIN (VALUES
      (NULL, 'registered', 0.0::float8), ('registered', 'intake', 0.08), ('intake', 'plan', 0.2),
      ('plan', 'in_progress', 0.3), ('in_progress', 'evaluation', 0.85), ('evaluation', 'closed', 1.0)
    ) AS s(from_status, to_status, part)`.execute(trx);
}
