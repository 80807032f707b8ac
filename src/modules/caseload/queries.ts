// SQL of the caseload views. Set-based: one statement per list, whatever the number of families.
// Every function takes the Grant of an audited decision; the scoping is in the WHERE clause.
import { sql } from 'kysely';
import type { Grant } from '../../platform/access/authorize.js';
import type { Tx } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/errors.js';

const LIMIT = 500;
/** Meeting results confirmed this recently and not yet taken over into the plan count as "new". */
export const NEW_MEETING_DAYS = 14;

/**
 * Open trajectories where the actor is regisseur or trajectory member, with what the start page
 * shows per family, read from the current plan version's JSONB snapshot (reviews, actions), the
 * sign-offs (deadline) and the meetings (confirmed top-3 results not yet in the plan).
 */
export async function listMyCaseload(trx: Tx, grant: Grant<'caseload'>, today: string) {
  const me = grant.actor.userId;
  return trx.selectFrom('trajectory as t')
    .innerJoin('family as f', 'f.id', 't.family_id')
    .leftJoin('plan as p', 'p.family_id', 't.family_id')
    .leftJoin('plan_version as pv', (j) => j.onRef('pv.family_id', '=', 'p.family_id').onRef('pv.version', '=', 'p.current_version'))
    .select([
      't.id as trajectory_id', 'f.id as family_id', 'f.reference', 't.status', 't.opened_at', 'p.current_version',
      sql<'regisseur' | 'member'>`CASE WHEN t.regisseur_id = ${me} THEN 'regisseur' ELSE 'member' END`.as('role'),
      sql<string | null>`(SELECT min(r->>'date') FROM jsonb_array_elements(pv.content->'reviews') r WHERE (r->>'date') >= ${today})`.as('next_review_on'),
      sql<number>`(SELECT count(*)::int FROM jsonb_array_elements(pv.content->'actions') a
        WHERE (a->>'due') < ${today} AND coalesce(a->>'status', 'open') NOT IN ('done', 'cancelled'))`.as('overdue_actions'),
      sql<string | null>`(SELECT min(s.signed_on)::text FROM plan_sign_off s WHERE s.family_id = t.family_id)`.as('first_signed_on'),
      sql<boolean>`EXISTS (SELECT 1 FROM plan_sign_off s WHERE s.family_id = t.family_id AND s.version = p.current_version)`.as('current_signed'),
      sql<string | null>`(SELECT max(m.held_on)::text FROM meeting m WHERE m.family_id = t.family_id AND m.confirmed_at IS NOT NULL)`.as('last_confirmed_meeting_on'),
      sql<number>`(SELECT count(*)::int FROM meeting m WHERE m.family_id = t.family_id AND m.confirmed_at IS NOT NULL
        AND m.plan_version IS NULL AND m.confirmed_at >= ${today}::date - ${NEW_MEETING_DAYS}::int)`.as('new_meeting_results'),
    ])
    .where('t.status', '<>', 'closed')
    .where((eb) => eb.or([
      eb('t.regisseur_id', '=', me),
      eb.exists(eb.selectFrom('trajectory_member as tm').select('tm.user_id').whereRef('tm.trajectory_id', '=', 't.id').where('tm.user_id', '=', me)),
    ]))
    .orderBy('f.reference').limit(LIMIT).execute();
}

export async function getTeam(trx: Tx, grant: Grant<'team_caseload_overview'>) {
  const row = await trx.selectFrom('team').select(['id', 'name']).where('id', '=', grant.subjectId ?? '').executeTakeFirst();
  if (!row) throw new NotFoundError('team_not_found', 'No such team.');
  return row;
}

/** Team members and anyone who is regisseur of an open trajectory of the team, with counts by status. */
export async function listRegisseurLoad(trx: Tx, grant: Grant<'team_caseload_overview'>) {
  const teamId = grant.subjectId ?? '';
  return trx.selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.home_organisation_id')
    .leftJoin('team_membership as tm', (j) => j.onRef('tm.user_id', '=', 'u.id').on('tm.team_id', '=', teamId))
    .leftJoin('trajectory as t', (j) => j.onRef('t.regisseur_id', '=', 'u.id').on('t.team_id', '=', teamId).on('t.status', '<>', 'closed'))
    .select((eb) => [
      'u.id as user_id', 'u.display_name', 'o.name as organisation_name', 'u.active',
      sql<boolean>`coalesce(bool_or(tm.is_lead), false)`.as('is_lead'),
      sql<boolean>`bool_or(tm.user_id IS NOT NULL)`.as('is_member'),
      eb.fn.count<number>('t.id').as('open'),
      eb.fn.count<number>('t.id').filterWhere('t.status', '=', 'registered').as('registered'),
      eb.fn.count<number>('t.id').filterWhere('t.status', '=', 'intake').as('intake'),
      eb.fn.count<number>('t.id').filterWhere('t.status', '=', 'plan').as('plan'),
      eb.fn.count<number>('t.id').filterWhere('t.status', '=', 'in_progress').as('in_progress'),
      eb.fn.count<number>('t.id').filterWhere('t.status', '=', 'evaluation').as('evaluation'),
    ])
    .where((eb) => eb.or([eb('tm.user_id', 'is not', null), eb('t.id', 'is not', null)]))
    .groupBy(['u.id', 'u.display_name', 'o.name', 'u.active'])
    .orderBy('u.display_name').execute();
}

export async function listOpenTrajectories(trx: Tx, grant: Grant<'team_caseload_overview'>) {
  return trx.selectFrom('trajectory as t').innerJoin('family as f', 'f.id', 't.family_id')
    .select(['t.id as trajectory_id', 'f.id as family_id', 'f.reference', 't.status', 't.opened_at', 't.regisseur_id'])
    .where('t.team_id', '=', grant.subjectId ?? '').where('t.status', '<>', 'closed')
    .orderBy('t.opened_at').limit(2000).execute();
}
