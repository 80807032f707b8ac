// Use cases on a trajectory: status, closing with the national codes, hand-over of the regisseur
// role with a note, and team members joining. Each authorizes against the family, in one transaction.
import { authorize, requireActor, type Grant } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import type { TrajectoryStatus } from '../../platform/db/schema.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { BusinessRuleError, ValidationError } from '../../platform/errors.js';
import { notify } from '../../platform/notify/notify.js';
import type { Trajectory } from './schemas.js';
import { familyOfTrajectory, loadTrajectory } from './queries.js';
import type { CloseTrajectoryBody } from './schemas.js';
import { canMove } from './status-flow.js';

const PURPOSE = 'care';

async function writeAccess(
  trx: Tx,
  ctx: RequestContext,
  trajectoryId: string,
  data: string,
  event: string,
): Promise<Grant<'family'>> {
  const familyId = await familyOfTrajectory(trx, trajectoryId);
  return authorize(trx, ctx, { subject: 'family', id: familyId, action: 'update', purpose: PURPOSE, data, event });
}

async function current(trx: Tx, trajectoryId: string) {
  return trx
    .selectFrom('trajectory')
    .select(['status', 'regisseur_id', 'team_id'])
    .where('id', '=', trajectoryId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

async function isActiveTeamMember(trx: Tx, teamId: string, userId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('team_membership as tm')
    .innerJoin('app_user as u', 'u.id', 'tm.user_id')
    .select('u.id')
    .where('tm.team_id', '=', teamId)
    .where('tm.user_id', '=', userId)
    .where('u.active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

async function result(trx: Tx, grant: Grant<'family'>): Promise<Trajectory> {
  return (await loadTrajectory(trx, grant)) as Trajectory;
}

export function changeStatus(ctx: RequestContext, trajectoryId: string, to: TrajectoryStatus): Promise<Trajectory> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    const grant = await writeAccess(trx, ctx, trajectoryId, `trajectory status → ${to}`, 'trajectory.status_changed');
    const t = await current(trx, trajectoryId);
    if (!canMove(t.status, to))
      throw new BusinessRuleError('status_not_allowed', {
        detail: `A trajectory cannot go from ${t.status} to ${to}.`,
      });
    await trx.updateTable('trajectory').set({ status: to }).where('id', '=', trajectoryId).execute();
    await trx
      .insertInto('trajectory_status_change')
      .values({ trajectory_id: trajectoryId, from_status: t.status, to_status: to, changed_by: actor.userId })
      .execute();
    return result(trx, grant);
  });
}

export function closeTrajectory(
  ctx: RequestContext,
  trajectoryId: string,
  body: CloseTrajectoryBody,
): Promise<Trajectory> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    const grant = await writeAccess(
      trx,
      ctx,
      trajectoryId,
      `trajectory closed, ending reason ${body.endingReason}`,
      'trajectory.closed',
    );
    const t = await current(trx, trajectoryId);
    await trx
      .updateTable('trajectory')
      .set({
        status: 'closed',
        closed_at: new Date(),
        ending_reason: body.endingReason,
        satisfaction: body.satisfaction ?? null,
        satisfaction_informant: body.satisfactionInformant ?? null,
        managing_without_help: body.managingWithoutHelp ?? null,
      })
      .where('id', '=', trajectoryId)
      .execute();
    await trx
      .insertInto('trajectory_status_change')
      .values({ trajectory_id: trajectoryId, from_status: t.status, to_status: 'closed', changed_by: actor.userId })
      .execute();
    return result(trx, grant);
  });
}

export function handOver(
  ctx: RequestContext,
  trajectoryId: string,
  toUserId: string,
  note: string,
): Promise<Trajectory> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    const grant = await writeAccess(
      trx,
      ctx,
      trajectoryId,
      `regisseur handed over to user ${toUserId}`,
      'trajectory.handover',
    );
    const t = await current(trx, trajectoryId);
    if (t.regisseur_id === toUserId)
      throw new BusinessRuleError('already_regisseur', { detail: 'This colleague is already the regisseur.' });
    if (!(await isActiveTeamMember(trx, t.team_id, toUserId)))
      throw new ValidationError('not_team_member', {
        detail: 'The new regisseur must be an active member of the team.',
        errors: [{ path: 'toUserId', message: 'not a member of this team' }],
      });
    await trx.updateTable('trajectory').set({ regisseur_id: toUserId }).where('id', '=', trajectoryId).execute();
    await trx
      .insertInto('trajectory_handover')
      .values({
        trajectory_id: trajectoryId,
        from_user_id: t.regisseur_id,
        to_user_id: toUserId,
        note,
        handed_over_by: actor.userId,
      })
      .execute();
    // The previous regisseur stays involved as a team member of the trajectory; the new one is no longer "just" a member.
    await trx
      .deleteFrom('trajectory_member')
      .where('trajectory_id', '=', trajectoryId)
      .where('user_id', '=', toUserId)
      .execute();
    await trx
      .insertInto('trajectory_member')
      .values({ trajectory_id: trajectoryId, user_id: t.regisseur_id })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await notify(trx, toUserId, 'regisseur_handover', `/families/${grant.subjectId}`);
    return result(trx, grant);
  });
}

export function addTrajectoryMember(ctx: RequestContext, trajectoryId: string, userId: string): Promise<Trajectory> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await writeAccess(
      trx,
      ctx,
      trajectoryId,
      `trajectory member added: user ${userId}`,
      'trajectory.member_added',
    );
    const t = await current(trx, trajectoryId);
    if (!(await isActiveTeamMember(trx, t.team_id, userId)))
      throw new ValidationError('not_team_member', {
        detail: 'Only active members of the team can join the trajectory.',
        errors: [{ path: 'userId', message: 'not a member of this team' }],
      });
    if (userId !== t.regisseur_id) {
      await trx
        .insertInto('trajectory_member')
        .values({ trajectory_id: trajectoryId, user_id: userId })
        .onConflict((oc) => oc.doNothing())
        .execute();
      await notify(trx, userId, 'trajectory_member_added', `/families/${grant.subjectId}`);
    }
    return result(trx, grant);
  });
}

/** The team's members, to name a regisseur and colleagues when opening a trajectory. */
export function teamColleagues(ctx: RequestContext, teamId: string) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'team_caseload',
      id: teamId,
      action: 'read',
      purpose: PURPOSE,
      data: 'team members',
    });
    const items = await trx
      .selectFrom('team_membership as tm')
      .innerJoin('app_user as u', 'u.id', 'tm.user_id')
      .innerJoin('organisation as o', 'o.id', 'u.home_organisation_id')
      .select(['u.id as userId', 'u.display_name as displayName', 'o.name as organisationName', 'tm.is_lead as isLead'])
      .where('tm.team_id', '=', teamId)
      .where('u.active', '=', true)
      .orderBy('u.display_name')
      .execute();
    return { items };
  });
}
