// Named need-to-know predicates. Policies combine these; each is one indexed query.
import { sql } from 'kysely';
import type { Queryable } from '../db/transaction.js';
import { remember, type Memo } from './policy.js';
import { template } from '../db/template.js';

export async function isRegisseurOfFamily(
  trx: Queryable,
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
  trx: Queryable,
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

export async function leadsTeamOfFamily(
  trx: Queryable,
  userId: string,
  familyId: string,
): Promise<'open' | 'closed' | null> {
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

export async function hasFamilyAccount(trx: Queryable, userId: string, familyId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('family_account')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('family_id', '=', familyId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function activeBreakGlass(
  trx: Queryable,
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
export function relatedTrajectoryIds(trx: Queryable, userId: string, opts: { asTeamLead?: boolean } = {}) {
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
export async function isMemberOfTeam(trx: Queryable, userId: string, teamId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('team_membership')
    .select('user_id')
    .where('team_id', '=', teamId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export type RelationState = 'open' | 'closed' | null;

/** Everything the family policy asks about one user and one family, looked up in ONE statement. */
export interface FamilyFacts {
  /** The family's reference (its NEN 7513 client reference), null when there is no such family. */
  reference: string | null;
  regisseur: RelationState;
  member: RelationState;
  lead: RelationState;
  ownAccount: boolean;
  /** The reason of an active break-the-glass, or null. */
  glassReason: string | null;
}

const state = (status: unknown): RelationState => (status == null ? null : status === 'closed' ? 'closed' : 'open');

/** The family facts' statement: built and compiled once (db/template.ts). */
const FAMILY_FACTS = template(
  (_db, v: { userId: string; familyId: string; now: Date }) =>
    sql<{
      reference: string | null;
      regisseur: string | null;
      member: string | null;
      lead: string | null;
      own_account: boolean;
      glass_reason: string | null;
    }>`select
      (select reference from family where id = ${v.familyId}) as reference,
      (select status from trajectory where family_id = ${v.familyId} and regisseur_id = ${v.userId}
        order by status = 'closed' limit 1) as regisseur,
      (select t.status from trajectory_member m join trajectory t on t.id = m.trajectory_id
        where t.family_id = ${v.familyId} and m.user_id = ${v.userId} order by t.status = 'closed' limit 1) as member,
      (select t.status from trajectory t join team_membership tm on tm.team_id = t.team_id
        where t.family_id = ${v.familyId} and tm.user_id = ${v.userId} and tm.is_lead
        order by t.status = 'closed' limit 1) as lead,
      exists (select 1 from family_account where user_id = ${v.userId} and family_id = ${v.familyId}) as own_account,
      (select reason from break_glass where user_id = ${v.userId} and family_id = ${v.familyId} and expires_at > ${v.now}
        order by expires_at desc limit 1) as glass_reason`,
);

/**
 * The family facts as one statement of scalar subqueries, each the indexed look-up its named
 * predicate above makes (isRegisseurOfFamily, isTrajectoryMemberOfFamily, leadsTeamOfFamily,
 * hasFamilyAccount, activeBreakGlass) — a decision costs one round trip, not five.
 */
export function familyFacts(
  db: Queryable,
  userId: string,
  familyId: string,
  now: Date,
  memo?: Memo,
): Promise<FamilyFacts> {
  return remember(memo, `family:${familyId}:${userId}`, async () => {
    const { rows } = await FAMILY_FACTS.execute(db, { userId, familyId, now });
    const r = rows[0];
    if (!r) throw new Error('family facts: no row');
    memo?.set(`family-ref:${familyId}`, Promise.resolve(r.reference));
    return {
      reference: r.reference,
      regisseur: state(r.regisseur),
      member: state(r.member),
      lead: state(r.lead),
      ownAccount: r.own_account,
      glassReason: r.glass_reason,
    };
  });
}

/** The family's reference when a decision in this memo already looked it up, else undefined. */
export function rememberedFamilyReference(memo: Memo | undefined, familyId: string) {
  return memo?.get(`family-ref:${familyId}`) as Promise<string | null> | undefined;
}
