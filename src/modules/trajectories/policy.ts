// Two small policies beside the family's need-to-know:
// - 'team_caseload' (id = team): a care worker who is a member of the team may open a trajectory
//   for a new family there and see the team's colleagues to name a regisseur;
// - 'caseload' (no id): a care worker may search their own families (the query itself is scoped).
import { firstRole, hasRole } from '../../platform/access/actor.js';
import { allow, definePolicy, deny } from '../../platform/access/policy.js';
import type { Tx } from '../../platform/db/transaction.js';

export async function isMemberOfTeam(trx: Tx, userId: string, teamId: string): Promise<boolean> {
  const row = await trx.selectFrom('team_membership').select('user_id').where('team_id', '=', teamId).where('user_id', '=', userId).executeTakeFirst();
  return row !== undefined;
}

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
