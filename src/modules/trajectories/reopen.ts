// A family whose trajectory was closed comes back: a new trajectory for the same family record, so the
// past (people, story, plan versions, meetings, measurements, the closed trajectory) stays with it.
import { authorize } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { ConflictError } from '../../platform/errors.js';
import { checkTrajectoryTeam, insertTrajectory } from './open.js';
import type { OpenTrajectoryBody } from './schemas.js';

export function reopenTrajectory(
  ctx: RequestContext,
  familyId: string,
  body: OpenTrajectoryBody,
): Promise<{ id: string; familyId: string }> {
  return inTransaction(ctx.db, async (trx) => {
    // Who: someone who knew the family before (audited with the family's reference) …
    await authorize(trx, ctx, {
      subject: 'trajectory_reopening',
      id: familyId,
      action: 'create',
      purpose: 'care',
      data: `new trajectory, entry point ${body.entryPoint}`,
      event: 'trajectory.reopened',
    });
    // … and who works in the team that will run it.
    const teamGrant = await authorize(trx, ctx, {
      subject: 'team_caseload',
      id: body.teamId,
      action: 'create',
      purpose: 'care',
      data: 'new trajectory for a known family',
      event: 'team_caseload.trajectory_reopened',
    });
    const me = teamGrant.actor.userId;
    // Locking the family makes two simultaneous openings take turns: the second sees the first and gets the 409,
    // instead of tripping over the one-open-trajectory index (trajectory_one_open_per_family).
    await trx.selectFrom('family').select('id').where('id', '=', familyId).forUpdate().executeTakeFirstOrThrow();
    const open = await trx
      .selectFrom('trajectory')
      .select('id')
      .where('family_id', '=', familyId)
      .where('status', '<>', 'closed')
      .executeTakeFirst();
    if (open)
      throw new ConflictError('trajectory_still_open', {
        detail: 'This family still has an open trajectory; close it before opening a new one.',
      });
    const team = await checkTrajectoryTeam(trx, body.teamId, me, body, '');
    const id = await insertTrajectory(trx, { familyId, teamId: body.teamId, me, fields: body, team });
    return { id, familyId };
  });
}
