// SQL for a family's trajectory. Functions over personal data take the family Grant.
import { sql } from 'kysely';
import type { Grant } from '../../platform/access/authorize.js';
import { fetchAll, many, one } from '../../platform/db/bundle.js';
import type { Queryable, Tx } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/errors.js';
import type { Trajectory } from './schemas.js';
import { nextStatuses } from './status-flow.js';

function userRefs(trx: Queryable) {
  return trx
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.home_organisation_id')
    .select(['u.id as userId', 'u.display_name as displayName', 'o.name as organisationName']);
}

/** The family a trajectory belongs to (an id, no personal data): what to authorize against. */
export async function familyOfTrajectory(trx: Tx, trajectoryId: string): Promise<string> {
  const row = await trx.selectFrom('trajectory').select('family_id').where('id', '=', trajectoryId).executeTakeFirst();
  if (!row) throw new NotFoundError('trajectory_not_found', { detail: 'No such trajectory.' });
  return row.family_id;
}

/** The family's current trajectory (the open one, otherwise the most recently closed) as a subquery. */
function currentTrajectory(db: Queryable, familyId: string) {
  return db
    .selectFrom('trajectory as ct')
    .where('ct.family_id', '=', familyId)
    .orderBy(sql`ct.status = 'closed'`)
    .orderBy('ct.opened_at', 'desc')
    .limit(1);
}

/** The parts of the family's current trajectory, for one statement (platform/db/bundle.ts). */
export function trajectoryParts(db: Queryable, familyId: string) {
  const current = currentTrajectory(db, familyId);
  return {
    trajectory: one(
      db
        .selectFrom('trajectory as t')
        .innerJoin('team', 'team.id', 't.team_id')
        .select([
          't.id',
          't.status',
          't.entry_point',
          sql<string | null>`t.first_contact_on::text`.as('first_contact_on'),
          't.opened_at',
          't.closed_at',
          't.regisseur_id',
          't.ending_reason',
          't.satisfaction',
          't.satisfaction_informant',
          't.managing_without_help',
          'team.id as team_id',
          'team.name as team_name',
        ])
        .where('t.id', '=', current.select('ct.id'))
        .limit(1),
    ),
    trajectoryMembers: many(
      userRefs(db)
        .innerJoin('trajectory_member as m', 'm.user_id', 'u.id')
        .where('m.trajectory_id', '=', current.select('ct.id'))
        .orderBy('u.display_name'),
    ),
    trajectoryTeam: many(
      userRefs(db)
        .innerJoin('team_membership as tm', 'tm.user_id', 'u.id')
        .where('tm.team_id', '=', current.select('ct.team_id'))
        .where('u.active', '=', true)
        .orderBy('u.display_name'),
    ),
    trajectoryHandovers: many(
      db
        .selectFrom('trajectory_handover as h')
        .innerJoin('app_user as f', 'f.id', 'h.from_user_id')
        .innerJoin('app_user as to', 'to.id', 'h.to_user_id')
        .innerJoin('app_user as b', 'b.id', 'h.handed_over_by')
        .select([
          'f.display_name as from',
          'to.display_name as to',
          'b.display_name as by',
          'h.note',
          'h.handed_over_at as at',
        ])
        .where('h.trajectory_id', '=', current.select('ct.id'))
        .orderBy('h.handed_over_at'),
    ),
    trajectoryRegisseur: one(userRefs(db).where('u.id', '=', current.select('ct.regisseur_id')).limit(1)),
  };
}

type Parts = Awaited<ReturnType<typeof fetchAll<ReturnType<typeof trajectoryParts>>>>;

export function presentTrajectory(r: Parts): Trajectory | null {
  const t = r.trajectory;
  const regisseur = r.trajectoryRegisseur;
  if (!t || !regisseur) return null;
  const members = r.trajectoryMembers;
  const involved = new Set([t.regisseur_id, ...members.map((m) => m.userId)]);
  return {
    id: t.id,
    status: t.status,
    nextStatuses: [...nextStatuses(t.status)],
    entryPoint: t.entry_point,
    firstContactOn: t.first_contact_on,
    openedAt: t.opened_at,
    closedAt: t.closed_at,
    team: { id: t.team_id, name: t.team_name },
    regisseur,
    members: [
      { ...regisseur, isRegisseur: true },
      ...members.filter((m) => m.userId !== t.regisseur_id).map((m) => ({ ...m, isRegisseur: false })),
    ],
    colleagues: r.trajectoryTeam.filter((c) => !involved.has(c.userId)),
    handovers: r.trajectoryHandovers,
    endingReason: t.ending_reason,
    satisfaction: t.satisfaction,
    satisfactionInformant: t.satisfaction_informant,
    managingWithoutHelp: t.managing_without_help,
  };
}

/** The family's current trajectory: the open one, otherwise the most recently closed (one statement). */
export async function loadTrajectory(trx: Tx, grant: Grant<'family'>): Promise<Trajectory | null> {
  return presentTrajectory(await fetchAll(trx, trajectoryParts(trx, grant.subjectId)));
}
