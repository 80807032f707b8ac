// Checks that every demo family's content matches its trajectory stage (issue 3 item 10): used by
// the seed's own test, and useful after changing the seed. Each check is one set-based query that
// returns the references of the families that break it, so a failure names the families.
import { sql, type Kysely } from 'kysely';
import { computeTop3, followsCount } from '../modules/meetings/top3.js';
import { PlanContentOut } from '../modules/plans/content.js';
import type { DB } from '../platform/db/schema.js';

interface Check {
  rule: string;
  query: ReturnType<typeof sql<{ reference: string }>>;
}

const CHECKS: Check[] = [
  {
    rule: 'registered: no story, meeting, plan or measurement',
    query: sql`SELECT f.reference FROM family f JOIN trajectory t ON t.family_id = f.id WHERE t.status = 'registered'
      AND (EXISTS (SELECT 1 FROM family_story s WHERE s.family_id = f.id) OR EXISTS (SELECT 1 FROM meeting m WHERE m.family_id = f.id)
        OR EXISTS (SELECT 1 FROM plan p WHERE p.family_id = f.id) OR EXISTS (SELECT 1 FROM measurement x WHERE x.family_id = f.id))`,
  },
  {
    rule: 'intake and later: the story and the intake are written',
    query: sql`SELECT f.reference FROM family f JOIN trajectory t ON t.family_id = f.id
      WHERE t.status IN ('intake', 'plan', 'in_progress', 'evaluation')
      AND (NOT EXISTS (SELECT 1 FROM family_story s WHERE s.family_id = f.id AND s.kind = 'story') OR NOT EXISTS (SELECT 1 FROM family_story s WHERE s.family_id = f.id AND s.kind = 'intake'))`,
  },
  {
    rule: 'intake: no meeting or plan yet',
    query: sql`SELECT f.reference FROM family f JOIN trajectory t ON t.family_id = f.id WHERE t.status = 'intake'
      AND (EXISTS (SELECT 1 FROM meeting m WHERE m.family_id = f.id) OR EXISTS (SELECT 1 FROM plan p WHERE p.family_id = f.id))`,
  },
  {
    rule: 'plan and later: a confirmed top-3 meeting with three concerns, taken over into a plan',
    query: sql`SELECT f.reference FROM family f JOIN trajectory t ON t.family_id = f.id
      WHERE t.status IN ('plan', 'in_progress', 'evaluation')
      AND (NOT EXISTS (SELECT 1 FROM meeting m WHERE m.family_id = f.id AND m.confirmed_at IS NOT NULL AND m.plan_version IS NOT NULL
            AND (SELECT count(*) FROM meeting_top3 x WHERE x.meeting_id = m.id) = 3)
        OR NOT EXISTS (SELECT 1 FROM plan p WHERE p.family_id = f.id))`,
  },
  {
    rule: 'plan: a draft nobody signed',
    query: sql`SELECT f.reference FROM family f JOIN trajectory t ON t.family_id = f.id WHERE t.status = 'plan'
      AND EXISTS (SELECT 1 FROM plan_sign_off s WHERE s.family_id = f.id)`,
  },
  {
    rule: 'in progress and evaluation: a signed plan with goals and actions',
    query: sql`SELECT f.reference FROM family f JOIN trajectory t ON t.family_id = f.id
      WHERE t.status IN ('in_progress', 'evaluation')
      AND (NOT EXISTS (SELECT 1 FROM plan_sign_off s WHERE s.family_id = f.id)
        OR NOT EXISTS (SELECT 1 FROM plan p JOIN plan_version v ON v.family_id = p.family_id AND v.version = p.current_version
            WHERE p.family_id = f.id AND jsonb_array_length(v.content->'goals') > 0 AND jsonb_array_length(v.content->'actions') > 0))`,
  },
  {
    rule: 'evaluation: at least two measurements on different days',
    query: sql`SELECT f.reference FROM family f JOIN trajectory t ON t.family_id = f.id
      WHERE t.status = 'evaluation' AND (SELECT count(DISTINCT measured_on) FROM measurement x WHERE x.family_id = f.id) < 2`,
  },
  {
    rule: 'closed: closed_at after opened_at, an ending reason and a managing-without-help answer',
    query: sql`SELECT f.reference FROM family f JOIN trajectory t ON t.family_id = f.id
      WHERE t.status = 'closed' AND (t.closed_at IS NULL OR t.closed_at < t.opened_at OR t.ending_reason IS NULL OR t.managing_without_help IS NULL)`,
  },
  {
    rule: 'open: no closing data',
    query: sql`SELECT f.reference FROM family f JOIN trajectory t ON t.family_id = f.id
      WHERE t.status <> 'closed' AND (t.closed_at IS NOT NULL OR t.ending_reason IS NOT NULL OR t.satisfaction IS NOT NULL)`,
  },
  {
    rule: 'the status history starts at registered and ends at the current status',
    query: sql`SELECT f.reference FROM family f JOIN trajectory t ON t.family_id = f.id
      WHERE (SELECT c.to_status FROM trajectory_status_change c WHERE c.trajectory_id = t.id ORDER BY c.changed_at DESC LIMIT 1) IS DISTINCT FROM t.status
        OR (SELECT c.to_status FROM trajectory_status_change c WHERE c.trajectory_id = t.id ORDER BY c.changed_at LIMIT 1) IS DISTINCT FROM 'registered'`,
  },
  {
    rule: 'nothing happens before the trajectory opened or after today',
    query: sql`SELECT f.reference FROM family f JOIN trajectory t ON t.family_id = f.id
      WHERE t.opened_at > now()
        OR EXISTS (SELECT 1 FROM meeting m WHERE m.family_id = f.id AND (m.held_on < t.opened_at::date OR m.confirmed_at > now()))
        OR EXISTS (SELECT 1 FROM plan_version v WHERE v.family_id = f.id AND (v.created_at < t.opened_at OR v.created_at > now()))
        OR EXISTS (SELECT 1 FROM measurement x WHERE x.family_id = f.id AND (x.measured_on < t.opened_at::date OR x.measured_on > now()::date))
        OR EXISTS (SELECT 1 FROM family_story s WHERE s.family_id = f.id AND (s.created_at < t.opened_at OR s.created_at > now()))
        OR EXISTS (SELECT 1 FROM trajectory_status_change c WHERE c.trajectory_id = t.id AND (c.changed_at < t.opened_at OR c.changed_at > now()))`,
  },
  {
    // Unless the family came back: what follows belongs to its next trajectory (repeat-use.ts).
    rule: 'a closed trajectory has nothing dated after its closing day, unless a next trajectory began',
    query: sql`SELECT f.reference FROM family f JOIN trajectory t ON t.family_id = f.id WHERE t.status = 'closed'
      AND NOT EXISTS (SELECT 1 FROM trajectory n WHERE n.family_id = f.id AND n.opened_at > t.closed_at)
      AND (EXISTS (SELECT 1 FROM measurement x WHERE x.family_id = f.id AND x.measured_on > t.closed_at::date)
        OR EXISTS (SELECT 1 FROM plan_version v WHERE v.family_id = f.id AND v.created_at::date > t.closed_at::date))`,
  },
  {
    rule: 'a sign-off is not older than the version it signs',
    query: sql`SELECT f.reference FROM plan_sign_off s JOIN plan_version v ON v.family_id = s.family_id AND v.version = s.version
      JOIN family f ON f.id = s.family_id WHERE s.signed_on < v.created_at::date`,
  },
  {
    rule: 'a hand-over ends with the current regisseur',
    query: sql`SELECT f.reference FROM trajectory_handover h JOIN trajectory t ON t.id = h.trajectory_id JOIN family f ON f.id = t.family_id
      WHERE h.handed_over_at = (SELECT max(x.handed_over_at) FROM trajectory_handover x WHERE x.trajectory_id = t.id) AND h.to_user_id <> t.regisseur_id`,
  },
  {
    rule: "the address lies in the family's own neighbourhood",
    query: sql`SELECT f.reference FROM family f LEFT JOIN postcode_area p ON p.postcode = f.postcode
      WHERE p.neighbourhood_code IS DISTINCT FROM f.neighbourhood_code`,
  },
  // The referral index (its rows have no family reference: they name the registration or match).
  {
    rule: 'a registration is informed after it was registered and not in the future',
    query: sql`SELECT 'registration ' || r.id AS reference FROM involvement_registration r
      WHERE r.registered_at > now() OR r.informed_at > now() OR r.informed_at < r.registered_at`,
  },
  {
    rule: 'a match exists only once two organisations have registered, and not in the future',
    query: sql`SELECT 'match ' || m.id AS reference FROM involvement_match m
      WHERE m.created_at > now() OR (SELECT count(DISTINCT r.organisation_id) FROM involvement_match_member mm JOIN involvement_registration r ON r.id = mm.registration_id
        WHERE mm.match_id = m.id AND r.registered_at <= m.created_at) < 2`,
  },
  {
    rule: 'contact on a match is recorded after the match arose and not in the future',
    query: sql`SELECT 'match ' || m.id AS reference FROM involvement_match m
      WHERE m.contact_recorded_at > now() OR m.contact_recorded_at < m.created_at`,
  },
  // Buurtgezinnen: what a match says about the families' yes follows its recorded events (the
  // introduction view shows contact details once both accepted).
  {
    rule: 'Buurtgezinnen: a family has said yes exactly when its acceptance is recorded',
    query: sql`SELECT r.reference || '/' || f.reference AS reference FROM support_match m
      JOIN support_request r ON r.id = m.request_id JOIN support_family f ON f.id = m.family_id
      WHERE (m.request_accepted_at IS NOT NULL) <> EXISTS (SELECT 1 FROM support_match_event e WHERE e.match_id = m.id AND e.kind = 'accepted_request')
        OR (m.family_accepted_at IS NOT NULL) <> EXISTS (SELECT 1 FROM support_match_event e WHERE e.match_id = m.id AND e.kind = 'accepted_family')`,
  },
  {
    rule: 'Buurtgezinnen: from the joint introduction on both families said yes; before it not both',
    query: sql`SELECT r.reference || '/' || f.reference AS reference FROM support_match m
      JOIN support_request r ON r.id = m.request_id JOIN support_family f ON f.id = m.family_id
      WHERE (m.status IN ('joint_introduction', 'trial', 'active', 'evaluated') OR m.started_at IS NOT NULL) <> (m.request_accepted_at IS NOT NULL AND m.family_accepted_at IS NOT NULL)`,
  },
  {
    rule: 'Buurtgezinnen: a pair that ended with "no click" is never proposed again',
    query: sql`SELECT r.reference || '/' || f.reference AS reference FROM support_match m
      JOIN support_request r ON r.id = m.request_id JOIN support_family f ON f.id = m.family_id
      WHERE m.end_reason = 'no_click' AND NOT EXISTS (SELECT 1 FROM support_pair_rejection x WHERE x.request_id = m.request_id AND x.family_id = m.family_id)`,
  },
];

