// Neighbourhood patterns are aggregates with small numbers suppressed: no personal data, still
// audited. 'neighbourhood_patterns' (id = municipality code): policy advisors of the region see every
// municipality; a team lead sees the municipalities of the teams they lead. 'collective_activity'
// (id = team): members of a team register what the team organises in answer to a pattern.
import { firstRole, hasRole, type Actor } from '../../platform/access/actor.js';
import { allow, definePolicy, deny } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/transaction.js';
import { isMemberOfTeam } from '../../platform/access/relationships.js';

/** Whether the user leads a team of the municipality: the team that handles its signals. */
export async function leadsTeamIn(trx: Queryable, actor: Actor, municipalityCode: string): Promise<boolean> {
  if (!hasRole(actor, 'team_lead')) return false;
  const row = await trx
    .selectFrom('team_membership as tm')
    .innerJoin('team as t', 't.id', 'tm.team_id')
    .select('t.id')
    .where('tm.user_id', '=', actor.userId)
    .where('tm.is_lead', '=', true)
    .where('t.municipality_code', '=', municipalityCode)
    .executeTakeFirst();
  return row !== undefined;
}

export const neighbourhoodPatternsPolicy = definePolicy({
  subjectType: 'neighbourhood_patterns',
  personalData: false,
  async decide({ trx, actor, subjectId }) {
    if (!subjectId) return deny('a municipality must be named');
    if (hasRole(actor, 'policy')) return allow('policy');
    if (!hasRole(actor, 'team_lead')) return deny('only team leads and policy advisors see neighbourhood patterns');
    return (await leadsTeamIn(trx, actor, subjectId))
      ? allow('team_lead')
      : deny('not the lead of a team in this municipality');
  },
});

export const collectiveActivityPolicy = definePolicy({
  subjectType: 'collective_activity',
  personalData: false,
  async decide({ trx, actor, subjectId }) {
    if (!subjectId) return deny('a team must be named');
    const role = firstRole(actor, 'team_lead', 'professional');
    if (!role) return deny('only team members register collective activities');
    return (await isMemberOfTeam(trx, actor.userId, subjectId)) ? allow(role) : deny('not a member of this team');
  },
});

// The subject types this module owns: authorize() accepts only declared subjects.
declare module '../../platform/access/policy.js' {
  interface SubjectTypes {
    neighbourhood_patterns: true;
    collective_activity: true;
  }
}
