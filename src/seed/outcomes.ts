// The demo's steering data (issue 14), after the families and the allocation history: the three pilots
// of seed 000 placed in the demo region, the trajectories that take part, satisfaction measured per
// informant (some twice, some by youth and parent both), goal attainment at closing — and Zwolle's
// entry points made to tell the seed's story: since the GP support-worker pilot began, families that
// came in through the GP were less often referred on to specialised care.
//
// All in set-based SQL (a handful of statements, fast), deterministic: the "random" choices are hashes
// of the trajectory ids, which the seeded generator fixes.
import { sql } from 'kysely';
import type { Tx } from '../platform/db/transaction.js';

/** 0–99 from a trajectory id and a salt: the same on every machine. */
const bucket = (salt: string) => sql.raw(`(('x' || substr(md5(t.id::text || '${salt}'), 1, 6))::bit(24)::int % 100)`);

export const DEMO_PILOTS = [
  {
    municipality: '0193',
    name: 'Ondersteuner Jeugd & Gezin bij de huisarts',
    description:
      'Een opgeleide hulpverlener in de huisartsenpraktijk met meer kennis en tijd voor ouders en kinderen: problemen vroeg signaleren en ondervangen, minder doorverwijzingen naar de gespecialiseerde GGZ (naar het voorbeeld van Westerkwartier).',
    since: '2025-01-01',
    entry: 'gp_ojg',
  },
  {
    municipality: '0166',
    name: 'Jeugdhulpverleners in elke school',
    description:
      'Jeugdhulpverleners binnen de muren van elke school, basis- en voortgezet onderwijs: dicht bij de bron, vrij toegankelijk en laagdrempelig.',
    since: '2025-03-01',
    entry: 'school',
  },
  {
    municipality: '0160',
    name: 'Gezinsverzorgende in huis',
    description:
      'Een mbo-plus opgeleide gezinsverzorgende komt met regelmaat in huis bij gezinnen die vastlopen, in het huishouden en in de opvoeding: rust, reinheid en regelmaat (pilot sinds 2021).',
    since: '2021-09-01',
    entry: null,
  },
] as const;

export async function seedOutcomes(trx: Tx): Promise<void> {
  // Zwolle since the pilot: families without specialised help came through the GP support worker more
  // often, families with it less often (the figure the pilot should show).
  await sql`
    WITH lvl AS (
      SELECT t.id, EXISTS (
        SELECT 1 FROM decision d
        JOIN allocation a ON a.decision_id = d.id AND a.status <> 'withdrawn'
        JOIN product_category_level p ON p.category = a.category
        WHERE d.family_id = t.family_id AND d.outcome = 'granted' AND p.level_of_help <> 'basic'
          AND d.decided_at >= t.opened_at AND (t.closed_at IS NULL OR d.decided_at <= t.closed_at)
      ) AS specialised
      FROM trajectory t JOIN family f ON f.id = t.family_id
      WHERE f.municipality_code = '0193' AND coalesce(t.first_contact_on, t.opened_at::date) >= DATE '2025-01-01'
        AND t.entry_point IN ('gp_ojg', 'school', 'child_health_clinic', 'self_referral', 'other')
        AND f.reference NOT IN ('G-0193-0001', 'G-0193-0002', 'G-0193-0003', 'G-0193-0004')
    )
    UPDATE trajectory t SET entry_point = CASE
      WHEN lvl.specialised AND t.entry_point = 'gp_ojg' AND ${bucket('ojg-out')} < 55 THEN 'self_referral'
      WHEN NOT lvl.specialised AND t.entry_point <> 'gp_ojg' AND ${bucket('ojg-in')} < 30 THEN 'gp_ojg'
      ELSE t.entry_point END
    FROM lvl WHERE lvl.id = t.id`.execute(trx);

  for (const p of DEMO_PILOTS) {
    const pilot = await trx
      .insertInto('pilot')
      .values({ municipality_code: p.municipality, name: p.name, description: p.description, since: p.since })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Taking part: every trajectory through the pilot's entry point since it began; the home-help pilot
    // (no entry point of its own) a quarter of the families.
    await sql`
      INSERT INTO pilot_trajectory (pilot_id, trajectory_id, joined_on)
      SELECT ${pilot.id}::uuid, t.id, greatest(coalesce(t.first_contact_on, t.opened_at::date), ${p.since}::date)
      FROM trajectory t JOIN family f ON f.id = t.family_id
      WHERE f.municipality_code = ${p.municipality}
        AND coalesce(t.first_contact_on, t.opened_at::date) >= ${p.since}::date
        AND ${p.entry === null ? sql`${bucket('home-help')} < 25` : sql`t.entry_point = ${p.entry}`}`.execute(trx);
  }

  // Satisfaction: the other informant too for about a third of the closed trajectories with a mark,
  // and an earlier mark by the same informant for one in ten (only the latest counts).
  await sql`
    INSERT INTO trajectory_satisfaction (trajectory_id, informant, mark, measured_on, recorded_at)
    SELECT t.id, CASE t.satisfaction_informant WHEN 'parent' THEN 'youth' ELSE 'parent' END,
      least(10, greatest(1, t.satisfaction + (${bucket('other-mark')} % 3) - 1)),
      t.closed_at::date, t.closed_at
    FROM trajectory t WHERE t.satisfaction IS NOT NULL AND ${bucket('other-informant')} < 33`.execute(trx);
  await sql`
    INSERT INTO trajectory_satisfaction (trajectory_id, informant, mark, measured_on, recorded_at)
    SELECT t.id, t.satisfaction_informant, least(10, greatest(1, t.satisfaction - 1 - (${bucket('early-mark')} % 2))),
      (t.opened_at + (t.closed_at - t.opened_at) / 2)::date, t.opened_at + (t.closed_at - t.opened_at) / 2
    FROM trajectory t WHERE t.satisfaction IS NOT NULL AND ${bucket('twice')} < 10`.execute(trx);

  // Goals: mostly achieved when ended per plan, rarely after a drop-out.
  await sql`
    INSERT INTO trajectory_goal_attainment (trajectory_id, attainment, recorded_at)
    SELECT t.id, CASE
      WHEN t.ending_reason = '01' THEN CASE WHEN ${bucket('goal')} < 70 THEN 'achieved' WHEN ${bucket('goal')} < 95 THEN 'partly' ELSE 'not_achieved' END
      WHEN t.ending_reason = '02' THEN CASE WHEN ${bucket('goal')} < 30 THEN 'achieved' WHEN ${bucket('goal')} < 80 THEN 'partly' ELSE 'not_achieved' END
      ELSE CASE WHEN ${bucket('goal')} < 10 THEN 'achieved' WHEN ${bucket('goal')} < 45 THEN 'partly' ELSE 'not_achieved' END
    END, t.closed_at
    FROM trajectory t WHERE t.status = 'closed' AND ${bucket('goal-recorded')} < 85`.execute(trx);
}
