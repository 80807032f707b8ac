import type { Me, Role } from '../api/types';

export function hasRole(user: Pick<Me, 'roles'> | null | undefined, role: Role): boolean {
  return user?.roles.includes(role) ?? false;
}
