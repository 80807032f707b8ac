// Named need-to-know predicates. Policies combine these; each is one indexed query.
import { sql } from 'kysely';
import type { Tx } from '../db/transaction.js';

export async function isRegisseurOfFamily(
  trx: Tx,
  userId: string,
  familyId: string,
): Promise<'open' | 'closed' | null> {
  const row = await trx
    .selectFrom('trajectory')
    .select('status')
    .where('family_id', '=', familyId)
    .where('regisseur_id', '=', userId)
    .orderBy(sql`status = 'closed'`)
    .limit(1)
    .executeTakeFirst();
  return row ? (row.status === 'closed' ? 'closed' : 'open') : null;
}

export async function isTrajectoryMemberOfFamily(
  trx: Tx,
  userId: string,
  familyId: string,
): Promise<'open' | 'closed' | null> {
  const row = await trx
    .selectFrom('trajectory_member as m')
    .innerJoin('trajectory as t', 't.id', 'm.trajectory_id')
    .select('t.status')
    .where('t.family_id', '=', familyId)
    .where('m.user_id', '=', userId)
    .orderBy(sql`t.status = 'closed'`)
    .limit(1)
    .executeTakeFirst();
  return row ? (row.status === 'closed' ? 'closed' : 'open') : null;
}

export async function leadsTeamOfFamily(trx: Tx, userId: string, familyId: string): Promise<'open' | 'closed' | null> {
  const row = await trx
    .selectFrom('trajectory as t')
    .innerJoin('team_membership as tm', 'tm.team_id', 't.team_id')
    .select('t.status')
    .where('t.family_id', '=', familyId)
    .where('tm.user_id', '=', userId)
    .where('tm.is_lead', '=', true)
    .orderBy(sql`t.status = 'closed'`)
    .limit(1)
    .executeTakeFirst();
  return row ? (row.status === 'closed' ? 'closed' : 'open') : null;
}

export async function hasFamilyAccount(trx: Tx, userId: string, familyId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('family_account')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('family_id', '=', familyId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function activeBreakGlass(
  trx: Tx,
  userId: string,
  familyId: string,
  now: Date,
): Promise<{ reason: string } | null> {
  const row = await trx
    .selectFrom('break_glass')
    .select('reason')
    .where('user_id', '=', userId)
    .where('family_id', '=', familyId)
    .where('expires_at', '>', now)
    .orderBy('expires_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * The ids of the trajectories a user is related to — as regisseur, as trajectory member and (with
 * `asTeamLead`) as lead of the trajectory's team — as one set to use in `t.id IN (…)`. Written as a
 * UNION ALL of three indexed look-ups (trajectory_regisseur_idx, trajectory_member_user_idx,
 * team_membership_user_idx) rather than `regisseur_id = me OR EXISTS (…)`: PostgreSQL cannot use an
 * index for that OR, guesses half the table matches and walks all of it (19 s at 1 M families).
 * Duplicates are harmless: IN is a semi-join.
 */
export function relatedTrajectoryIds(trx: Tx, userId: string, opts: { asTeamLead?: boolean } = {}) {
  const asRegisseur = trx.selectFrom('trajectory as rt').select('rt.id').where('rt.regisseur_id', '=', userId);
  const asMember = trx
    .selectFrom('trajectory_member as rm')
    .select('rm.trajectory_id as id')
    .where('rm.user_id', '=', userId);
  const both = asRegisseur.unionAll(asMember);
  if (!opts.asTeamLead) return both;
  return both.unionAll(
    trx
      .selectFrom('trajectory as lt')
      .innerJoin('team_membership as ltm', 'ltm.team_id', 'lt.team_id')
      .select('lt.id')
      .where('ltm.user_id', '=', userId)
      .where('ltm.is_lead', '=', true),
  );
}

/** Whether the user is a member of the team (signals, insights and opening a trajectory ask this). */
export async function isMemberOfTeam(trx: Tx, userId: string, teamId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('team_membership')
    .select('user_id')
    .where('team_id', '=', teamId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}
