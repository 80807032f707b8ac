// Contract management is the municipality's youth account manager's work (role contract_manager). It holds
// no client data: contracts, products, tariffs, budgets and arrangements are aggregates. A contract manager
// works for the youth-care region of its home organisation's municipality: its municipalities' local
// contracts and the region's regional contracts. Nobody else reads or writes them here.
import { hasRole, type Actor } from '../../../platform/access/actor.js';
import { allow, definePolicy, deny } from '../../../platform/access/policy.js';
import type { Queryable, Tx } from '../../../platform/db/transaction.js';

export interface ManagerScope {
  regionCode: string | null;
  municipalityCodes: string[];
}

/** The region a contract manager works for, from the home organisation's municipality. */
export async function managerScope(trx: Queryable | Tx, actor: Actor): Promise<ManagerScope> {
  const rows = await trx
    .selectFrom('organisation as o')
    .innerJoin('municipality as home', 'home.code', 'o.municipality_code')
    .innerJoin('municipality as m', 'm.region_code', 'home.region_code')
    .select(['m.code', 'm.region_code'])
    .where('o.id', '=', actor.organisationId)
    .orderBy('m.code')
    .execute();
  return { regionCode: rows[0]?.region_code ?? null, municipalityCodes: rows.map((r) => r.code) };
}

export const contractPolicy = definePolicy({
  subjectType: 'contract',
  personalData: false,
  async decide({ trx, actor, subjectId }) {
    if (!hasRole(actor, 'contract_manager')) return deny('only contract managers manage contracts');
    if (subjectId === null) return allow('contract_manager');
    const scope = await managerScope(trx, actor);
    const contract = await trx
      .selectFrom('contract')
      .select(['municipality_code', 'region_code'])
      .where('id', '=', subjectId)
      .executeTakeFirst();
    if (!contract) return allow('contract_manager'); // the service answers 404
    const inScope =
      (contract.region_code !== null && contract.region_code === scope.regionCode) ||
      (contract.municipality_code !== null && scope.municipalityCodes.includes(contract.municipality_code));
    return inScope ? allow('contract_manager') : deny('contract of another region');
  },
});

const managerOnly =
  (reason: string) =>
  async ({ actor }: { actor: Actor }) =>
    hasRole(actor, 'contract_manager') ? allow('contract_manager') : deny(reason);

export const careProviderPolicy = definePolicy({
  subjectType: 'contract_provider',
  personalData: false,
  decide: managerOnly('only contract managers maintain care providers'),
});

export const budgetPolicy = definePolicy({
  subjectType: 'contract_budget',
  personalData: false,
  decide: managerOnly('only contract managers maintain budgets'),
});

export const careArrangementPolicy = definePolicy({
  subjectType: 'contract_arrangement',
  personalData: false,
  async decide({ trx, actor, subjectId }) {
    if (!hasRole(actor, 'contract_manager')) return deny('only contract managers maintain care arrangements');
    if (subjectId === null) return allow('contract_manager');
    const arrangement = await trx
      .selectFrom('care_arrangement')
      .select('municipality_code')
      .where('id', '=', subjectId)
      .executeTakeFirst();
    if (!arrangement) return allow('contract_manager'); // new (create) or the service answers 404
    const scope = await managerScope(trx, actor);
    return scope.municipalityCodes.includes(arrangement.municipality_code)
      ? allow('contract_manager')
      : deny('arrangement of another region');
  },
});

declare module '../../../platform/access/policy.js' {
  interface SubjectTypes {
    contract: true;
    contract_provider: true;
    contract_budget: true;
    contract_arrangement: true;
  }
}
