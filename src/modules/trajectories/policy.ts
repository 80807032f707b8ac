// Two small policies beside the family's need-to-know:
// - 'team_caseload' (id = team): a care worker who is a member of the team may open a trajectory
//   for a new family there and see the team's colleagues to name a regisseur;
// - 'caseload' (no id): a care worker may search their own families (the query itself is scoped);
// - 'trajectory_reopening' (id = family): who may open a new trajectory for a family whose trajectory
//   was closed — a professional or team lead who was involved with the family before. The team that
//   will run it is checked with 'team_caseload', as at registration.
import { firstRole, hasRole, type Actor } from '../../platform/access/actor.js';
import { allow, definePolicy, deny } from '../../platform/access/policy.js';
import {
  isMemberOfTeam,
  isRegisseurOfFamily,
  isTrajectoryMemberOfFamily,
  leadsTeamOfFamily,
} from '../../platform/access/relationships.js';
import type { Queryable } from '../../platform/db/transaction.js';

export const teamCaseloadPolicy = definePolicy({
  subjectType: 'team_caseload',
  personalData: false,
  async decide({ trx, actor, subjectId }) {
    if (!subjectId) return deny('a team must be named');
    const role = firstRole(actor, 'team_lead', 'professional');
    if (!role) return deny('only professionals and team leads open trajectories');
    if (!(await isMemberOfTeam(trx, actor.userId, subjectId))) return deny('not a member of this team');
    return allow(role);
  },
});

export const caseloadPolicy = definePolicy({
  subjectType: 'caseload',
  personalData: true,
  async decide({ actor }) {
    const role = firstRole(actor, 'team_lead', 'professional', 'consultant');
    if (!role || hasRole(actor, 'family')) return deny('role has no caseload');
    return allow(role);
  },
});

// Each predicate counts a relationship in any trajectory of the family, open or closed: the family
// policy already lets these people read the closed dossier, so they know the family. Writing in it
// again needs a role in the new open trajectory (families/policy.ts), which is why the opener always
// joins the trajectory they open (open.ts).
export async function wasRegisseurOfFamily(trx: Queryable, actor: Actor, familyId: string): Promise<boolean> {
  return (await isRegisseurOfFamily(trx, actor.userId, familyId)) !== null;
}

export async function wasTrajectoryMemberOfFamily(trx: Queryable, actor: Actor, familyId: string): Promise<boolean> {
  return (await isTrajectoryMemberOfFamily(trx, actor.userId, familyId)) !== null;
}

/** As in the family policy, leading the team counts only together with the team_lead role. */
export async function ledTeamOfFamily(trx: Queryable, actor: Actor, familyId: string): Promise<boolean> {
  return hasRole(actor, 'team_lead') && (await leadsTeamOfFamily(trx, actor.userId, familyId)) !== null;
}

export async function wasInvolvedWithFamily(trx: Queryable, actor: Actor, familyId: string): Promise<boolean> {
  return (
    (await wasRegisseurOfFamily(trx, actor, familyId)) ||
    (await wasTrajectoryMemberOfFamily(trx, actor, familyId)) ||
    ledTeamOfFamily(trx, actor, familyId)
  );
}

export const trajectoryReopeningPolicy = definePolicy({
  subjectType: 'trajectory_reopening',
  personalData: true,
  async decide({ trx, actor, subjectId }) {
    if (!subjectId) return deny('a family must be named');
    const role = firstRole(actor, 'team_lead', 'professional');
    if (!role || hasRole(actor, 'family')) return deny('only professionals and team leads open trajectories');
    if (!(await wasInvolvedWithFamily(trx, actor, subjectId))) return deny('no earlier relationship with this family');
    return allow(role);
  },
  async clientRef(trx, familyId) {
    const row = await trx.selectFrom('family').select('reference').where('id', '=', familyId).executeTakeFirst();
    return row?.reference ?? null;
  },
});

// The subject types this module owns: authorize() accepts only declared subjects.
declare module '../../platform/access/policy.js' {
  interface SubjectTypes {
    team_caseload: true;
    caseload: true;
    trajectory_reopening: true;
  }
}
