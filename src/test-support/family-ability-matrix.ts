// The family's ability flags (dossier, plan, meetings, measurements) over role × relationship with
// the family × trajectory state, checked by AbilityMatrix: the flag the resource carries against
// the answer to the request it stands for. 'reopened' is the case the hand-made dossier flag got
// wrong: the trajectory the user was part of is closed and a new one runs without them.
import type { Role } from '../platform/db/schema.js';
import { AbilityMatrix, type Attempt } from './ability-matrix.js';
import { login, type Session, type TestApp } from './app.js';
import { addToTeam, buildFamilyWithTrajectory, buildTeam, buildUser } from './factories.js';

export const ABILITY_CELLS = [
  { relation: 'regisseur', roles: ['professional'] },
  { relation: 'trajectory_member', roles: ['professional'] },
  { relation: 'trajectory_member', roles: ['consultant'] },
  { relation: 'lead_of_team', roles: ['professional', 'team_lead'] },
  { relation: 'lead_of_team', roles: ['professional'] },
  { relation: 'member_of_team_only', roles: ['professional'] },
  { relation: 'break_glass', roles: ['professional'] },
  { relation: 'own_family', roles: ['family'] },
] as const satisfies ReadonlyArray<{ relation: string; roles: readonly Role[] }>;
export const ABILITY_STATES = ['open', 'closed', 'reopened'] as const;

/** The family, whatever `prepare` created, and a team the user belongs to (to open a trajectory in). */
export type AbilityFixture = Record<string, string> & { familyId: string; ownTeamId: string };

export interface FamilyAbilityCase {
  /** e.g. "plan abilities.signOff". */
  flag: string;
  read: (f: AbilityFixture) => string;
  path: string;
  attempt: (f: AbilityFixture, resource: unknown) => Attempt;
  /**
   * Why this flag may be the same in every readable cell (it must still agree with the attempt in each);
   * without it, a flag that never varies fails the matrix.
   */
  constantBecause?: string;
  /** Runs as the regisseur while the trajectory is open, before the state is applied. */
  prepare?: (f: { familyId: string; regisseur: Session }) => Promise<Record<string, string>>;
}

export async function checkFamilyAbilityMatrix(t: TestApp, cases: FamilyAbilityCase[]): Promise<void> {
  const db = t.db.kysely;
  const matrix = new AbilityMatrix(t);
  for (const { relation, roles } of ABILITY_CELLS) {
    for (const state of ABILITY_STATES) {
      const user = await buildUser(db, [...roles]);
      const regisseurUser = relation === 'regisseur' ? user : await buildUser(db, ['professional']);
      const successor = await buildUser(db, ['professional']);
      const teamId = await buildTeam(db);
      if (relation === 'lead_of_team') await addToTeam(db, teamId, user.id, true);
      if (relation === 'member_of_team_only') await addToTeam(db, teamId, user.id, false);
      const ownTeamId =
        relation === 'lead_of_team' || relation === 'member_of_team_only' ? teamId : await buildTeam(db);
      if (ownTeamId !== teamId) await addToTeam(db, ownTeamId, user.id, false);
      const [session, regisseur] = [await login(t.app, user.username), await login(t.app, regisseurUser.username)];
      for (const c of cases) {
        const { familyId, trajectoryId } = await buildFamilyWithTrajectory(db, {
          teamId,
          regisseurId: regisseurUser.id,
          members: relation === 'trajectory_member' ? [user.id] : [],
        });
        if (relation === 'own_family')
          await db.insertInto('family_account').values({ user_id: user.id, family_id: familyId }).execute();
        if (relation === 'break_glass')
          await db
            .insertInto('break_glass')
            .values({
              user_id: user.id,
              family_id: familyId,
              reason: 'Acute zorg buiten kantooruren nodig',
              expires_at: new Date(Date.now() + 3_600_000),
            })
            .execute();
        const fixture: AbilityFixture = { ...(await c.prepare?.({ familyId, regisseur })), familyId, ownTeamId };
        if (state !== 'open')
          await db
            .updateTable('trajectory')
            .set({ status: 'closed', closed_at: new Date() })
            .where('id', '=', trajectoryId)
            .execute();
        // The family comes back: a new trajectory in the same team, run by someone else, without the user.
        if (state === 'reopened')
          await db
            .insertInto('trajectory')
            .values({ family_id: familyId, team_id: teamId, regisseur_id: successor.id, status: 'registered' })
            .execute();
        await matrix.probe({
          flag: c.flag,
          cell: `${relation} (${roles.join('+')}) × ${state}`,
          session,
          read: c.read(fixture),
          path: c.path,
          attempt: (resource) => c.attempt(fixture, resource),
        });
      }
    }
  }
  matrix.check(cases.filter((c) => c.constantBecause === undefined).map((c) => c.flag));
}
