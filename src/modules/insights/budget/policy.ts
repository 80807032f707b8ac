// 'steering_budget' (id = a municipality code or a region code): budget against spend, aggregates only.
// Policy advisors see every municipality and region (as with the neighbourhood patterns); a contract manager
// sees the municipalities of its own region and that region. Nobody else.
import { hasRole } from '../../../platform/access/actor.js';
import { allow, definePolicy, deny } from '../../../platform/access/policy.js';
import { managerScope } from '../../allocations/contracts/policy.js';

export const steeringBudgetPolicy = definePolicy({
  subjectType: 'steering_budget',
  personalData: false,
  async decide({ trx, actor, subjectId }) {
    if (!subjectId) return deny('a municipality or region must be named');
    if (hasRole(actor, 'policy')) return allow('policy');
    if (!hasRole(actor, 'contract_manager')) return deny('only policy advisors and contract managers see budgets');
    const scope = await managerScope(trx, actor);
    return subjectId === scope.regionCode || scope.municipalityCodes.includes(subjectId)
      ? allow('contract_manager')
      : deny('a municipality or region outside the own region');
  },
});

declare module '../../../platform/access/policy.js' {
  interface SubjectTypes {
    steering_budget: true;
  }
}
