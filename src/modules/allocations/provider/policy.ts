// The provider's own view of care allocation: a contracted provider's administrator (role `provider`)
// sees the allocations to its own organisation and the claims it sent, with the minimum client data
// the iJw messages carry. Nobody else uses these routes: consultants see allocations through the
// family's decisions, contract managers and policy makers only aggregates, administrators no clients.
// The lists are scoped to the actor's organisation by construction (providerScope); a grant for one
// provider can never list another's.
import { hasRole, type Actor } from '../../../platform/access/actor.js';
import type { ScopeGrant } from '../../../platform/access/authorize.js';
import { allow, definePolicy, deny, type Decision } from '../../../platform/access/policy.js';

function providerOnly(actor: Actor): Decision {
  return hasRole(actor, 'provider') ? allow('provider') : deny("only a provider's administrator sees its allocations");
}

export const providerAllocationPolicy = definePolicy({
  subjectType: 'provider_allocation',
  personalData: true,
  decide: ({ actor }) => Promise.resolve(providerOnly(actor)),
});

export const providerClaimPolicy = definePolicy({
  subjectType: 'provider_claim',
  personalData: true,
  decide: ({ actor }) => Promise.resolve(providerOnly(actor)),
});

/** The organisation whose allocations and claims a granted provider sees: its own, never one from the request. */
export function providerScope(grant: ScopeGrant<'provider_allocation' | 'provider_claim'>): string {
  return grant.actor.organisationId;
}

declare module '../../../platform/access/policy.js' {
  interface SubjectTypes {
    provider_allocation: true;
    provider_claim: true;
  }
}
