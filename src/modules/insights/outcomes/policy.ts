// Outcome indicators are aggregates with small numbers suppressed: no personal data, still audited.
// 'outcome_indicators' (id = a municipality code, or a region code for the region view):
// - policy advisors and contract managers of the region see every municipality and the region;
// - a care provider's administrator sees them too, but the service fixes the provider to its own organisation;
// - a team lead sees a municipality where they lead a team, and the service fixes the team to theirs;
// - every other role is refused (403, audited).
import { hasRole } from '../../../platform/access/actor.js';
import { allow, definePolicy, deny } from '../../../platform/access/policy.js';
import { leadsTeamIn } from '../policy.js';

export const isMunicipalityCode = (code: string) => /^\d{4}$/.test(code);

export const outcomeIndicatorsPolicy = definePolicy({
  subjectType: 'outcome_indicators',
  personalData: false,
  async decide({ trx, actor, subjectId }) {
    if (!subjectId) return deny('a municipality or region must be named');
    if (hasRole(actor, 'policy')) return allow('policy');
    if (hasRole(actor, 'contract_manager')) return allow('contract_manager');
    if (hasRole(actor, 'provider')) return allow('provider');
    if (!hasRole(actor, 'team_lead'))
      return deny('outcome indicators are for policy, contract management, providers and team leads');
    if (!isMunicipalityCode(subjectId)) return deny('a team lead sees their own municipality, not the region');
    return (await leadsTeamIn(trx, actor, subjectId))
      ? allow('team_lead')
      : deny('not the lead of a team in this municipality');
  },
});

declare module '../../../platform/access/policy.js' {
  interface SubjectTypes {
    outcome_indicators: true;
  }
}
