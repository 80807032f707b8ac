// Which roles give access to case content (or to the means of granting it): granting one needs a
// second person. signaller, policy, contract_manager (aggregates only) and family reach nothing personal
// through the role alone.
import type { Role } from '../../../platform/db/schema.js';

export const PRIVILEGED_ROLES = [
  'professional',
  'team_lead',
  'consultant',
  'coordinator',
  'privacy_officer',
  'admin',
  // A provider's administrator sees the minimum client data of its allocations: case content.
  'provider',
] as const satisfies readonly Role[];

export function isPrivilegedRole(role: Role): boolean {
  return (PRIVILEGED_ROLES as readonly Role[]).includes(role);
}

export function holdsPrivilegedRole(roles: readonly Role[]): boolean {
  return roles.some(isPrivilegedRole);
}
