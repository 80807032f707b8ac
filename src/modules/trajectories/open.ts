// Opening a trajectory, shared by registering a new family (families/create-family.ts) and opening a
// new trajectory for a family whose trajectory was closed (reopen.ts): the same fields, the same rules.
import type { Tx } from '../../platform/db/transaction.js';
import { ValidationError } from '../../platform/errors.js';
import { notify } from '../../platform/notify/notify.js';
import type { NewTrajectory } from './schemas.js';

export interface TrajectoryTeam {
  regisseurId: string;
  memberIds: string[];
}

async function activeTeamMembers(trx: Tx, teamId: string, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await trx
    .selectFrom('team_membership as tm')
    .innerJoin('app_user as u', 'u.id', 'tm.user_id')
    .select('u.id')
    .where('tm.team_id', '=', teamId)
    .where('u.active', '=', true)
    .where('u.id', 'in', [...userIds])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * The regisseur (the opener unless someone else is named) and the members; the opener always joins,
 * so whoever opens a trajectory can work in it. Everyone must be an active member of the team.
 * `path` prefixes field errors ('trajectory.' in the registration body, '' when the fields are top-level).
 */
export async function checkTrajectoryTeam(
  trx: Tx,
  teamId: string,
  me: string,
  fields: NewTrajectory,
  path: string,
): Promise<TrajectoryTeam> {
  const regisseurId = fields.regisseurId ?? me;
  const memberIds = [...new Set([...(fields.memberIds ?? []), ...(regisseurId === me ? [] : [me])])].filter(
    (id) => id !== regisseurId,
  );
  const active = await activeTeamMembers(trx, teamId, [regisseurId, ...memberIds]);
  if (!active.has(regisseurId))
    throw new ValidationError('not_team_member', {
      detail: 'The regisseur must be an active member of the team.',
      errors: [{ path: `${path}regisseurId`, message: 'not a member of this team' }],
    });
  const outsider = memberIds.findIndex((id) => !active.has(id));
  if (outsider >= 0)
    throw new ValidationError('not_team_member', {
      detail: 'Trajectory members must be active members of the team.',
      errors: [{ path: `${path}memberIds.${outsider}`, message: 'not a member of this team' }],
    });
  return { regisseurId, memberIds };
}

/** Inserts the trajectory in status 'registered' with its members and first status change; notifies the others named. */
export async function insertTrajectory(
  trx: Tx,
  input: { familyId: string; teamId: string; me: string; fields: NewTrajectory; team: TrajectoryTeam },
): Promise<string> {
  const { familyId, teamId, me, fields, team } = input;
  const trajectory = await trx
    .insertInto('trajectory')
    .values({
      family_id: familyId,
      team_id: teamId,
      regisseur_id: team.regisseurId,
      status: 'registered',
      entry_point: fields.entryPoint,
      first_contact_on: fields.firstContactOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (team.memberIds.length > 0)
    await trx
      .insertInto('trajectory_member')
      .values(team.memberIds.map((user_id) => ({ trajectory_id: trajectory.id, user_id })))
      .execute();
  // from_status null marks the opening: the timeline takes its actor from this row.
  await trx
    .insertInto('trajectory_status_change')
    .values({ trajectory_id: trajectory.id, from_status: null, to_status: 'registered', changed_by: me })
    .execute();
  for (const id of [team.regisseurId, ...team.memberIds].filter((u) => u !== me))
    await notify(trx, id, 'trajectory_member_added', `/families/${familyId}`);
  return trajectory.id;
}
