// 'team_caseload_overview' (id = team): the lead of a team sees its open trajectories per regisseur,
// to balance the load. Holding the team_lead role is not enough: the actor must lead *this* team.
import { hasRole } from '../../platform/access/actor.js';
import { allow, definePolicy, deny } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/transaction.js';

async function leadsTeam(trx: Queryable, userId: string, teamId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('team_membership')
    .select('user_id')
    .where('team_id', '=', teamId)
    .where('user_id', '=', userId)
    .where('is_lead', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

export const teamCaseloadOverviewPolicy = definePolicy({
  subjectType: 'team_caseload_overview',
  personalData: true,
  async decide({ trx, actor, subjectId }) {
    if (!subjectId) return deny('a team must be named');
    if (!hasRole(actor, 'team_lead')) return deny('only team leads see the team caseload');
    if (!(await leadsTeam(trx, actor.userId, subjectId))) return deny('not the lead of this team');
    return allow('team_lead');
  },
});

// The subject types this module owns: authorize() accepts only declared subjects.
declare module '../../platform/access/policy.js' {
  interface SubjectTypes {
    team_caseload_overview: true;
  }
}
