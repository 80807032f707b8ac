import type { Me, Role } from '../api/types';

export function hasRole(user: Pick<Me, 'roles'> | null | undefined, role: Role): boolean {
  return user?.roles.includes(role) ?? false;
}

export function hasAnyRole(user: Pick<Me, 'roles'> | null | undefined, roles: readonly Role[]): boolean {
  return roles.some((role) => hasRole(user, role));
}

/** The roles that work in family case files: the dossier and its sub-pages (plan, meetings, timeline, …). */
export const CARE_ROLES = ['professional', 'team_lead', 'consultant'] as const satisfies readonly Role[];
