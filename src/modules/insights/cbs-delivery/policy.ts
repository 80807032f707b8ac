// 'cbs_delivery' (id = municipality code): the half-year CBS Beleidsinformatie Jeugd delivery of the
// neighbourhood team's own help. Person-level data (BSN, birth date, sex, postcode), so not for policy
// advisors, contract managers or providers, and not for the privacy officer either (who supervises, and
// does not deliver): the lead of a team in the municipality, for the trajectories of the teams they lead —
// the team gives the help, so the team delivers it. No break-the-glass. Each export is one audit row.
import { hasRole } from '../../../platform/access/actor.js';
import { allow, definePolicy, deny } from '../../../platform/access/policy.js';
import { leadsTeamIn } from '../policy.js';

export const cbsDeliveryPolicy = definePolicy({
  subjectType: 'cbs_delivery',
  personalData: true,
  async decide({ trx, actor, subjectId }) {
    if (!subjectId) return deny('a municipality must be named');
    if (!hasRole(actor, 'team_lead')) return deny('only the lead of a neighbourhood team delivers its CBS records');
    return (await leadsTeamIn(trx, actor, subjectId))
      ? allow('team_lead')
      : deny('not the lead of a team in this municipality');
  },
});

declare module '../../../platform/access/policy.js' {
  interface SubjectTypes {
    cbs_delivery: true;
  }
}
