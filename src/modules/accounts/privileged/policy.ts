// Who decides on a privileged change: another administrator, or for a team membership a lead of
// that team — never the one who asked, never the account the change is about. Admins and team
// leads list the changes they may decide on; the privacy officer reads them all (audit-log module).
import { hasRole } from '../../../platform/access/actor.js';
import { allow, definePolicy, deny, type DecideInput, type Decision } from '../../../platform/access/policy.js';
import type { Queryable } from '../../../platform/db/transaction.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function leadsTeam(trx: Queryable, userId: string, teamId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('team_membership')
    .select('user_id')
    .where('team_id', '=', teamId)
    .where('user_id', '=', userId)
    .where('is_lead', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

async function decide({ trx, actor, action, subjectId }: DecideInput): Promise<Decision> {
  const isAdmin = hasRole(actor, 'admin');
  const isLead = hasRole(actor, 'team_lead');
  if (!isAdmin && !isLead) return deny('only administrators and team leads decide on privileged changes');
  if (subjectId === null) return isAdmin ? allow('admin') : allow('team_lead'); // the list, filtered per actor
  if (!UUID.test(subjectId)) return deny('no such change');
  const change = await trx
    .selectFrom('privileged_change')
    .select(['kind', 'team_id', 'requested_by', 'target_user_id'])
    .where('id', '=', subjectId)
    .executeTakeFirst();
  if (!change) return deny('no such change');
  if (action !== 'read') {
    if (change.requested_by === actor.userId)
      return deny('nobody approves their own request', 'privileged_change_own_request');
    if (change.target_user_id === actor.userId)
      return deny('nobody decides on their own access', 'privileged_change_own_access');
  }
  if (isAdmin) return allow('admin');
  if (change.kind === 'team_membership' && change.team_id && (await leadsTeam(trx, actor.userId, change.team_id)))
    return allow('team_lead');
  return deny('a team lead decides only on memberships of their own team');
}

export const privilegedChangePolicy = definePolicy({
  subjectType: 'privileged_change',
  personalData: false,
  decide,
});

// The subject types this module owns: authorize() accepts only declared subjects.
declare module '../../../platform/access/policy.js' {
  interface SubjectTypes {
    privileged_change: true;
  }
}
