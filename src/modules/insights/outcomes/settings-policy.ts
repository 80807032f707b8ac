// 'outcome_setting' (id = a municipality code): how the municipality measures — which ending reasons
// count as drop-out, the local repeat-use look-back window, the publication threshold and rounding.
// Changing them is a policy choice of the municipality itself, so only a policy advisor whose home
// organisation belongs to that municipality may ('update'). Reading ('read'): every policy advisor
// and contract manager (they read the indicators of every municipality, whose labels carry these
// choices anyway) and the lead of a team in the municipality. Providers and every other role: 403.
import { sql } from 'kysely';
import { hasRole, type Actor } from '../../../platform/access/actor.js';
import { allow, definePolicy, deny } from '../../../platform/access/policy.js';
import type { Queryable } from '../../../platform/db/transaction.js';
import { leadsTeamIn } from '../policy.js';
import { isMunicipalityCode } from './policy.js';

/** The municipality of the user's home organisation, or null. */
export async function homeMunicipality(db: Queryable, actor: Actor): Promise<string | null> {
  const r = await sql<{ code: string | null }>`
    select o.municipality_code as code from app_user u join organisation o on o.id = u.home_organisation_id
    where u.id = ${actor.userId}`.execute(db);
  return r.rows[0]?.code ?? null;
}

export const outcomeSettingPolicy = definePolicy({
  subjectType: 'outcome_setting',
  personalData: false,
  async decide({ trx, actor, action, subjectId }) {
    if (!subjectId || !isMunicipalityCode(subjectId)) return deny('a municipality must be named');
    if (action === 'update') {
      if (!hasRole(actor, 'policy')) return deny('only the policy advisor of the municipality changes its settings');
      return (await homeMunicipality(trx, actor)) === subjectId
        ? allow('policy')
        : deny('not the policy advisor of this municipality');
    }
    if (hasRole(actor, 'policy')) return allow('policy');
    if (hasRole(actor, 'contract_manager')) return allow('contract_manager');
    if (!hasRole(actor, 'team_lead'))
      return deny('outcome settings are read by policy, contract management and team leads');
    return (await leadsTeamIn(trx, actor, subjectId))
      ? allow('team_lead')
      : deny('not the lead of a team in this municipality');
  },
});

declare module '../../../platform/access/policy.js' {
  interface SubjectTypes {
    outcome_setting: true;
  }
}
