// Named need-to-know predicates. Policies combine these; each is one indexed query.
import { sql } from 'kysely';
import type { Tx } from '../db/transaction.js';

export async function isRegisseurOfFamily(trx: Tx, userId: string, familyId: string): Promise<'open' | 'closed' | null> {
  const row = await trx.selectFrom('trajectory').select('status')
    .where('family_id', '=', familyId).where('regisseur_id', '=', userId)
    .orderBy(sql`status = 'closed'`).limit(1).executeTakeFirst();
  return row ? (row.status === 'closed' ? 'closed' : 'open') : null;
}

export async function isTrajectoryMemberOfFamily(trx: Tx, userId: string, familyId: string): Promise<'open' | 'closed' | null> {
  const row = await trx.selectFrom('trajectory_member as m').innerJoin('trajectory as t', 't.id', 'm.trajectory_id')
    .select('t.status').where('t.family_id', '=', familyId).where('m.user_id', '=', userId)
    .orderBy(sql`t.status = 'closed'`).limit(1).executeTakeFirst();
  return row ? (row.status === 'closed' ? 'closed' : 'open') : null;
}

export async function leadsTeamOfFamily(trx: Tx, userId: string, familyId: string): Promise<'open' | 'closed' | null> {
  const row = await trx.selectFrom('trajectory as t')
    .innerJoin('team_membership as tm', 'tm.team_id', 't.team_id')
    .select('t.status').where('t.family_id', '=', familyId).where('tm.user_id', '=', userId).where('tm.is_lead', '=', true)
    .orderBy(sql`t.status = 'closed'`).limit(1).executeTakeFirst();
  return row ? (row.status === 'closed' ? 'closed' : 'open') : null;
}

export async function hasFamilyAccount(trx: Tx, userId: string, familyId: string): Promise<boolean> {
  const row = await trx.selectFrom('family_account').select('user_id')
    .where('user_id', '=', userId).where('family_id', '=', familyId).executeTakeFirst();
  return row !== undefined;
}

export async function activeBreakGlass(trx: Tx, userId: string, familyId: string, now: Date): Promise<{ reason: string } | null> {
  const row = await trx.selectFrom('break_glass').select('reason')
    .where('user_id', '=', userId).where('family_id', '=', familyId).where('expires_at', '>', now)
    .orderBy('expires_at', 'desc').limit(1).executeTakeFirst();
  return row ?? null;
}