/** Rule → references of the families that break it (empty when the demo is consistent). */
export async function findInconsistencies(db: Kysely<DB>): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const check of CHECKS) {
    const rows = (await check.query.execute(db)).rows;
    if (rows.length > 0) out[check.rule] = rows.slice(0, 10).map((r) => r.reference);
  }
  // Each plan version is a valid plan as the API would return it.
  const versions = await db
    .selectFrom('plan_version as v')
    .innerJoin('family as f', 'f.id', 'v.family_id')
    .select(['f.reference', 'v.version', 'v.content'])
    .execute();
  const badPlans = versions
    .filter((v) => !PlanContentOut.safeParse(v.content).success)
    .map((v) => `${v.reference} v${v.version}`);
  if (badPlans.length > 0) out['every plan version is valid plan content'] = badPlans.slice(0, 10);
  // The confirmed top-3 follows the Borda count, or the table noted why not.
  const rankings = await db
    .selectFrom('meeting_ranking as r')
    .innerJoin('meeting_participant as p', 'p.id', 'r.participant_id')
    .innerJoin('meeting_concern as c', 'c.id', 'r.concern_id')
    .select(['p.meeting_id', 'p.id as participant_id', 'r.rank', 'c.concern_key'])
    .orderBy('p.id')
    .orderBy('r.rank')
    .execute();
  const tops = await db
    .selectFrom('meeting_top3 as t')
    .innerJoin('meeting_concern as c', 'c.id', 't.concern_id')
    .innerJoin('meeting as m', 'm.id', 't.meeting_id')
    .innerJoin('family as f', 'f.id', 'm.family_id')
    .select(['t.meeting_id', 't.position', 'c.concern_key', 'm.confirmed_reason', 'f.reference'])
    .orderBy('t.meeting_id')
    .orderBy('t.position')
    .execute();
  const ballots = new Map<string, Map<string, string[]>>();
  for (const r of rankings) {
    const m = ballots.get(r.meeting_id) ?? new Map<string, string[]>();
    m.set(r.participant_id, [...(m.get(r.participant_id) ?? []), r.concern_key]);
    ballots.set(r.meeting_id, m);
  }
  const orders = new Map<string, { order: string[]; reason: string | null; reference: string }>();
  for (const t of tops)
    orders.set(t.meeting_id, {
      order: [...(orders.get(t.meeting_id)?.order ?? []), t.concern_key],
      reason: t.confirmed_reason,
      reference: t.reference,
    });
  const unexplained = [...orders.entries()]
    .filter(([id, o]) => {
      const result = computeTop3(
        [...(ballots.get(id) ?? new Map<string, string[]>()).entries()].map(([participantId, ranking]) => ({
          participantId,
          ranking,
        })),
      );
      return !followsCount(result, o.order) && o.reason === null;
    })
    .map(([, o]) => o.reference);
  if (unexplained.length > 0)
    out['a confirmed top-3 that differs from the count has a reason'] = unexplained.slice(0, 10);
  return out;
}
